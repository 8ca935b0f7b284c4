package fr.passerelle.mandats.internal.domaine;

import java.time.Instant;
import java.util.Objects;

/**
 * Retrait du mandat.
 *
 * @param parNom qui l'a enregistré (la personne elle-même, ou l'aidant du guichet à sa demande)
 */
public record Revocation(Instant le, VoieRevocation voie, String parNom) {

    public Revocation {
        Objects.requireNonNull(le, "le");
        Objects.requireNonNull(voie, "voie");
        Objects.requireNonNull(parNom, "parNom");
    }
}
