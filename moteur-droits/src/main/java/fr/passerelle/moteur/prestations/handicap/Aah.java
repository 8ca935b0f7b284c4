package fr.passerelle.moteur.prestations.handicap;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.calcul.Montants;
import fr.passerelle.moteur.calcul.Prestation;
import fr.passerelle.moteur.calcul.Socle;
import fr.passerelle.moteur.calcul.Trace;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.legislation.Parametre;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.prestations.famille.RessourcesFamiliales;
import fr.passerelle.moteur.revenus.Revenus;
import fr.passerelle.moteur.situation.Individu;
import fr.passerelle.moteur.situation.Situation;

/**
 * Allocation aux adultes handicapés (CSS L821-1 et suivants, R821-4, D821-1 et suivants). Depuis le
 * 1er octobre 2023 (loi n° 2022-1158 du 16 août 2022, art. 10), seules les ressources du bénéficiaire
 * comptent (déconjugalisation) : celles de l'année N-2, ou celles des trois derniers mois multipliées par
 * quatre quand il travaille en milieu ordinaire, ses revenus d'activité étant abattus de 80 % jusqu'à 30 %
 * du SMIC brut annuel et de 40 % au-delà. L'allocation est la différence entre le plafond (le montant
 * de l'AAH, majoré de 50 % par enfant à charge) et ces ressources, dans la limite du montant de l'AAH.
 * Le montant rendu est la somme des AAH des membres de la famille.
 */
public final class Aah implements Prestation {

    private static final Variable AAH = Variable.AAH;
    /** Âge jusqu'auquel un enfant est à charge au sens des prestations familiales (CSS R512-2). */
    private static final int AGE_ENFANT_PRESTATIONS_FAMILIALES = 20;

    private final Revenus revenus;
    private final Parametre montant;
    private final Parametre tauxIncapacite;
    private final Parametre tauxRestriction;
    private final Parametre ageMinimum;
    private final Parametre ageMinimumHorsCharge;
    private final RessourcesFamiliales famille;
    private final Parametre ageRetraite;
    private final Parametre majorationParEnfant;
    private final Parametre abattementTranche1;
    private final Parametre abattementTranche2;
    private final Parametre trancheSmic;
    private final Parametre smic;
    private final Parametre dureeMensuelle;

    public Aah(Socle socle) {
        Legislation l = socle.legislation();
        revenus = socle.revenus();
        montant = l.parametre("minima_sociaux.aah.montant");
        tauxIncapacite = l.parametre("minima_sociaux.aah.taux_incapacite");
        tauxRestriction = l.parametre("minima_sociaux.aah.taux_incapacite_restriction");
        ageMinimum = l.parametre("minima_sociaux.aah.age_minimum");
        ageMinimumHorsCharge = l.parametre("minima_sociaux.aah.age_minimum_hors_charge");
        famille = new RessourcesFamiliales(socle);
        ageRetraite = l.parametre("minima_sociaux.age_legal_retraite");
        majorationParEnfant = l.parametre("minima_sociaux.aah.majoration_plafond_par_enfant");
        abattementTranche1 = l.parametre("minima_sociaux.aah.abattement_activite_tranche_1");
        abattementTranche2 = l.parametre("minima_sociaux.aah.abattement_activite_tranche_2");
        trancheSmic = l.parametre("minima_sociaux.aah.tranche_smic");
        smic = l.parametre("marche_travail.smic_horaire_brut");
        dureeMensuelle = l.parametre("marche_travail.duree_legale_mensuelle");
    }

    @Override
    public Variable[] variables() {
        return new Variable[] {AAH};
    }

    @Override
    public void calculer(Contexte contexte) {
        Situation s = contexte.situation();
        double total = 0;
        boolean incapacite = false;
        for (int i = 0; i < contexte.famille().parents.taille(); i++) {
            total += individuelle(contexte, contexte.parent(i));
            incapacite |= s.individu(contexte.parent(i)).tauxIncapacite > 0;
        }
        for (int i = 0; i < contexte.nombreEnfants(); i++) {
            total += individuelle(contexte, contexte.enfant(i));
            incapacite |= s.individu(contexte.enfant(i)).tauxIncapacite > 0;
        }
        contexte.resultats().set(AAH, total);
        if (contexte.trace().active() && !incapacite) {
            contexte.trace().condition(AAH, "taux_incapacite", false, "Aucun taux d'incapacité n'est indiqué pour la "
                    + "famille : l'AAH demande un taux d'au moins 80 %, ou de 50 % avec une restriction substantielle et "
                    + "durable d'accès à l'emploi, reconnu par la CDAPH (maison départementale des personnes handicapées)");
        }
    }

