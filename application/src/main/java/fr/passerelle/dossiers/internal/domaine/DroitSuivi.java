package fr.passerelle.dossiers.internal.domaine;

import java.time.Instant;
import java.util.Objects;

/**
 * Un droit trouvé pour la personne (par le questionnaire « Mes droits » ou par l'aidant) et son statut.
 *
 * @param montant montant estimé en euros, 0 s'il n'est pas connu
 */
public record DroitSuivi(long id, String code, String libelle, double montant, String periodicite, StatutDroit statut,
                         Instant misAJourLe) {

    public DroitSuivi {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(libelle, "libelle");
        Objects.requireNonNull(statut, "statut");
    }
}
