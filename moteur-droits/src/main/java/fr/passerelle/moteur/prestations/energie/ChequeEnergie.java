package fr.passerelle.moteur.prestations.energie;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.calcul.Prestation;
import fr.passerelle.moteur.calcul.Socle;
import fr.passerelle.moteur.calcul.Variable;

/** À écrire : cette prestation ne calcule encore rien. */
public final class ChequeEnergie implements Prestation {

    public ChequeEnergie(Socle socle) {
    }

    @Override
    public Variable[] variables() {
        return new Variable[] {Variable.CHEQUE_ENERGIE};
    }

    @Override
    public void calculer(Contexte contexte) {
    }
}
