package fr.passerelle.moteur.prestations.vieillesse;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.calcul.Montants;
import fr.passerelle.moteur.calcul.Prestation;
import fr.passerelle.moteur.calcul.Socle;
import fr.passerelle.moteur.calcul.Trace;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.legislation.Parametre;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.prestations.handicap.Aah;
import fr.passerelle.moteur.situation.Individu;
import fr.passerelle.moteur.situation.Situation;

/**
 * Allocation de solidarité aux personnes âgées (CSS L815-1 et suivants, D815-1, D815-2, R815-29) :
 * ouverte à 65 ans (dès l'âge légal de la retraite en cas d'inaptitude) ; différentielle entre le montant
 * maximum (personne seule, ou couple dont les deux membres y ont droit) et les ressources du foyer
 * des trois derniers mois, dans la limite du plafond (personne seule ou couple).
 */
public final class Aspa implements Prestation {

    private static final Variable ASPA = Variable.ASPA;

    private final Parametre montantSeul;
    private final Parametre montantCouple;
    private final Parametre plafondSeul;
    private final Parametre plafondCouple;
    private final Parametre ageMinimum;
    private final Parametre ageRetraite;
    private final Parametre tauxInaptitude;
    private final Parametre abattementSeul;
    private final Parametre abattementCouple;
    private final Parametre smic;
    private final Parametre dureeMensuelle;
    private final Aah aah;

    public Aspa(Socle socle) {
        Legislation l = socle.legislation();
        montantSeul = l.parametre("minima_sociaux.aspa.montant_maximum_personne_seule");
        montantCouple = l.parametre("minima_sociaux.aspa.montant_maximum_couple");
        plafondSeul = l.parametre("minima_sociaux.aspa.plafond_personne_seule");
        plafondCouple = l.parametre("minima_sociaux.aspa.plafond_couple");
        ageMinimum = l.parametre("minima_sociaux.aspa.age_minimum");
        ageRetraite = l.parametre("minima_sociaux.age_legal_retraite");
        tauxInaptitude = l.parametre("minima_sociaux.aspa.taux_incapacite_inaptitude");
        abattementSeul = l.parametre("minima_sociaux.aspa.abattement_activite_personne_seule");
        abattementCouple = l.parametre("minima_sociaux.aspa.abattement_activite_couple");
        smic = l.parametre("marche_travail.smic_horaire_brut");
        dureeMensuelle = l.parametre("marche_travail.duree_legale_mensuelle");
        aah = new Aah(socle);
    }

    @Override
    public Variable[] variables() {
        return new Variable[] {ASPA};
    }

    @Override
    public void calculer(Contexte contexte) {
        contexte.resultats().set(ASPA, montant(contexte, contexte.mois(), contexte.trace()));
    }

    /**
     * Un parent peut-il avoir droit à l'ASPA dans l'année qui vient ou vient de passer ? Test bon marché qui évite
     * de recalculer l'ASPA des mois du trimestre pour les foyers qui en sont loin.
     */
    public boolean envisageable(Contexte contexte) {
        int seuil = (int) Math.min(ageMinimum.a(contexte.mois()), ageRetraite.a(contexte.mois())) - 1;
        for (int i = 0; i < contexte.famille().parents.taille(); i++) {
            if (contexte.age(contexte.parent(i)) >= seuil) {
                return true;
            }
        }
        return false;
    }

    /** L'ASPA du foyer pour un autre mois que celui du calcul (la prime d'activité lit celle de chaque mois du trimestre). */
    public double montantDuMois(Contexte contexte, Mois mois) {
        return montant(contexte, mois, Trace.AUCUNE);
    }

    /** Nombre de parents de la famille qui ont l'âge de l'ASPA (ou de l'ASPA pour inaptitude) au mois donné. */
    public int allocataires(Contexte contexte, Mois mois) {
        int n = 0;
        for (int i = 0; i < contexte.famille().parents.taille(); i++) {
            if (eligible(contexte, contexte.parent(i), mois)) {
                n++;
            }
        }
        return n;
    }

    private boolean eligible(Contexte contexte, int individu, Mois mois) {
        int age = contexte.situation().age(individu, mois.annee(), mois.mois(), 1);
        Individu p = contexte.situation().individu(individu);
        return age >= ageMinimum.a(mois)
                || (age >= ageRetraite.a(mois) && p.tauxIncapacite > tauxInaptitude.a(mois));
    }

