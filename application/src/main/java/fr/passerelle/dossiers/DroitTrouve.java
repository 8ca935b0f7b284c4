package fr.passerelle.dossiers;

import java.util.Objects;

/**
 * Un droit trouvé pour la personne (par exemple par le questionnaire « Mes droits »), à joindre à son dossier.
 *
 * @param code        identifiant stable du droit ({@code rsa}, {@code aide_logement}, {@code css}…)
 * @param libelle     nom du droit en mots simples
 * @param montant     montant estimé en euros (0 s'il n'est pas connu)
 * @param periodicite « par mois » ou « par an »
 */
public record DroitTrouve(String code, String libelle, double montant, String periodicite) {

    public DroitTrouve {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(libelle, "libelle");
        Objects.requireNonNull(periodicite, "periodicite");
    }
}
