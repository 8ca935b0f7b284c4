package fr.passerelle.moteur.prestations.minima;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.calcul.Resultats;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.revenus.Revenus;
import fr.passerelle.moteur.situation.Individu;
import fr.passerelle.moteur.situation.Situation;

/**
 * Les ressources d'un foyer au sens du RSA (CASF R262-6 et suivants) et de la prime d'activité
 * (CSS R844-1 et suivants) : moyennes mensuelles des trois mois qui précèdent le mois de droit,
 * et les prestations déjà calculées pour la famille (prestations familiales, AAH, ASPA).
 */
public final class RessourcesDuFoyer {

    private static final int TRIMESTRE = 3;

    private final Revenus revenus;

    public RessourcesDuFoyer(Revenus revenus) {
        this.revenus = revenus;
    }

    /** Revenus professionnels d'une personne : salaire net, moyenne mensuelle des trois mois précédents. */
    public double revenusProfessionnels(Contexte contexte, int individu) {
        return revenus.salaireNetDesMoisPrecedents(contexte.situation(), individu, contexte.mois(), TRIMESTRE) / TRIMESTRE;
    }

    /** Salaire net d'une personne pour un mois donné. */
    public double revenusProfessionnelsDuMois(Contexte contexte, int individu, Mois mois) {
        return revenus.salaireNet(contexte.situation(), individu, mois);
    }

    /** Pensions, allocations de chômage et pensions alimentaires reçues d'une personne pour un mois donné. */
    public static double autresRevenusDuMois(Contexte contexte, int individu, Mois mois) {
        Situation s = contexte.situation();
        Individu p = s.individu(individu);
        int i = s.indice(mois);
        return p.retraiteBrute[i] + p.chomageBrut[i] + p.pensionsAlimentairesPercues[i];
    }

    /**
     * Revenus de remplacement et autres revenus d'une personne : pensions de retraite, allocations de chômage,
     * pensions alimentaires reçues — moyenne mensuelle des trois mois précédents.
     */
    public double autresRevenus(Contexte contexte, int individu) {
        Situation s = contexte.situation();
        Individu p = s.individu(individu);
        Mois mois = contexte.mois();
        int fin = s.indice(mois);
        double total = 0;
        for (int k = 1; k <= TRIMESTRE; k++) {
            int i = fin - k;
            total += p.retraiteBrute[i] + p.chomageBrut[i] + p.pensionsAlimentairesPercues[i];
        }
        return total / TRIMESTRE;
    }

    /** Minima sociaux de la famille comptés dans les ressources : AAH et ASPA du mois. */
    public static double minimaSociaux(Resultats resultats) {
        return resultats.get(Variable.AAH) + resultats.get(Variable.ASPA);
    }
}
