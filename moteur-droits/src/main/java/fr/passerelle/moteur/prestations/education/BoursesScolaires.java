package fr.passerelle.moteur.prestations.education;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.calcul.Prestation;
import fr.passerelle.moteur.calcul.Socle;
import fr.passerelle.moteur.calcul.Variable;

/** À écrire : cette prestation ne calcule encore rien. */
public final class BoursesScolaires implements Prestation {

    public BoursesScolaires(Socle socle) {
    }

    @Override
    public Variable[] variables() {
        return new Variable[] {Variable.BOURSE_COLLEGE, Variable.BOURSE_LYCEE};
    }

    @Override
    public void calculer(Contexte contexte) {
    }
}
