package fr.passerelle.moteur.prestations.sante;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.calcul.Prestation;
import fr.passerelle.moteur.calcul.Socle;
import fr.passerelle.moteur.calcul.Variable;

/** À écrire : cette prestation ne calcule encore rien. */
public final class ComplementaireSanteSolidaire implements Prestation {

    public ComplementaireSanteSolidaire(Socle socle) {
    }

    @Override
    public Variable[] variables() {
        return new Variable[] {Variable.CMU_C, Variable.CSS_PARTICIPATION_FORFAITAIRE};
    }

    @Override
    public void calculer(Contexte contexte) {
    }
}
