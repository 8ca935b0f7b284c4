package fr.passerelle.moteur.revenus;

import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.situation.Situation;

/**
 * Impôt sur le revenu, en ce que les prestations en lisent : revenus catégoriels nets (après la déduction
 * de 10 % pour frais professionnels et l'abattement de 10 % sur les pensions), revenu net imposable,
 * revenu fiscal de référence, nombre de parts.
 */
public final class Fiscalite {

    private final Revenus revenus;

    public Fiscalite(Legislation legislation, Revenus revenus) {
        this.revenus = revenus;
    }

    /** Revenu fiscal de référence du foyer fiscal {@code foyer} pour les revenus de l'année {@code annee}. */
    public double revenuFiscalDeReference(Situation s, int foyer, int annee) {
        throw new UnsupportedOperationException("revenu fiscal de référence : à écrire");
    }
}
