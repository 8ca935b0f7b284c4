package fr.passerelle.dossiers.internal.domaine;

import java.time.Instant;
import java.util.Objects;

/**
 * Un contact avec la personne.
 *
 * @param par                   nom de l'aidant qui a reçu la personne
 * @param regleAuPremierContact la demande a-t-elle été réglée dès ce contact (objectif du terrain : 80 %)
 */
public record Echange(long id, CanalEchange canal, String par, Instant le, String objet, boolean regleAuPremierContact) {

    public Echange {
        Objects.requireNonNull(canal, "canal");
        Objects.requireNonNull(par, "par");
        Objects.requireNonNull(le, "le");
        Objects.requireNonNull(objet, "objet");
    }
}
