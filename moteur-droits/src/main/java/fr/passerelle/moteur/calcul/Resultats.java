package fr.passerelle.moteur.calcul;

import java.util.Arrays;

/** Les montants calculés pour une famille (ou un ménage), indexés par {@link Variable}. Réutilisable. */
public final class Resultats {

    private final double[] valeurs = new double[Variable.toutes().length];

    public double get(Variable v) {
        return valeurs[v.ordinal()];
    }

    public boolean oui(Variable v) {
        return valeurs[v.ordinal()] != 0;
    }

    public void set(Variable v, double montant) {
        valeurs[v.ordinal()] = montant;
    }

    public void set(Variable v, boolean droit) {
        valeurs[v.ordinal()] = droit ? 1 : 0;
    }

    public void ajouter(Resultats autres) {
        for (int i = 0; i < valeurs.length; i++) {
            valeurs[i] += autres.valeurs[i];
        }
    }

    public void vider() {
        Arrays.fill(valeurs, 0);
    }

    public double[] copie() {
        return valeurs.clone();
    }
}
