package fr.passerelle.moteur.prestations.logement;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.calcul.Montants;
import fr.passerelle.moteur.calcul.Trace;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.legislation.Parametre;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.revenus.CsgPensions;
import fr.passerelle.moteur.revenus.Fiscalite;
import fr.passerelle.moteur.revenus.Revenus;
import fr.passerelle.moteur.situation.Activite;
import fr.passerelle.moteur.situation.Famille;
import fr.passerelle.moteur.situation.Individu;
import fr.passerelle.moteur.situation.Situation;

import java.time.LocalDate;

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

    /** Le demandeur (premier parent) est-il un étudiant à qui s'applique le forfait de ressources ? */
    boolean etudiant(Contexte c, LocalDate jour) {
        int demandeur = c.parent(0);
        return c.situation().individu(demandeur).activite == Activite.ETUDIANT
                && c.age(demandeur) < ageMaximumEtudiant.a(jour);
    }

    /** Ressources annuelles R, arrondies à la centaine d'euros supérieure. */
    double annuelles(Contexte c, LocalDate jour) {
        Mois mois = c.mois();
        Trace trace = c.trace();
        if (etudiant(c, jour)) {
            double forfait = forfaitEtudiant.a(jour);
            if (trace.active()) {
                trace.etape(Variable.AIDE_LOGEMENT, "Forfait de ressources de l'étudiant de moins de "
                        + (int) ageMaximumEtudiant.a(jour) + " ans (au lieu de ses revenus)", forfait);
            }
            return forfait;
        }
        Famille famille = c.famille();
        double total = 0;
        for (int p = 0; p < famille.parents.taille(); p++) {
            total += ressourcesIndividuelles(c, jour, famille.parents.get(p));
        }
        double arrondi = Math.ceil(Montants.auCentime(total) / 100) * 100;
        if (trace.active()) {
            trace.etape(Variable.AIDE_LOGEMENT, "Ressources des 12 mois de " + mois.moins(11 + DECALAGE)
                    + " à " + mois.moins(DECALAGE) + " (arrondies à la centaine supérieure)", arrondi);
        }
        return arrondi;
    }

    private double ressourcesIndividuelles(Contexte c, LocalDate jour, int individu) {
        Situation s = c.situation();
        Mois mois = c.mois();
        double salaires = 0;
        double pensions = 0;
        Individu personne = s.individu(individu);
        int foyer = personne.foyerFiscal;
        int anneeDuTaux = -1;
        double tauxCsg = 0;
        int anneeDuRfr = -1;
        double rfr = 0;
        double parts = 1;
        int annee = -1;
        double brutPrecedent = -1;
        double chomagePrecedent = -1;
        double imposablePrecedent = 0;
        int debut = s.indice(mois);
        for (int i = DECALAGE; i < 12 + DECALAGE; i++) {
            int k = debut - i;
            double brut = personne.salaireDeBase[k];
            double chomage = personne.chomageBrut[k];
            int anneeDuMois = mois.annee() + Math.floorDiv(mois.mois() - 1 - i, 12);
            if (brut != 0 || chomage != 0) {
                // Les taux de cotisations, de CSG et le plafond de la sécurité sociale changent au 1er janvier :
                // un même salaire brut dans la même année donne le même salaire imposable.
                if (anneeDuMois != annee || brut != brutPrecedent || chomage != chomagePrecedent) {
                    Mois m = mois.moins(i);
                    imposablePrecedent = revenus.salaireImposable(s, individu, m) + revenus.chomageImposable(s, individu, m);
                    annee = anneeDuMois;
                    brutPrecedent = brut;
                    chomagePrecedent = chomage;
                }
                salaires += imposablePrecedent;
            }
            double retraite = personne.retraiteBrute[k];
            if (retraite > 0) {
                if (anneeDuMois != anneeDuTaux) {
                    anneeDuTaux = anneeDuMois;
                    if (foyer >= 0) {
                        int anneeRfr = CsgPensions.anneeDuRevenuFiscal(s, anneeDuMois);
                        if (anneeRfr != anneeDuRfr) {
                            anneeDuRfr = anneeRfr;
                            rfr = fiscalite.revenuFiscalDeReference(s, foyer, anneeRfr);
                            parts = fiscalite.nombreDeParts(s, foyer, anneeRfr);
                        }
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
            LocalDate revenusDe = jour.minusYears(1);
            double deduction = Math.rint(Math.min(Math.max(salaires * tauxDeduction.a(revenusDe), minimumDeduction.a(revenusDe)),
                    maximumDeduction.a(revenusDe)));
            salairesNets = Math.max(0, salaires - deduction);
        }
        double pensionsNettes = 0;
        if (pensions > 0) {
            double abattement = Math.rint(Math.max(pensions * tauxAbattementPensions.a(jour), minimumAbattementPensions.a(jour)));
            pensionsNettes = Math.max(0, pensions - abattement);
        }
        Trace trace = c.trace();
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
