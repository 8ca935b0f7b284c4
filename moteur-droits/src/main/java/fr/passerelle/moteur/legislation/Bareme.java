package fr.passerelle.moteur.legislation;

import fr.passerelle.moteur.periode.Periode;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Un barème par tranches, daté comme un paramètre. Deux usages :
 * {@link #montant} donne le montant forfaitaire de la tranche où tombe l'assiette (chèque énergie),
 * {@link #marginal} applique les taux tranche par tranche (impôt, CSG).
 */
public final class Bareme {

    public record Tranche(double seuil, double taux) {
    }

    public record Version(LocalDate depuis, List<Tranche> tranches, String reference) {
    }

    private final String nom;
    private final String description;
    private final long[] depuis;
    private final double[][] seuils;
    private final double[][] taux;
    private final List<Version> versions;

    Bareme(String nom, String description, List<Version> versions) {
        this.nom = nom;
        this.description = description;
        this.versions = List.copyOf(versions);
        this.depuis = versions.stream().mapToLong(v -> v.depuis().toEpochDay()).toArray();
        this.seuils = versions.stream().map(v -> v.tranches().stream().mapToDouble(Tranche::seuil).toArray()).toArray(double[][]::new);
        this.taux = versions.stream().map(v -> v.tranches().stream().mapToDouble(Tranche::taux).toArray()).toArray(double[][]::new);
    }

    public String nom() {
        return nom;
    }

    public String description() {
        return description;
    }

    public List<Version> versions() {
        return versions;
    }

    /** Valeur de la dernière tranche dont le seuil est strictement dépassé (seuil 0 : toute assiette positive ou nulle). */
    public double montant(double assiette, Periode periode) {
        int v = version(periode.debut());
        double[] s = seuils[v];
        double resultat = 0;
        for (int i = 0; i < s.length; i++) {
            if (assiette > s[i] || (s[i] == 0 && assiette >= 0)) {
                resultat = taux[v][i];
            }
        }
        return resultat;
    }

    /** Somme des taux appliqués à chaque part de l'assiette comprise entre deux seuils. */
    public double marginal(double assiette, Periode periode) {
        int v = version(periode.debut());
        double[] s = seuils[v];
        double total = 0;
        for (int i = 0; i < s.length; i++) {
            double haut = i + 1 < s.length ? s[i + 1] : Double.POSITIVE_INFINITY;
            if (assiette > s[i]) {
                total += (Math.min(assiette, haut) - s[i]) * taux[v][i];
            }
        }
        return total;
    }

    private int version(LocalDate date) {
        int i = Arrays.binarySearch(depuis, date.toEpochDay());
        if (i < 0) {
            i = -i - 2;
        }
        if (i < 0) {
            throw new LegislationInvalide("Le barème " + nom + " n'a pas de version au " + date);
        }
        return i;
    }
}
