package fr.passerelle.moteur.legislation;

import fr.passerelle.moteur.periode.Annee;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.periode.Periode;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Un paramètre de la législation : une suite de valeurs datées, chacune avec sa référence légale.
 * La valeur lue pour une période est celle en vigueur au premier jour de la période.
 */
public final class Parametre {

    private final String nom;
    private final String description;
    private final String unite;
    private final long[] depuis;
    private final double[] valeurs;
    private final String[] references;
    /** Valeur en vigueur au premier jour de chaque mois de {@link #PREMIER_RANG} à {@link #DERNIER_RANG} : lecture sans recherche ni allocation. */
    private final double[] parMois;
    private final int premierRangConnu;

    private static final int PREMIER_RANG = 1946 * 12;
    private static final int DERNIER_RANG = 2060 * 12 + 11;

    Parametre(String nom, String description, String unite, List<ValeurDatee> valeursDatees) {
        this.nom = nom;
        this.description = description;
        this.unite = unite;
        this.depuis = valeursDatees.stream().mapToLong(v -> v.depuis().toEpochDay()).toArray();
        this.valeurs = valeursDatees.stream().mapToDouble(ValeurDatee::valeur).toArray();
        this.references = valeursDatees.stream().map(ValeurDatee::reference).toArray(String[]::new);
        this.parMois = new double[DERNIER_RANG - PREMIER_RANG + 1];
        int premier = Integer.MAX_VALUE;
        for (int r = PREMIER_RANG; r <= DERNIER_RANG; r++) {
            long jour = LocalDate.of(r / 12, r % 12 + 1, 1).toEpochDay();
            int i = Arrays.binarySearch(depuis, jour);
            i = i < 0 ? -i - 2 : i;
            if (i >= 0) {
                parMois[r - PREMIER_RANG] = valeurs[i];
                premier = Math.min(premier, r);
            }
        }
        this.premierRangConnu = premier;
    }

    public String nom() {
        return nom;
    }

    public String description() {
        return description;
    }

    public String unite() {
        return unite;
    }

    public double a(Periode periode) {
        return switch (periode) {
            case Mois m -> auMois(m.annee(), m.mois());
            case Annee an -> auMois(an.annee(), 1);
        };
    }

    public double a(Mois mois) {
        return auMois(mois.annee(), mois.mois());
    }

    public double a(LocalDate date) {
        if (date.getDayOfMonth() == 1) {
            return auMois(date.getYear(), date.getMonthValue());
        }
        return valeurs[indice(date)];
    }

    /** Valeur en vigueur au premier jour du mois {@code mois} (1 à 12) de {@code annee}. */
    public double auMois(int annee, int mois) {
        int rang = annee * 12 + mois - 1;
        if (rang >= premierRangConnu && rang <= DERNIER_RANG) {
            return parMois[rang - PREMIER_RANG];
        }
        return valeurs[indice(LocalDate.of(annee, mois, 1))];
    }

    public String referenceA(LocalDate date) {
        return references[indice(date)];
    }

    public List<ValeurDatee> historique() {
        return java.util.stream.IntStream.range(0, valeurs.length)
                .mapToObj(i -> new ValeurDatee(LocalDate.ofEpochDay(depuis[i]), valeurs[i], references[i]))
                .toList();
    }

    private int indice(LocalDate date) {
        long jour = date.toEpochDay();
        int i = Arrays.binarySearch(depuis, jour);
        if (i < 0) {
            i = -i - 2;
        }
        if (i < 0) {
            throw new LegislationInvalide("Le paramètre " + nom + " n'a pas de valeur au " + date
                    + " : sa première valeur date du " + LocalDate.ofEpochDay(depuis[0]));
        }
        return i;
    }

    @Override
    public String toString() {
        return nom;
    }
}
