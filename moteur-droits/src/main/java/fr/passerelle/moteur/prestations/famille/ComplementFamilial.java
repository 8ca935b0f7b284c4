package fr.passerelle.moteur.prestations.famille;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.calcul.Prestation;
import fr.passerelle.moteur.calcul.Socle;
import fr.passerelle.moteur.calcul.Trace;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.legislation.Parametre;
import fr.passerelle.moteur.periode.Mois;

import static fr.passerelle.moteur.calcul.Montants.euros;

/**
 * Complément familial (CSS art. L522-1 à L522-3, R522-1, R522-2, D522-1, D522-2) : au moins trois enfants à charge
 * de 3 à 21 ans, tous âgés d'au moins 3 ans (L522-1 : « ayant tous un âge supérieur » à celui de la PAJE), ressources N-2 sous un plafond qui dépend du nombre d'enfants à charge et qui est majoré pour
 * une personne seule ou un couple biactif ; montant majoré sous un second plafond, plus bas ; complément
 * différentiel quand les ressources dépassent le plafond de moins de douze mois de complément. Pas de cumul avec
 * l'allocation de base de la PAJE (CSS art. L531-1) : celle-ci est calculée avant.
 */
public final class ComplementFamilial implements Prestation {

    private static final Variable CF = Variable.CF;

    private final RessourcesFamiliales ressources;
    private final Parametre taux;
    private final Parametre tauxMajore;
    private final Parametre nombreMinimum;
    private final Parametre ageMinimum;
    private final Parametre ageLimite;
    private final Parametre majorationRang12;
    private final Parametre majorationRang3;
    private final Parametre plafond0;
    private final Parametre majorationBiactifIsole;
    private final Parametre plafondMajore0;
    private final Parametre majorationMajoreBiactifIsole;

    public ComplementFamilial(Socle socle) {
        Legislation l = socle.legislation();
        ressources = new RessourcesFamiliales(socle);
        taux = l.parametre("prestations_familiales.cf.taux");
        tauxMajore = l.parametre("prestations_familiales.cf.taux_majore");
        nombreMinimum = l.parametre("prestations_familiales.cf.nombre_minimum_enfants");
        ageMinimum = l.parametre("prestations_familiales.cf.age_minimum");
        ageLimite = l.parametre("prestations_familiales.cf.age_limite");
        majorationRang12 = l.parametre("prestations_familiales.cf.majoration_plafond_enfant_rang_1_2");
        majorationRang3 = l.parametre("prestations_familiales.cf.majoration_plafond_enfant_rang_3_et_plus");
        plafond0 = l.parametre("prestations_familiales.cf.plafond_0_enfant");
        majorationBiactifIsole = l.parametre("prestations_familiales.cf.majoration_plafond_biactif_isole");
        plafondMajore0 = l.parametre("prestations_familiales.cf.plafond_majore_0_enfant");
        majorationMajoreBiactifIsole = l.parametre("prestations_familiales.cf.majoration_plafond_majore_biactif_isole");
    }

    @Override
    public Variable[] variables() {
        return new Variable[] {CF};
    }

