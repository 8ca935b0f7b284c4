package fr.passerelle.moteur.revenus;

import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.legislation.Parametre;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Fenetre;
import fr.passerelle.moteur.situation.Situation;

/**
 * Le taux de CSG déductible sur les pensions selon le revenu fiscal de référence (art. L136-8, III CSS) :
 * exonération, taux réduit (3,8 %), taux médian (6,6 % dont 4,2 % déductibles) ou taux normal (8,3 % dont
 * 5,9 % déductibles), d'après le RFR de l'avant-dernière année et le nombre de parts du foyer fiscal.
 * Quand l'avant-dernière année précède la fenêtre de la situation, la situation ne lui donne aucun revenu : comme
 * dans le format de situation OpenFisca, où une période absente prend la valeur par défaut de la variable (0), son
 * RFR est nul et les pensions sont exonérées (L136-8, III, 1°). Le moteur n'invente pas de revenus pour une année
 * que la situation ne décrit pas.
 * La règle de lissage (changement de taux après deux années de franchissement) n'est pas modélisée.
 */
public final class CsgPensions {

    private final Fiscalite fiscalite;
    private final Parametre tauxNormal;
    private final Parametre tauxMedian;
    private final Parametre tauxReduit;
    private final Parametre exonerationPremierePart;
    private final Parametre exonerationDemiPart;
    private final Parametre reduitPremierePart;
    private final Parametre reduitDemiPart;
    private final Parametre medianPremierePart;
    private final Parametre medianDemiPart;

    public CsgPensions(Legislation l, Fiscalite fiscalite) {
        this.fiscalite = fiscalite;
        String p = "prelevements_sociaux.csg.remplacement.";
        tauxNormal = l.parametre(p + "pensions_deductible");
        tauxMedian = l.parametre(p + "pensions_deductible_taux_median");
        tauxReduit = l.parametre(p + "pensions_deductible_taux_reduit");
        exonerationPremierePart = l.parametre(p + "seuil_exoneration_premiere_part");
        exonerationDemiPart = l.parametre(p + "seuil_exoneration_demi_part");
        reduitPremierePart = l.parametre(p + "seuil_taux_reduit_premiere_part");
        reduitDemiPart = l.parametre(p + "seuil_taux_reduit_demi_part");
        medianPremierePart = l.parametre(p + "seuil_taux_median_premiere_part");
        medianDemiPart = l.parametre(p + "seuil_taux_median_demi_part");
    }

    /** Taux de CSG déductible sur les pensions de {@code individu} versées en {@code annee}. */
    public double tauxDeductible(Situation s, int individu, int annee) {
        int foyer = s.individu(individu).foyerFiscal;
        if (foyer < 0) {
            return tauxNormal.auMois(annee, 1);
        }
        int anneeRfr = anneeDuRevenuFiscal(s, annee);
        return tauxDeductible(annee, revenuFiscalQuiFixeLeTaux(s, foyer, annee), fiscalite.nombreDeParts(s, foyer, anneeRfr));
    }

    /**
     * Le RFR qui fixe le taux des pensions de {@code annee} : celui de l'avant-dernière année, nul quand cette année
     * précède la fenêtre de la situation (aucun revenu déclaré pour elle).
     */
    public double revenuFiscalQuiFixeLeTaux(Situation s, int foyer, int annee) {
        return rfrConnu(s, annee) ? fiscalite.revenuFiscalDeReference(s, foyer, annee - 2) : 0;
    }

    /** Vrai si l'avant-dernière année de {@code annee} est dans la fenêtre de la situation. */
    public static boolean rfrConnu(Situation s, int annee) {
        return annee - 2 >= Fenetre.premierMois(s.mois).annee();
    }

    /**
     * L'année dont on lit le nombre de parts pour les seuils des pensions de {@code annee} : N-2, ou la plus ancienne
     * année de la fenêtre (sans effet quand le RFR est nul : l'exonération ne dépend pas des parts).
     */
    public static int anneeDuRevenuFiscal(Situation s, int annee) {
        return Math.max(annee - 2, Fenetre.premierMois(s.mois).annee());
    }

    /** Taux de CSG déductible des pensions de {@code annee} pour un RFR et un nombre de parts donnés. */
    public double tauxDeductible(int annee, double rfr, double parts) {
        double demiParts = (parts - 1) * 2;
        if (rfr <= exonerationPremierePart.auMois(annee, 1) + demiParts * exonerationDemiPart.auMois(annee, 1)) {
            return 0;
        }
        if (rfr <= reduitPremierePart.auMois(annee, 1) + demiParts * reduitDemiPart.auMois(annee, 1)) {
            return tauxReduit.auMois(annee, 1);
        }
        // Taux médian : RFR « inférieur à » son seuil (L136-8, III, 2°) ; un RFR égal au seuil relève du taux normal.
        if (rfr < medianPremierePart.auMois(annee, 1) + demiParts * medianDemiPart.auMois(annee, 1)) {
            return tauxMedian.auMois(annee, 1);
        }
        return tauxNormal.auMois(annee, 1);
    }

    /** Les taux de CSG déductible possibles en {@code annee}, du plus bas au plus haut : exonération, réduit, médian, normal. */
    public double[] tauxPossibles(int annee) {
        return new double[] {0, tauxReduit.auMois(annee, 1), tauxMedian.auMois(annee, 1), tauxNormal.auMois(annee, 1)};
    }

    /** Pension imposable du mois : la brute moins la CSG déductible au taux de l'année. */
    public double retraiteImposable(Situation s, int individu, Mois mois, double tauxDeductible) {
        double brute = s.individu(individu).retraiteBrute[s.indice(mois)];
        return brute - brute * tauxDeductible;
    }
}
