package fr.passerelle.moteur.prestations.famille;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.calcul.Prestation;
import fr.passerelle.moteur.calcul.Socle;
import fr.passerelle.moteur.calcul.Variable;

/** À écrire : cette prestation ne calcule encore rien. */
public final class PajeAllocationDeBase implements Prestation {

    public PajeAllocationDeBase(Socle socle) {
    }

    @Override
    public Variable[] variables() {
        return new Variable[] {Variable.PAJE_BASE};
    }

    @Override
    public void calculer(Contexte contexte) {
    }
}
