package fr.passerelle.moteur.prestations.education;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.calcul.Prestation;
import fr.passerelle.moteur.calcul.Socle;
import fr.passerelle.moteur.calcul.Trace;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.legislation.Bareme;
import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.legislation.Parametre;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.revenus.Fiscalite;
import fr.passerelle.moteur.situation.Famille;
import fr.passerelle.moteur.situation.Scolarite;
import fr.passerelle.moteur.situation.Situation;

import static fr.passerelle.moteur.calcul.Montants.euros;

/**
 * Bourses nationales de collège (Code de l'éducation, R531-1 et suivants, D531-1 à D531-8 ; 3 échelons) et de lycée
 * (D531-19 et suivants ; 6 échelons). L'échelon dépend du revenu fiscal de référence de la famille comparé à des
 * plafonds fonction du nombre d'enfants à charge, exprimés en SMIC horaires bruts (SMIC au 1er juillet de l'année
 * des revenus) ; le montant annuel par élève est une part de la BMAF au 1er janvier, arrondie au multiple de 3 €
 * (versement par trimestre). Revenus retenus : ceux de l'année qui précède la rentrée scolaire (N-2 de janvier à août,
 * N-1 de septembre à décembre).
 */
public final class BoursesScolaires implements Prestation {

    private static final int ECHELONS_COLLEGE = 3;
    private static final int ECHELONS_LYCEE = 6;

    private final Fiscalite fiscalite;
    private final Parametre smicHoraire;
    private final Parametre bmaf;
    private final Bareme[] plafondsCollege = new Bareme[ECHELONS_COLLEGE];
    private final Parametre[] montantsCollege = new Parametre[ECHELONS_COLLEGE];
    private final Bareme[] plafondsLycee = new Bareme[ECHELONS_LYCEE];
    private final Parametre[] montantsLycee = new Parametre[ECHELONS_LYCEE];

    public BoursesScolaires(Socle socle) {
        Legislation l = socle.legislation();
        fiscalite = socle.fiscalite();
        smicHoraire = l.parametre("marche_travail.smic_horaire_brut");
        bmaf = l.parametre("prestations_familiales.bmaf");
        for (int e = 1; e <= ECHELONS_COLLEGE; e++) {
            plafondsCollege[e - 1] = l.bareme("bourses.college.plafond_echelon_" + e);
            montantsCollege[e - 1] = l.parametre("bourses.college.montant_echelon_" + e);
        }
        for (int e = 1; e <= ECHELONS_LYCEE; e++) {
            plafondsLycee[e - 1] = l.bareme("bourses.lycee.plafond_echelon_" + e);
            montantsLycee[e - 1] = l.parametre("bourses.lycee.montant_echelon_" + e);
        }
    }

    @Override
    public Variable[] variables() {
        return new Variable[] {Variable.BOURSE_COLLEGE, Variable.BOURSE_LYCEE};
    }

    @Override
    public void calculer(Contexte contexte) {
        Famille famille = contexte.famille();
        Trace trace = contexte.trace();
        Situation s = contexte.situation();
        int collegiens = 0;
        int lyceens = 0;
        for (int i = 0; i < famille.enfants.taille(); i++) {
            Scolarite sc = s.individu(famille.enfants.get(i)).scolarite;
            if (sc == Scolarite.COLLEGE) {
                collegiens++;
            } else if (sc == Scolarite.LYCEE) {
                lyceens++;
            }
        }
        if (trace.active()) {
            if (collegiens == 0) {
                sansEleve(trace, Variable.BOURSE_COLLEGE, "au collège");
            }
            if (lyceens == 0) {
                sansEleve(trace, Variable.BOURSE_LYCEE, "au lycée");
            }
        }
        if (collegiens == 0 && lyceens == 0) {
            return;
        }
        int foyer = famille.parents.taille() == 0 ? -1 : s.individu(famille.parents.get(0)).foyerFiscal;
        if (foyer < 0) {
            if (trace.active()) {
                String raison = "La famille n'a pas de foyer fiscal : la bourse se calcule sur le revenu fiscal de "
                        + "référence de l'avis d'impôt";
                trace.condition(Variable.BOURSE_COLLEGE, "foyer_fiscal", false, raison);
                trace.condition(Variable.BOURSE_LYCEE, "foyer_fiscal", false, raison);
            }
            return;
        }
        Mois mois = contexte.mois();
        int anneeRevenus = anneeDesRevenus(mois);
        double rfr = fiscalite.revenuFiscalDeReference(s, foyer, anneeRevenus);
        int enfants = famille.enfants.taille();
        Mois juilletRevenus = Mois.de(anneeRevenus, 7);
        double bmafJanvier = bmaf.auMois(mois.annee(), 1);
        if (trace.active()) {
            trace.etape(Variable.BOURSE_COLLEGE, "Revenu fiscal de référence " + anneeRevenus + " de la famille", rfr);
            trace.etape(Variable.BOURSE_LYCEE, "Revenu fiscal de référence " + anneeRevenus + " de la famille", rfr);
        }
        if (collegiens > 0) {
            attribuer(contexte, Variable.BOURSE_COLLEGE, plafondsCollege, montantsCollege, rfr, enfants, collegiens,
                    bmafJanvier, juilletRevenus);
        }
        if (lyceens > 0) {
            attribuer(contexte, Variable.BOURSE_LYCEE, plafondsLycee, montantsLycee, rfr, enfants, lyceens,
                    bmafJanvier, juilletRevenus);
        }
    }

