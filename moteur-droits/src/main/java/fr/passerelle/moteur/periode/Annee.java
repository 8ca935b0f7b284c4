package fr.passerelle.moteur.periode;

import java.time.LocalDate;

/** Une année civile. Les montants annuels (ARS, chèque énergie, bourses, revenu fiscal) se calculent pour une année. */
public record Annee(int annee) implements Periode {

    @Override
    public LocalDate debut() {
        return LocalDate.of(annee, 1, 1);
    }

    @Override
    public LocalDate fin() {
        return LocalDate.of(annee, 12, 31);
    }

    public Annee moins(int annees) {
        return new Annee(annee - annees);
    }

    public Mois mois(int mois) {
        return new Mois(annee, mois);
    }

    @Override
    public String toString() {
        return Integer.toString(annee);
    }
}
