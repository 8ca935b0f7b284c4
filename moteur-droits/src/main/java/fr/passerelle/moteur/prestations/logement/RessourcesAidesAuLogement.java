package fr.passerelle.moteur.prestations.logement;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.calcul.Montants;
import fr.passerelle.moteur.calcul.Trace;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.legislation.Parametre;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.prestations.minima.RessourcesDuFoyer;
import fr.passerelle.moteur.revenus.CsgPensions;
import fr.passerelle.moteur.revenus.Fiscalite;
import fr.passerelle.moteur.revenus.Revenus;
import fr.passerelle.moteur.situation.Activite;
import fr.passerelle.moteur.situation.Famille;
import fr.passerelle.moteur.situation.Individu;
import fr.passerelle.moteur.situation.Situation;


/**
 * Les ressources R des aides au logement (art. R. 822-3 à R. 822-19 CCH, dans leur rédaction issue du décret
 * n° 2019-1574 du 30 décembre 2019 : ressources « contemporaines » depuis le 1er janvier 2021).
 * Ce sont les revenus imposables des douze mois qui précèdent l'avant-dernier mois civil (de M-13 à M-2 pour
 * le mois M), du demandeur et de son conjoint : salaires et chômage après la déduction de 10 % pour frais
 * professionnels, pensions (imposables : CSG déductible au taux que fixe le RFR, voir {@link CsgPensions}) et pensions alimentaires reçues après l'abattement de 10 %. Le total est arrondi
 * à la centaine d'euros supérieure. L'étudiant de moins de 28 ans se voit appliquer un forfait (art. R. 822-19).
 */
final class RessourcesAidesAuLogement {

    /** Les douze mois de référence s'arrêtent au mois M-2. */
    static final int DECALAGE = 2;

    private final Revenus revenus;
    private final CsgPensions csgPensions;
    private final Fiscalite fiscalite;
    private final Parametre tauxDeduction;
    private final Parametre minimumDeduction;
    private final Parametre maximumDeduction;
    private final Parametre tauxAbattementPensions;
    private final Parametre minimumAbattementPensions;
    private final Parametre forfaitEtudiant;
    private final Parametre ageMaximumEtudiant;

    RessourcesAidesAuLogement(Legislation l, Revenus revenus, Fiscalite fiscalite) {
        this.revenus = revenus;
        this.csgPensions = new CsgPensions(l, fiscalite);
        this.fiscalite = fiscalite;
        tauxDeduction = l.parametre("impot_revenu.deduction_frais_professionnels.taux");
        minimumDeduction = l.parametre("impot_revenu.deduction_frais_professionnels.minimum");
        maximumDeduction = l.parametre("impot_revenu.deduction_frais_professionnels.maximum");
        tauxAbattementPensions = l.parametre("impot_revenu.abattement_pensions.taux");
        minimumAbattementPensions = l.parametre("impot_revenu.abattement_pensions.minimum");
        forfaitEtudiant = l.parametre("aides_logement.ressources.forfait_etudiant");
        ageMaximumEtudiant = l.parametre("aides_logement.ressources.age_maximum_etudiant");
    }

    /** Le demandeur (premier parent) est-il, au mois de l'aide, un étudiant à qui s'applique le forfait de ressources ? */
    boolean etudiant(Contexte c, Mois mois) {
        int demandeur = c.parent(0);
        return c.situation().individu(demandeur).activite == Activite.ETUDIANT
                && c.age(demandeur, mois) < ageMaximumEtudiant.a(mois);
    }

    /**
     * Minorant bon marché des ressources annuelles R (sans calculer de salaire imposable), pour écarter vite, sans
     * explication, un foyer dont les seuls salaires rendent l'aide nulle : au moins la part minimale du brut qui reste
     * en net ({@link RessourcesDuFoyer#NET_MINIMAL_DU_BRUT}, le salaire imposable est plus grand que le net) des
     * salaires bruts des 12 mois retenus, moins la déduction forfaitaire maximale (et un euro pour ses arrondis).
     * Faux pour l'étudiant, dont les ressources sont un forfait : {@code 0} alors.
     */
    double minorant(Contexte c, Mois mois) {
        if (etudiant(c, mois)) {
            return 0;
        }
        Situation s = c.situation();
        Famille famille = c.famille();
        int debut = s.indice(mois);
        double deductionMaximale = maximumDeduction.auMois(mois.annee() - 1, 1) + 1;
        double total = 0;
        for (int p = 0; p < famille.parents.taille(); p++) {
            Individu personne = s.individu(famille.parents.get(p));
            double bruts = 0;
            for (int i = DECALAGE; i < 12 + DECALAGE; i++) {
                bruts += Math.max(0, personne.salaireDeBase[debut - i]);
            }
            total += Math.max(0, RessourcesDuFoyer.NET_MINIMAL_DU_BRUT * bruts - deductionMaximale);
        }
        return total - 1;
    }

