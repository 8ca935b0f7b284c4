package fr.passerelle.droits;

import java.util.Objects;

/**
 * Un droit trouvé par le questionnaire « Mes droits », vu d'un autre module (les chiffres d'un atelier).
 *
 * @param code          identifiant stable du droit ({@code rsa}, {@code aide_logement}, {@code css}…)
 * @param libelle       nom du droit en mots simples
 * @param montantAnnuel montant estimé par le moteur pour une année, en euros : douze fois le montant mensuel, le
 *                      montant annuel tel quel ; 0 pour un droit « à vérifier » et pour une participation à payer
 *                      (complémentaire santé solidaire avec participation)
 */
public record DroitDecouvert(String code, String libelle, double montantAnnuel) {

    public DroitDecouvert {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(libelle, "libelle");
        if (montantAnnuel < 0 || Double.isNaN(montantAnnuel)) {
            throw new IllegalArgumentException("montantAnnuel : " + montantAnnuel);
        }
    }
}