    @Override
    public void calculer(Contexte c) {
        Trace t = c.trace();
        Mois m = c.mois();
        int limite = (int) ageLimite.a(m);
        int ageMin = (int) ageMinimum.a(m);
        int aCharge = 0;
        int ouvrantDroit = 0;
        int plusJeuneAge = Integer.MAX_VALUE;
        for (int i = 0; i < c.nombreEnfants(); i++) {
            int e = c.enfant(i);
            if (ressources.aCharge(c, e, limite)) {
                aCharge++;
                int age = c.age(e);
                plusJeuneAge = Math.min(plusJeuneAge, age);
                if (age >= ageMin) {
                    ouvrantDroit++;
                }
            }
        }
        int minimum = (int) nombreMinimum.a(m);
        boolean assezDEnfants = ouvrantDroit >= minimum;
        if (t.active()) {
            t.condition(CF, "Au moins " + minimum + " enfants à charge de " + ageMin + " à " + limite + " ans", assezDEnfants,
                    "La famille a " + ouvrantDroit + " enfant(s) à charge de " + ageMin + " ans ou plus et de moins de " + limite
                            + " ans" + (assezDEnfants ? "." : " : il en faut au moins " + minimum + "."));
        }
        if (!assezDEnfants) {
            c.resultats().set(CF, 0);
            return;
        }
        boolean tousAssezGrands = plusJeuneAge >= ageMin;
        if (t.active()) {
            t.condition(CF, "Tous les enfants à charge ont au moins " + ageMin + " ans", tousAssezGrands, tousAssezGrands
                    ? "Le plus jeune enfant à charge a " + plusJeuneAge + " ans."
                    : "Le plus jeune enfant à charge a " + plusJeuneAge + " an(s) : le complément familial suppose des enfants ayant tous au moins "
                            + ageMin + " ans (jusque-là, c'est l'allocation de base de la PAJE).");
        }
        if (!tousAssezGrands) {
            c.resultats().set(CF, 0);
            return;
        }
        double paje = c.resultats().get(Variable.PAJE_BASE);
        if (t.active()) {
            t.condition(CF, "Pas d'allocation de base de la PAJE", paje == 0, paje == 0
                    ? "La famille ne perçoit pas l'allocation de base de la PAJE."
                    : "La famille perçoit l'allocation de base de la PAJE (" + euros(paje) + "), qui ne se cumule pas avec le complément familial.");
        }
        if (paje > 0) {
            c.resultats().set(CF, 0);
            return;
        }
        double coefficient = 1 + majorationRang12.a(m) * Math.min(aCharge, 2) + majorationRang3.a(m) * Math.max(aCharge - 2, 0);
        boolean majore = ressources.isoleOuBiactif(c);
        double plafond = plafond0.a(m) * coefficient + (majore ? majorationBiactifIsole.a(m) : 0);
        double plafondMajore = plafondMajore0.a(m) * coefficient + (majore ? majorationMajoreBiactifIsole.a(m) : 0);
        double r = ressources.baseRessources(c);
        double bmaf = ressources.bmaf(c);
        double montant = bmaf * taux.a(m);
        double montantMajore = bmaf * tauxMajore.a(m);
        double cf;
        if (r <= plafondMajore) {
            cf = montantMajore;
        } else if (r <= plafond) {
            cf = montant;
        } else {
            cf = Math.max(0, (plafond + 12 * montant - r) / 12);
        }
        if (t.active()) {
            t.etape(CF, "Ressources de l'année " + RessourcesFamiliales.anneeDeReference(c), r);
            t.etape(CF, "Plafond pour " + aCharge + " enfants à charge (" + ressources.situationDuCouple(c) + ")", plafond);
            t.etape(CF, "Plafond du montant majoré", plafondMajore);
            if (r <= plafondMajore) {
                t.condition(CF, "Ressources sous le plafond du montant majoré", true, "Vos ressources (" + euros(r)
                        + ") ne dépassent pas le plafond du montant majoré (" + euros(plafondMajore) + ").");
                t.etape(CF, "Complément familial majoré", cf);
            } else if (r <= plafond) {
                t.condition(CF, "Ressources sous le plafond", true, "Vos ressources (" + euros(r) + ") ne dépassent pas le plafond ("
                        + euros(plafond) + ") mais dépassent celui du montant majoré (" + euros(plafondMajore) + ").");
                t.etape(CF, "Complément familial", cf);
            } else {
                t.condition(CF, "Ressources sous le plafond", cf > 0, "Vos ressources (" + euros(r) + ") dépassent le plafond ("
                        + euros(plafond) + ")" + (cf > 0 ? " de moins de douze mois de complément : un complément différentiel est dû."
                        : " de plus de douze mois de complément (" + euros(12 * montant) + ")."));
                if (cf > 0) {
                    t.etape(CF, "Complément différentiel (plafond + 12 × " + euros(montant) + " − ressources) / 12", cf);
                }
            }
        }
        c.resultats().set(CF, cf);
    }
}