    /** Ressources annuelles R de l'aide du mois donné, arrondies à la centaine d'euros supérieure. */
    double annuelles(Contexte c, Mois mois, Trace trace) {
        if (etudiant(c, mois)) {
            double forfait = forfaitEtudiant.a(mois);
            if (trace.active()) {
                trace.etape(Variable.AIDE_LOGEMENT, "Forfait de ressources de l'étudiant de moins de "
                        + (int) ageMaximumEtudiant.a(mois) + " ans (au lieu de ses revenus)", forfait);
            }
            return forfait;
        }
        Famille famille = c.famille();
        double total = 0;
        for (int p = 0; p < famille.parents.taille(); p++) {
            total += ressourcesIndividuelles(c, mois, trace, famille.parents.get(p));
        }
        double arrondi = Math.ceil(Montants.auCentime(total) / 100) * 100;
        if (trace.active()) {
            trace.etape(Variable.AIDE_LOGEMENT, "Ressources des 12 mois de " + mois.moins(11 + DECALAGE)
                    + " à " + mois.moins(DECALAGE) + " (arrondies à la centaine supérieure)", arrondi);
        }
        return arrondi;
    }

    private double ressourcesIndividuelles(Contexte c, Mois mois, Trace trace, int individu) {
        Situation s = c.situation();
        double salaires = 0;
        double pensions = 0;
        Individu personne = s.individu(individu);
        int foyer = personne.foyerFiscal;
        int anneeDuTaux = -1;
        double tauxCsg = 0;
        int anneeDuRfr = -1;
        double parts = 1;
        int debut = s.indice(mois);
        // Le salaire imposable du mois suivant (celui de l'itération précédente, les mois allant à rebours), s'il a été lu.
        double salaireDuMoisSuivant = 0;
        boolean moisSuivantLu = false;
        for (int i = DECALAGE; i < 12 + DECALAGE; i++) {
            int k = debut - i;
            double brut = personne.salaireDeBase[k];
            double chomage = personne.chomageBrut[k];
            int anneeDuMois = mois.annee() + Math.floorDiv(mois.mois() - 1 - i, 12);
            if (brut != 0 || chomage != 0) {
                Mois m = mois.moins(i);
                // Même brut que le mois suivant et même barème : même salaire imposable, sans le relire.
                double salaire = moisSuivantLu && brut == personne.salaireDeBase[k + 1] && !revenus.baremeDuSalaireChange(mois.moins(i - 1))
                        ? salaireDuMoisSuivant : revenus.salaireImposable(s, individu, m);
                salaires += salaire + revenus.chomageImposable(s, individu, m);
                salaireDuMoisSuivant = salaire;
                moisSuivantLu = true;
            } else {
                moisSuivantLu = false;
            }
            double retraite = personne.retraiteBrute[k];
            if (retraite > 0) {
                if (anneeDuMois != anneeDuTaux) {
                    anneeDuTaux = anneeDuMois;
                    if (foyer >= 0) {
                        int anneeRfr = CsgPensions.anneeDuRevenuFiscal(s, anneeDuMois);
                        if (anneeRfr != anneeDuRfr) {
                            anneeDuRfr = anneeRfr;
                            parts = fiscalite.nombreDeParts(s, foyer, anneeRfr);
                        }
                        double rfr = csgPensions.revenuFiscalQuiFixeLeTaux(s, foyer, anneeDuMois);
                        tauxCsg = csgPensions.tauxDeductible(anneeDuMois, rfr, parts);
                    } else {
                        tauxCsg = csgPensions.tauxDeductible(s, individu, anneeDuMois);
                    }
                }
                pensions += retraite - retraite * tauxCsg;
            }
        }
        // Les pensions alimentaires reçues sont celles de l'année civile précédente (indices de la fenêtre).
        int janvierPrecedent = debut - (mois.mois() - 1) - 12;
        for (int m = 0; m < 12; m++) {
            pensions += personne.pensionsAlimentairesPercues[janvierPrecedent + m];
        }
        double salairesNets = 0;
        if (salaires > 0) {
            int revenusDe = mois.annee() - 1;
            double deduction = Math.rint(Math.min(Math.max(salaires * tauxDeduction.auMois(revenusDe, 1),
                    minimumDeduction.auMois(revenusDe, 1)), maximumDeduction.auMois(revenusDe, 1)));
            salairesNets = Math.max(0, salaires - deduction);
        }
        double pensionsNettes = 0;
        if (pensions > 0) {
            double abattement = Math.rint(Math.max(pensions * tauxAbattementPensions.a(mois), minimumAbattementPensions.a(mois)));
            pensionsNettes = Math.max(0, pensions - abattement);
        }
        if (trace.active()) {
            if (salaires > 0) {
                trace.etape(Variable.AIDE_LOGEMENT, "Salaires et chômage imposables de " + personne.id
                        + " sur 12 mois, après la déduction de 10 % pour frais professionnels", salairesNets);
            }
            if (pensions > 0) {
                trace.etape(Variable.AIDE_LOGEMENT, "Pensions imposables de " + personne.id
                        + " sur 12 mois, après l'abattement de 10 %", pensionsNettes);
            }
        }
        return salairesNets + pensionsNettes;
    }
}
