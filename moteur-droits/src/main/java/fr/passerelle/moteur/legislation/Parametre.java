package fr.passerelle.moteur.legislation;

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

    Parametre(String nom, String description, String unite, List<ValeurDatee> valeursDatees) {
        this.nom = nom;
        this.description = description;
        this.unite = unite;
        this.depuis = valeursDatees.stream().mapToLong(v -> v.depuis().toEpochDay()).toArray();
        this.valeurs = valeursDatees.stream().mapToDouble(ValeurDatee::valeur).toArray();
        this.references = valeursDatees.stream().map(ValeurDatee::reference).toArray(String[]::new);
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
