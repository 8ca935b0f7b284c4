package fr.passerelle.moteur.prestations.famille;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.calcul.Prestation;
import fr.passerelle.moteur.calcul.Socle;
import fr.passerelle.moteur.calcul.Trace;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.legislation.Parametre;
import fr.passerelle.moteur.situation.Situation;

import static fr.passerelle.moteur.calcul.Montants.euros;

/**
 * Allocation de soutien familial (CSS art. L523-1, D523-1) : versée au parent qui élève seul un enfant à charge
 * privé de l'aide de l'autre parent, 42,2 % de la BMAF par enfant, diminuée des pensions alimentaires perçues
 * (allocation différentielle). Comme OpenFisca, le parent seul est présumé ne pas recevoir d'aide de l'autre parent
 * sauf pension alimentaire déclarée.
 */
public final class AllocationSoutienFamilial implements Prestation {

    private static final Variable ASF = Variable.ASF;

    private final RessourcesFamiliales ressources;
    private final Parametre taux;

    public AllocationSoutienFamilial(Socle socle) {
        ressources = new RessourcesFamiliales(socle);
        taux = socle.legislation().parametre("prestations_familiales.asf.taux");
    }

    @Override
    public Variable[] variables() {
        return new Variable[] {ASF};
    }

    @Override
    public void calculer(Contexte c) {
        Trace t = c.trace();
        boolean seul = !c.enCouple();
        if (t.active()) {
            t.condition(ASF, "Parent qui élève seul ses enfants", seul, seul
                    ? "Vous élevez seul(e) vos enfants."
                    : "Vous vivez en couple : l'allocation de soutien familial est réservée au parent qui élève seul ses enfants.");
        }
        if (!seul) {
            c.resultats().set(ASF, 0);
            return;
        }
        int limite = ressources.ageLimite(c);
        int enfants = 0;
        for (int i = 0; i < c.nombreEnfants(); i++) {
            if (ressources.aCharge(c, c.enfant(i), limite)) {
                enfants++;
            }
        }
        if (t.active()) {
            t.condition(ASF, "Au moins un enfant à charge de moins de " + limite + " ans", enfants > 0,
                    "Vous avez " + enfants + " enfant(s) à charge de moins de " + limite + " ans.");
        }
        if (enfants == 0) {
            c.resultats().set(ASF, 0);
            return;
        }
        Situation s = c.situation();
        int mois = s.indice(c.mois());
        double pensions = 0;
        for (int i = 0; i < c.famille().parents.taille(); i++) {
            pensions += s.individu(c.parent(i)).pensionsAlimentairesPercues[mois];
        }
        double parEnfant = ressources.bmaf(c) * taux.a(c.mois());
        double asf = Math.max(0, enfants * parEnfant - pensions);
        if (t.active()) {
            t.etape(ASF, "Allocation pour " + enfants + " enfant(s) à " + euros(parEnfant), enfants * parEnfant);
            if (pensions > 0) {
                t.etape(ASF, "Pensions alimentaires perçues déduites", pensions);
                t.condition(ASF, "Pension alimentaire inférieure à l'allocation", asf > 0, "La pension alimentaire perçue ("
                        + euros(pensions) + ") " + (asf > 0 ? "est inférieure à" : "atteint") + " l'allocation (" + euros(enfants * parEnfant) + ").");
            }
            t.etape(ASF, "Allocation de soutien familial du mois", asf);
        }
        c.resultats().set(ASF, asf);
    }
}
