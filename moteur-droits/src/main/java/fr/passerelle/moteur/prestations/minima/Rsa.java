package fr.passerelle.moteur.prestations.minima;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.calcul.Montants;
import fr.passerelle.moteur.calcul.Prestation;
import fr.passerelle.moteur.calcul.Resultats;
import fr.passerelle.moteur.calcul.Socle;
import fr.passerelle.moteur.calcul.Trace;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.legislation.Parametre;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Activite;

/**
 * Revenu de solidarité active (CASF L262-1 et suivants, R262-1 et suivants) : la différence entre le montant
 * forfaitaire du foyer (majoré pour un parent isolé) et ses ressources des trois derniers mois, forfait
 * logement compris ; rien en deçà de 6 €.
 */
public final class Rsa implements Prestation {

    private static final Variable RSA = Variable.RSA;

    private final BaremeForfaitaire bareme;
    private final RessourcesDuFoyer ressources;
    private final PrestationsFamilialesRetenues prestationsFamiliales;
    private final Parametre ageMinimum;
    private final Parametre ageLimitePersonneACharge;
    private final Parametre ageEnfantIsolement;
    private final Parametre montantMinimum;

    public Rsa(Socle socle) {
        Legislation l = socle.legislation();
        bareme = new BaremeForfaitaire(l, "minima_sociaux.rsa");
        ressources = new RessourcesDuFoyer(socle.revenus());
        prestationsFamiliales = new PrestationsFamilialesRetenues(socle);
        ageMinimum = l.parametre("minima_sociaux.rsa.age_minimum");
        ageLimitePersonneACharge = l.parametre("minima_sociaux.rsa.age_limite_personne_a_charge");
        ageEnfantIsolement = l.parametre("minima_sociaux.rsa.age_limite_enfant_majoration_isolement");
        montantMinimum = l.parametre("minima_sociaux.rsa.montant_minimum_verse");
    }

    @Override
    public Variable[] variables() {
        return new Variable[] {RSA};
    }

    @Override
    public void calculer(Contexte contexte) {
        Resultats resultats = contexte.resultats();
        resultats.set(RSA, montant(contexte));
    }

    private double montant(Contexte contexte) {
        Trace trace = contexte.trace();
        Mois mois = contexte.mois();
        boolean couple = contexte.enCouple();
        int limite = (int) ageLimitePersonneACharge.a(mois);
        int enfants = Foyer.enfantsACharge(contexte, limite);

        int age = Foyer.plusAgeDesParents(contexte);
        int ageMin = (int) ageMinimum.a(mois);
        boolean conditionAge = age >= ageMin || enfants > 0;
        if (trace.active()) {
            trace.condition(RSA, "age", conditionAge, conditionAge
                    ? (enfants > 0 ? "Vous avez un enfant à charge : la condition d'âge ne s'applique pas"
                            : "Vous avez " + age + " ans, au moins " + ageMin + " ans")
                    : "Vous avez " + age + " ans : le RSA est ouvert à partir de " + ageMin
                            + " ans, ou plus tôt avec un enfant à charge");
        }
        if (!conditionAge) {
            return 0;
        }
        boolean etudiants = true;
        for (int i = 0; i < contexte.famille().parents.taille(); i++) {
            etudiants &= contexte.situation().individu(contexte.parent(i)).activite == Activite.ETUDIANT;
        }
        if (trace.active()) {
            trace.condition(RSA, "pas_etudiant", !etudiants, etudiants
                    ? "Vous êtes étudiant : le RSA n'est pas ouvert aux élèves, étudiants et stagiaires (CASF L262-4)"
                    : "Vous n'êtes pas étudiant");
        }
        if (etudiants) {
            return 0;
        }

        double forfaitaire = bareme.montantForfaitaire(couple, enfants, mois);
        boolean isole = !couple && enfants > 0
                && Foyer.enfantDeMoinsDe(contexte, (int) ageEnfantIsolement.a(mois), limite);
        if (isole) {
            forfaitaire = Math.max(forfaitaire, bareme.montantMajore(enfants, mois));
        }
        if (trace.active()) {
            trace.etape(RSA, (isole ? "Montant forfaitaire majoré (parent isolé avec un enfant de moins de "
                    + (int) ageEnfantIsolement.a(mois) + " ans) pour " : "Montant forfaitaire pour ")
                    + Foyer.composition(couple, enfants), forfaitaire);
        }

        double activite = 0;
        double autres = 0;
        for (int i = 0; i < contexte.famille().parents.taille(); i++) {
            int p = contexte.parent(i);
            activite += ressources.revenusProfessionnels(contexte, p);
            autres += ressources.autresRevenus(contexte, p);
        }
        Resultats resultats = contexte.resultats();
        double prestations = prestationsFamiliales.total(contexte);
        double minima = RessourcesDuFoyer.minimaSociaux(resultats);
        double base = activite + autres + prestations + minima;

        int personnes = (couple ? 2 : 1) + enfants;
        double aideLogement = resultats.get(Variable.AIDE_LOGEMENT);
        double forfait = bareme.forfaitLogement(personnes, mois);
        double forfaitLogement = Foyer.logeSansCharge(contexte) ? forfait
                : aideLogement > 0 ? Math.min(aideLogement, forfait) : 0;

        if (trace.active()) {
            trace.etape(RSA, "Revenus d'activité des 3 derniers mois (moyenne mensuelle, salaires nets)", activite);
            trace.etape(RSA, "Pensions, allocations chômage et pensions alimentaires (moyenne mensuelle)", autres);
            trace.etape(RSA, "Prestations familiales du mois (AF hors majorations pour âge, CF et ASF au forfait, PAJE)", prestations);
            trace.etape(RSA, "AAH et ASPA du mois", minima);
            trace.etape(RSA, "Ressources prises en compte", base);
            trace.etape(RSA, forfaitLogement > 0 ? (aideLogement > 0
                    ? "Forfait logement déduit (aide au logement perçue)"
                    : "Forfait logement déduit (logé sans loyer)") : "Forfait logement (aucun)", forfaitLogement);
        }
        double rsa = forfaitaire - base - forfaitLogement;
        double minimum = montantMinimum.a(mois);
        boolean conditionRessources = rsa > 0;
        if (trace.active()) {
            trace.condition(RSA, "ressources", conditionRessources, conditionRessources
                    ? "Vos ressources (" + Montants.euros(base + forfaitLogement) + " avec le forfait logement) sont inférieures au montant forfaitaire ("
                            + Montants.euros(forfaitaire) + ")"
                    : "Vos ressources des 3 derniers mois (" + Montants.euros(base + forfaitLogement)
                            + " avec le forfait logement) atteignent le montant forfaitaire (" + Montants.euros(forfaitaire) + ")");
        }
        if (!conditionRessources) {
            return 0;
        }
        boolean verse = rsa >= minimum;
        if (trace.active()) {
            trace.condition(RSA, "montant_minimum", verse, verse
                    ? "Le montant dû (" + Montants.euros(rsa) + ") atteint le minimum versé (" + Montants.euros(minimum) + ")"
                    : "Le montant dû (" + Montants.euros(rsa) + ") est inférieur au minimum versé (" + Montants.euros(minimum) + ")");
        }
        if (!verse) {
            return 0;
        }
        rsa = Montants.auCentime(rsa);
        if (trace.active()) {
            trace.etape(RSA, "RSA du mois", rsa);
        }
        return rsa;
    }
}
