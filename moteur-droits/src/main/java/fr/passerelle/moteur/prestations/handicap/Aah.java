package fr.passerelle.moteur.prestations.handicap;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.calcul.Prestation;
import fr.passerelle.moteur.calcul.Socle;
import fr.passerelle.moteur.calcul.Variable;

/** À écrire : cette prestation ne calcule encore rien. */
public final class Aah implements Prestation {

    public Aah(Socle socle) {
    }

    @Override
    public Variable[] variables() {
        return new Variable[] {Variable.AAH};
    }

    @Override
    public void calculer(Contexte contexte) {
    }
}
