package fr.passerelle.moteur.prestations.logement;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.calcul.Prestation;
import fr.passerelle.moteur.calcul.Socle;
import fr.passerelle.moteur.calcul.Variable;

/** À écrire : cette prestation ne calcule encore rien. */
public final class AidesAuLogement implements Prestation {

    public AidesAuLogement(Socle socle) {
    }

    @Override
    public Variable[] variables() {
        return new Variable[] {Variable.APL, Variable.ALS, Variable.ALF, Variable.AIDE_LOGEMENT};
    }

    @Override
    public void calculer(Contexte contexte) {
    }
}
