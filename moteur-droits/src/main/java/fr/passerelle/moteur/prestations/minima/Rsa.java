package fr.passerelle.moteur.prestations.minima;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.calcul.Prestation;
import fr.passerelle.moteur.calcul.Socle;
import fr.passerelle.moteur.calcul.Variable;

/** À écrire : cette prestation ne calcule encore rien. */
public final class Rsa implements Prestation {

    public Rsa(Socle socle) {
    }

    @Override
    public Variable[] variables() {
        return new Variable[] {Variable.RSA};
    }

    @Override
    public void calculer(Contexte contexte) {
    }
}