    private double montant(Contexte contexte, Mois mois, Trace trace) {
        int parents = contexte.famille().parents.taille();
        boolean couple = parents >= 2;
        int allocataires = 0;
        int plusAge = 0;
        for (int i = 0; i < parents; i++) {
            int p = contexte.parent(i);
            if (trace.active()) {
                plusAge = Math.max(plusAge, contexte.situation().age(p, mois.annee(), mois.mois(), 1));
            }
            if (eligible(contexte, p, mois)) {
                allocataires++;
            }
        }
        if (trace.active()) {
            int ageMin = (int) ageMinimum.a(mois);
            trace.condition(ASPA, "age", allocataires > 0, allocataires > 0
                    ? (allocataires == 2 ? "Vous avez tous les deux l'âge de l'ASPA" : "Vous avez l'âge de l'ASPA (" + ageMin + " ans, ou l'âge légal de la retraite en cas d'inaptitude)")
                    : "Vous avez " + plusAge + " ans : l'ASPA est ouverte à " + ageMin + " ans, ou dès l'âge légal de la retraite ("
                            + (int) ageRetraite.a(mois) + " ans) en cas d'inaptitude au travail");
        }
        if (allocataires == 0) {
            return 0;
        }
        Situation s = contexte.situation();
        int fin = s.indice(mois);
        double smicMensuel = smic.a(mois) * dureeMensuelle.a(mois);
        double abattement = (couple ? abattementCouple.a(mois) : abattementSeul.a(mois)) * smicMensuel;
        double salaires = 0;
        double autres = 0;
        double aahConjoint = 0;
        for (int i = 0; i < parents; i++) {
            int p = contexte.parent(i);
            Individu ind = s.individu(p);
            if (!eligible(contexte, p, mois)) {
                // L'AAH perçue pendant les trois derniers mois par le conjoint qui n'a pas droit à l'ASPA compte
                // dans les ressources du couple.
                for (int k = 1; k <= 3; k++) {
                    aahConjoint += aah.individuelle(contexte, p, mois.moins(k), Trace.AUCUNE) / 3;
                }
            }
            for (int k = 1; k <= 3; k++) {
                salaires += ind.salaireDeBase[fin - k];
                autres += ind.retraiteBrute[fin - k] + ind.chomageBrut[fin - k] + ind.pensionsAlimentairesPercues[fin - k];
            }
        }
        // L'abattement s'applique aux revenus professionnels du trimestre (R815-29).
        double salairesRetenus = Math.max(0, salaires - abattement) / 3;
        double ressources = salairesRetenus + autres / 3 + aahConjoint;
        double maximum = (allocataires == 2 ? montantCouple.a(mois) : montantSeul.a(mois)) / 12;
        double plafond = (couple ? plafondCouple.a(mois) : plafondSeul.a(mois)) / 12;
        double aspa = Math.min(maximum, plafond - ressources);
        if (trace.active()) {
            trace.etape(ASPA, "Montant maximum " + (allocataires == 2 ? "pour un couple d'allocataires" : "pour un allocataire"), maximum);
            trace.etape(ASPA, "Revenus d'activité des 3 derniers mois (moyenne mensuelle, après abattement trimestriel de " + Montants.euros(abattement) + ")", salairesRetenus);
            trace.etape(ASPA, "Pensions et autres ressources des 3 derniers mois (moyenne mensuelle)", autres / 3 + aahConjoint);
            trace.etape(ASPA, "Plafond de ressources mensuel " + (couple ? "d'un couple" : "d'une personne seule"), plafond);
            trace.condition(ASPA, "ressources", aspa > 0, aspa > 0
                    ? "Vos ressources (" + Montants.euros(ressources) + " par mois) sont inférieures au plafond (" + Montants.euros(plafond) + ")"
                    : "Vos ressources (" + Montants.euros(ressources) + " par mois) dépassent le plafond (" + Montants.euros(plafond) + ")");
        }
        if (aspa <= 0) {
            return 0;
        }
        aspa = Montants.auCentime(aspa);
        if (trace.active()) {
            trace.etape(ASPA, "ASPA du mois", aspa);
        }
        return aspa;
    }
}