    /** Un enfant de la famille encore à charge au sens des allocations familiales (pas un parent, pas autonome). */
    private boolean enfantACharge(Contexte contexte, int individu) {
        for (int i = 0; i < contexte.nombreEnfants(); i++) {
            if (contexte.enfant(i) == individu) {
                return !famille.autonome(contexte, individu);
            }
        }
        return false;
    }

    /** L'AAH d'une personne de la famille (0 si elle n'y a pas droit). */
    public double individuelle(Contexte contexte, int individu) {
        return individuelle(contexte, individu, contexte.trace());
    }

    /** L'AAH d'une personne, en racontant le calcul dans {@code trace} ({@link Trace#AUCUNE} pour un calcul muet). */
    public double individuelle(Contexte contexte, int individu, Trace trace) {
        return individuelle(contexte, individu, contexte.mois(), trace);
    }

    /** L'AAH d'une personne pour un autre mois que celui du calcul (la prime d'activité lit celle de chaque mois du trimestre). */
    public double individuelle(Contexte contexte, int individu, Mois mois, Trace trace) {
        Situation s = contexte.situation();
        Individu p = s.individu(individu);
        if (p.tauxIncapacite <= 0) {
            return 0;
        }
        int age = s.age(individu, mois.annee(), mois.mois(), 1);
        double taux = p.tauxIncapacite;
        boolean incapacite = taux >= tauxIncapacite.a(mois);
        boolean restriction = !incapacite && taux >= tauxRestriction.a(mois) && p.restrictionSubstantielleAccesEmploi;
        int retraite = (int) ageRetraite.a(mois);
        boolean avantRetraite = age <= retraite;
        boolean handicap = incapacite || (restriction && avantRetraite);
        if (trace.active()) {
            String pct = Math.round(taux * 100) + " %";
            trace.condition(AAH, "taux_incapacite", handicap, incapacite
                    ? "Taux d'incapacité de " + pct + " : au moins " + Math.round(tauxIncapacite.a(mois) * 100) + " %"
                    : restriction && avantRetraite
                    ? "Taux d'incapacité de " + pct + " avec une restriction substantielle et durable d'accès à l'emploi"
                    : restriction
                    ? "Taux d'incapacité de " + pct + " : après " + retraite + " ans, l'AAH n'est maintenue qu'à partir de 80 %"
                    : "Taux d'incapacité de " + pct + " : il faut au moins 80 %, ou 50 % avec une restriction substantielle et durable d'accès à l'emploi reconnue par la CDAPH");
        }
        if (!handicap) {
            return 0;
        }
        // 20 ans, la fin de l'AEEH (L821-1) ; dès 16 ans pour qui n'ouvre plus droit aux allocations familiales :
        // un parent, ou un enfant devenu autonome par son salaire (R821-1).
        boolean aCharge = enfantACharge(contexte, individu);
        int ageMin = (int) (aCharge ? ageMinimum.a(mois) : ageMinimumHorsCharge.a(mois));
        boolean conditionAge = age >= ageMin;
        if (trace.active()) {
            trace.condition(AAH, "age", conditionAge, conditionAge
                    ? "Vous avez " + age + " ans, au moins " + ageMin + " ans"
                    : "Vous avez " + age + " ans : l'AAH est ouverte à partir de " + ageMin + " ans"
                            + (aCharge ? " (16 ans pour qui n'est plus à charge au sens des allocations familiales)" : ""));
        }
        if (!conditionAge) {
            return 0;
        }
        double ressources = ressourcesMensuelles(contexte, individu, mois, trace);
        int enfants = 0;
        for (int i = 0; i < contexte.nombreEnfants(); i++) {
            if (s.age(contexte.enfant(i), mois.annee(), mois.mois(), 1) < AGE_ENFANT_PRESTATIONS_FAMILIALES) {
                enfants++;
            }
        }
        double maximum = montant.a(mois);
        double plafond = maximum * (1 + majorationParEnfant.a(mois) * enfants);
        double aah = Math.min(maximum, Math.max(0, plafond - ressources));
        if (trace.active()) {
            trace.etape(AAH, "Ressources retenues (moyenne mensuelle, abattements compris)", ressources);
            trace.etape(AAH, "Plafond de ressources mensuel" + (enfants > 0 ? " (" + enfants + (enfants == 1 ? " enfant à charge)" : " enfants à charge)") : ""), plafond);
            trace.condition(AAH, "ressources", aah > 0, aah > 0
                    ? "Vos ressources (" + Montants.euros(ressources) + " par mois) sont inférieures au plafond (" + Montants.euros(plafond) + ")"
                    : "Vos ressources (" + Montants.euros(ressources) + " par mois) dépassent le plafond (" + Montants.euros(plafond) + ")");
        }
        aah = Montants.auCentime(aah);
        if (trace.active() && aah > 0) {
            trace.etape(AAH, "AAH du mois" + (aah < maximum ? " (différentielle)" : " (taux plein)"), aah);
        }
        return aah;
    }

