package fr.passerelle.observatoire.internal.domaine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Mise en forme des nombres : brute pour les exports, à la française pour les pages. */
public final class Format {

    private Format() {
    }

    public static String brut(Object valeur) {
        if (valeur instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return String.valueOf(valeur);
    }

    public static String lisible(Object valeur) {
        if (valeur == null) {
            return "—";
        }
        if (valeur instanceof Number n) {
            return NumberFormat.getInstance(Locale.FRANCE).format(n).replace('\u202f', ' ');
        }
        return valeur.toString();
    }

    /** Pourcentage arrondi au dixième, ou {@code null} quand le dénominateur est nul. */
    public static BigDecimal taux(long numerateur, long denominateur) {
        if (denominateur == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerateur * 100L).divide(BigDecimal.valueOf(denominateur), 1, RoundingMode.HALF_UP);
    }
}
