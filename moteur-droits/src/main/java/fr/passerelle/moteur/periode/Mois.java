package fr.passerelle.moteur.periode;

import java.time.LocalDate;

/** Un mois civil. Les prestations mensuelles se calculent pour un mois. */
public record Mois(int annee, int mois) implements Periode, Comparable<Mois> {

    public Mois {
        if (mois < 1 || mois > 12) {
            throw new PeriodeInvalide("mois " + mois + " hors de 1..12");
        }
    }

    public static Mois de(String texte) {
        if (Periode.analyser(texte) instanceof Mois m) {
            return m;
        }
        throw new PeriodeInvalide("période « " + texte + " » : un mois (AAAA-MM) est attendu, pas une année");
    }

    public static Mois de(LocalDate date) {
        return new Mois(date.getYear(), date.getMonthValue());
    }

    @Override
    public LocalDate debut() {
        return LocalDate.of(annee, mois, 1);
    }

    @Override
    public LocalDate fin() {
        return debut().plusMonths(1).minusDays(1);
    }

    /**
     * Le mois {@code mois} de {@code annee}, égal à {@code new Mois(annee, mois)} ; de 1900 à 2199, une instance
     * partagée : les boucles sur les mois d'une année (revenus annuels) n'allouent rien.
     */
    public static Mois de(int annee, int mois) {
        if (mois < 1 || mois > 12) {
            throw new PeriodeInvalide("mois " + mois + " hors de 1..12");
        }
        int index = annee * 12 + (mois - 1) - PREMIERE_ANNEE_PARTAGEE * 12;
        return index >= 0 && index < PARTAGES.length ? PARTAGES[index] : new Mois(annee, mois);
    }

    public Mois plus(int nombreDeMois) {
        int index = annee * 12 + (mois - 1) + nombreDeMois;
        int premier = PREMIERE_ANNEE_PARTAGEE * 12;
        if (index >= premier && index < premier + PARTAGES.length) {
            return PARTAGES[index - premier];
        }
        return new Mois(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    /**
     * Les mois de 1900 à 2199, créés une fois : {@link #plus} et {@link #moins}, appelés pour chaque mois des périodes
     * de référence (12 mois glissants, trimestre) dans le chemin par lots, n'allouent rien.
     */
    private static final int PREMIERE_ANNEE_PARTAGEE = 1900;
    private static final Mois[] PARTAGES = new Mois[300 * 12];

    static {
        for (int i = 0; i < PARTAGES.length; i++) {
            PARTAGES[i] = new Mois(PREMIERE_ANNEE_PARTAGEE + i / 12, i % 12 + 1);
        }
    }

    public Mois moins(int nombreDeMois) {
        return plus(-nombreDeMois);
    }

    public Annee anneeCivile() {
        return new Annee(annee);
    }

    /** Rang du mois depuis l'an 0, pour les calculs d'écart. */
    public int rang() {
        return annee * 12 + mois - 1;
    }

    @Override
    public int compareTo(Mois autre) {
        return Integer.compare(rang(), autre.rang());
    }

    @Override
    public String toString() {
        return String.format("%04d-%02d", annee, mois);
    }
}
