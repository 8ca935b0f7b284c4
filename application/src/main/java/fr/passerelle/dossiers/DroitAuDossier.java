package fr.passerelle.dossiers;

import java.util.Objects;

/**
 * Un droit inscrit au dossier d'une personne et où il en est, tel que les autres modules le lisent (sans nom ni NIR).
 *
 * @param dossierId   le dossier
 * @param code        identifiant du droit ({@code rsa}, {@code aide_logement}, {@code css}…)
 * @param montant     montant en euros (0 s'il n'est pas connu)
 * @param periodicite « par mois » ou « par an »
 * @param statut      où en est le droit : {@link Statut#ACCORDE} = la personne le perçoit déjà
 */
public record DroitAuDossier(long dossierId, String code, double montant, String periodicite, Statut statut) {

    public DroitAuDossier {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(periodicite, "periodicite");
        Objects.requireNonNull(statut, "statut");
    }

    /** Où en est le droit. */
    public enum Statut {
        A_DEMANDER, DEMANDE, ACCORDE, REFUSE
    }
}
