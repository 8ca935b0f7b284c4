package fr.passerelle.moteur.calcul;

import fr.passerelle.moteur.situation.Situation;

import java.util.List;

/**
 * Calcule une situation après l'autre sur un même fil, sans allocation : le contexte et les résultats
 * sont réutilisés. Les droits de chaque famille sont additionnés dans le résultat du ménage.
 */
public final class Calculateur {

    private final List<Prestation> prestations;
    private final Contexte contexte = new Contexte();
    private final Resultats total = new Resultats();

    Calculateur(Moteur moteur) {
        this.prestations = moteur.prestations();
    }

    /** Le résultat rendu est réutilisé au calcul suivant : le lire ou le copier avant. */
    public Resultats calculer(Situation situation, Trace trace) {
        total.vider();
        situation.oublierCalculs();
        for (int f = 0; f < situation.nombreFamilles(); f++) {
            contexte.preparer(situation, f, trace);
            for (int i = 0; i < prestations.size(); i++) {
                prestations.get(i).calculer(contexte);
            }
            total.ajouter(contexte.resultats());
        }
        return total;
    }
}