    private static void sansEleve(Trace trace, Variable bourse, String ou) {
        trace.condition(bourse, "eleve", false, "Aucun enfant de la famille n'est " + ou + " cette année scolaire");
    }

    /** L'année des revenus : celle qui précède l'année de la rentrée scolaire en cours. */
    static int anneeDesRevenus(Mois mois) {
        int rentree = mois.mois() >= 9 ? mois.annee() : mois.annee() - 1;
        return rentree - 1;
    }

    /** Échelon de bourse de collège (0 : aucun) pour un revenu fiscal de référence de {@code anneeRevenus}. */
    int echelonCollege(double rfr, int enfants, int anneeRevenus) {
        return echelon(plafondsCollege, rfr, enfants, Mois.de(anneeRevenus, 7));
    }

    /** Échelon de bourse de lycée (0 : aucun) pour un revenu fiscal de référence de {@code anneeRevenus}. */
    int echelonLycee(double rfr, int enfants, int anneeRevenus) {
        return echelon(plafondsLycee, rfr, enfants, Mois.de(anneeRevenus, 7));
    }

    /** Plafond de revenu (en euros, arrondi) d'un échelon : part du barème selon le nombre d'enfants × SMIC horaire. */
    private double plafond(Bareme bareme, int enfants, Mois juilletRevenus) {
        // Barème « seuil strictement dépassé » : avec n enfants, la tranche de seuil n-1.
        return Math.round(bareme.montant(enfants, juilletRevenus) * smicHoraire.auMois(juilletRevenus.annee(), 7));
    }

    /** Le plus haut échelon dont le plafond n'est pas dépassé, 0 si le revenu dépasse le plafond de l'échelon 1. */
    private int echelon(Bareme[] plafonds, double rfr, int enfants, Mois juilletRevenus) {
        for (int e = plafonds.length; e >= 1; e--) {
            if (rfr <= plafond(plafonds[e - 1], enfants, juilletRevenus)) {
                return e;
            }
        }
        return 0;
    }

    private void attribuer(Contexte contexte, Variable variable, Bareme[] plafonds, Parametre[] montants,
                           double rfr, int enfants, int eleves, double bmafJanvier, Mois juilletRevenus) {
        Trace trace = contexte.trace();
        int echelon = echelon(plafonds, rfr, enfants, juilletRevenus);
        if (echelon == 0) {
            if (trace.active()) {
                trace.condition(variable, "revenu_sous_le_plafond", false, "Votre revenu fiscal de référence (" + euros(rfr)
                        + ") dépasse le plafond de la bourse pour " + enfants + (enfants > 1 ? " enfants" : " enfant")
                        + " à charge (" + euros(plafond(plafonds[0], enfants, juilletRevenus)) + ")");
            }
            return;
        }
        double parEleve = Math.round(montants[echelon - 1].a(contexte.mois()) * bmafJanvier / 3) * 3.0;
        contexte.resultats().set(variable, parEleve * eleves);
        if (trace.active()) {
            trace.condition(variable, "revenu_sous_le_plafond", true, "Votre revenu fiscal de référence (" + euros(rfr)
                    + ") ne dépasse pas le plafond de l'échelon " + echelon + " pour " + enfants
                    + (enfants > 1 ? " enfants" : " enfant") + " à charge (" + euros(plafond(plafonds[echelon - 1], enfants, juilletRevenus)) + ")");
            trace.etape(variable, "Montant annuel par élève, échelon " + echelon + " (part de la BMAF arrondie au multiple de 3 €)", parEleve);
            trace.etape(variable, "Montant annuel pour " + eleves + (eleves > 1 ? " élèves" : " élève"), parEleve * eleves);
        }
    }
}