    /**
     * Ressources mensuelles du bénéficiaire seul. S'il travaille ce mois-ci : revenus des trois derniers mois × 4
     * (évaluation trimestrielle, CSS R821-4-1 et suivants) ; sinon : revenus de l'année N-2 (R821-4).
     */
    double ressourcesMensuelles(Contexte contexte, int individu, Mois mois, Trace trace) {
        Situation s = contexte.situation();
        Individu p = s.individu(individu);
        double smicAnnuel = 12 * smic.a(mois) * dureeMensuelle.a(mois);
        boolean enActivite = revenus.salaireImposable(s, individu, mois) > 0;
        double activiteAnnuelle;
        double autresAnnuels;
        if (enActivite) {
            activiteAnnuelle = 4 * revenus.salaireNetDesMoisPrecedents(s, individu, mois, 3);
            int fin = s.indice(mois);
            double pensions = 0;
            for (int k = 1; k <= 3; k++) {
                pensions += p.retraiteBrute[fin - k] + p.chomageBrut[fin - k] + p.pensionsAlimentairesPercues[fin - k];
            }
            autresAnnuels = 4 * pensions;
        } else {
            // Année N-2 du mois de droit ; pour un mois du trimestre précédent un mois de janvier à mars (prime
            // d'activité), la fenêtre de la situation commence en janvier N-2 du mois calculé : on s'y tient.
            int annee = Math.max(mois.annee() - 2, s.mois.annee() - 2);
            activiteAnnuelle = revenus.salaireImposableAnnuel(s, individu, annee);
            double autres = revenus.retraiteBruteAnnuelle(s, individu, annee);
            int debut = (annee - (s.mois.annee() - 2)) * 12; // janvier de l'année de référence dans la fenêtre
            for (int k = 0; k < 12; k++) {
                autres += p.chomageBrut[debut + k] + p.pensionsAlimentairesPercues[debut + k];
            }
            autresAnnuels = autres;
        }
        double tranche1 = Math.min(activiteAnnuelle, trancheSmic.a(mois) * smicAnnuel);
        double tranche2 = Math.max(0, activiteAnnuelle - tranche1);
        double activiteRetenue = (1 - abattementTranche1.a(mois)) * tranche1 + (1 - abattementTranche2.a(mois)) * tranche2;
        if (trace.active()) {
            trace.etape(AAH, enActivite
                    ? "Revenus d'activité des 3 derniers mois × 4 (évaluation trimestrielle)"
                    : "Revenus d'activité de l'année de référence (N-2)", activiteAnnuelle);
            trace.etape(AAH, "Revenus d'activité après abattement de " + Math.round(abattementTranche1.a(mois) * 100)
                    + " % puis " + Math.round(abattementTranche2.a(mois) * 100) + " %", activiteRetenue);
            trace.etape(AAH, "Pensions et autres revenus sur l'année", autresAnnuels);
        }
        return (activiteRetenue + autresAnnuels) / 12;
    }
}
