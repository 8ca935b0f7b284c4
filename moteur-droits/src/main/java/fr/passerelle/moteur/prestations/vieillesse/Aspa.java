package fr.passerelle.moteur.prestations.vieillesse;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.calcul.Prestation;
import fr.passerelle.moteur.calcul.Socle;
import fr.passerelle.moteur.calcul.Variable;

/** À écrire : cette prestation ne calcule encore rien. */
public final class Aspa implements Prestation {

    public Aspa(Socle socle) {
    }

    @Override
    public Variable[] variables() {
        return new Variable[] {Variable.ASPA};
    }

    @Override
    public void calculer(Contexte contexte) {
    }
}
