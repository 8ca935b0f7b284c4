package fr.passerelle.moteur.legislation;

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
    /** Valeur au premier jour de chaque mois, du mois de la première valeur jusqu'en décembre 2100 : lecture sans recherche. */
    private final int premierRang;
    private final double[] parMois;

    Parametre(String nom, String description, String unite, List<ValeurDatee> valeursDatees) {
        this.nom = nom;
        this.description = description;
        this.unite = unite;
        this.depuis = valeursDatees.stream().mapToLong(v -> v.depuis().toEpochDay()).toArray();
        this.valeurs = valeursDatees.stream().mapToDouble(ValeurDatee::valeur).toArray();
        this.references = valeursDatees.stream().map(ValeurDatee::reference).toArray(String[]::new);
        LocalDate premier = valeursDatees.get(0).depuis();
        LocalDate premierMois = premier.withDayOfMonth(1).equals(premier) ? premier : premier.withDayOfMonth(1).plusMonths(1);
        this.premierRang = premierMois.getYear() * 12 + premierMois.getMonthValue() - 1;
        int dernierRang = 2100 * 12 + 11;
        this.parMois = new double[Math.max(0, dernierRang - premierRang + 1)];
        for (int i = 0; i < parMois.length; i++) {
            int rang = premierRang + i;
            parMois[i] = valeurs[indice(LocalDate.of(Math.floorDiv(rang, 12), Math.floorMod(rang, 12) + 1, 1))];
        }
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

    /** Valeur en vigueur au premier jour du mois, lue dans une table (même résultat que {@code a(mois.debut())}). */
    public double a(Mois mois) {
        int i = mois.rang() - premierRang;
        return i >= 0 && i < parMois.length ? parMois[i] : a(mois.debut());
    }

    public double a(Periode periode) {
        return a(periode.debut());
    }

    public double a(LocalDate date) {
        return valeurs[indice(date)];
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
