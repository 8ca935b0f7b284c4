package fr.passerelle.moteur.calcul;

import java.text.NumberFormat;
import java.util.Locale;

/** Écriture des montants en français (« 1 163,74 € ») et arrondis des prestations. */
public final class Montants {

    private Montants() {
    }

    public static String euros(double montant) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.FRANCE);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(montant).replace('\u202f', ' ').replace('\u00a0', ' ') + " €";
    }

    public static double auCentime(double montant) {
        return Math.round(montant * 100) / 100.0;
    }
}
