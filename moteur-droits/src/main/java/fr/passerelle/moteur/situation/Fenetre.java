package fr.passerelle.moteur.situation;

import fr.passerelle.moteur.periode.Mois;

/**
 * Les mois dont une situation garde les montants : de janvier de l'année N-2 à décembre de l'année N,
 * N étant l'année du mois calculé. Couvre les ressources de référence de toutes les prestations
 * (N-2 fiscal, 12 mois glissants, 3 derniers mois).
 */
public final class Fenetre {

    public static final int TAILLE = 36;
    public static final int ANNEES = 3;

    private Fenetre() {
    }

    public static Mois premierMois(Mois calcule) {
        return Mois.de(calcule.annee() - 2, 1);
    }

    /** Indice d'une année dans la fenêtre ouverte pour {@code calcule} (0 pour N-2), ou -1 si elle en sort. */
    public static int indiceAnnee(Mois calcule, int annee) {
        int i = annee - (calcule.annee() - 2);
        return i >= 0 && i < ANNEES ? i : -1;
    }

    /** Indice d'un mois dans la fenêtre ouverte pour {@code calcule}, ou -1 s'il en sort. */
    public static int indice(Mois calcule, Mois mois) {
        int i = mois.rang() - (calcule.annee() - 2) * 12;
        return i >= 0 && i < TAILLE ? i : -1;
    }
}
