package fr.passerelle.moteur.revenus;

import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.legislation.Parametre;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Fenetre;
import fr.passerelle.moteur.situation.FoyerFiscal;
import fr.passerelle.moteur.situation.Individu;
import fr.passerelle.moteur.situation.Situation;

import java.time.LocalDate;

/**
 * Impôt sur le revenu, en ce que les prestations en lisent : revenus catégoriels nets (après la déduction
 * de 10 % pour frais professionnels et l'abattement de 10 % sur les pensions), revenu fiscal de référence,
 * nombre de parts. Montants annuels d'une année civile de revenus ; les paramètres sont ceux de cette année
 * (date d'effet au 1er janvier de l'année des revenus).
 */
public final class Fiscalite {

    private final Revenus revenus;
    private final CsgPensions csgPensions;
    private final Parametre tauxDeduction;
    private final Parametre minimumDeduction;
    private final Parametre maximumDeduction;
    private final Parametre tauxAbattementPensions;
    private final Parametre minimumAbattementPensions;
    private final Parametre maximumAbattementPensions;
    private final Parametre ageAbattementPersonnesAgees;
    private final Parametre montantPleinPersonnesAgees;
    private final Parametre plafondPleinPersonnesAgees;
    private final Parametre montantReduitPersonnesAgees;
    private final Parametre plafondReduitPersonnesAgees;
    private final Parametre partParDeclarant;
    private final Parametre partEnfantsRang1Et2;
    private final Parametre partEnfantsRang3EtPlus;
    private final Parametre majorationParentIsole;

    public Fiscalite(Legislation legislation, Revenus revenus) {
        this.revenus = revenus;
        this.csgPensions = new CsgPensions(legislation, this);
        tauxDeduction = legislation.parametre("impot_revenu.deduction_frais_professionnels.taux");
        minimumDeduction = legislation.parametre("impot_revenu.deduction_frais_professionnels.minimum");
        maximumDeduction = legislation.parametre("impot_revenu.deduction_frais_professionnels.maximum");
        tauxAbattementPensions = legislation.parametre("impot_revenu.abattement_pensions.taux");
        minimumAbattementPensions = legislation.parametre("impot_revenu.abattement_pensions.minimum");
        maximumAbattementPensions = legislation.parametre("impot_revenu.abattement_pensions.maximum");
        ageAbattementPersonnesAgees = legislation.parametre("impot_revenu.abattement_personnes_agees.age");
        montantPleinPersonnesAgees = legislation.parametre("impot_revenu.abattement_personnes_agees.montant_plein");
        plafondPleinPersonnesAgees = legislation.parametre("impot_revenu.abattement_personnes_agees.plafond_plein");
        montantReduitPersonnesAgees = legislation.parametre("impot_revenu.abattement_personnes_agees.montant_reduit");
        plafondReduitPersonnesAgees = legislation.parametre("impot_revenu.abattement_personnes_agees.plafond_reduit");
        partParDeclarant = legislation.parametre("impot_revenu.quotient_familial.part_par_declarant");
        partEnfantsRang1Et2 = legislation.parametre("impot_revenu.quotient_familial.part_enfant_rang_1_2");
        partEnfantsRang3EtPlus = legislation.parametre("impot_revenu.quotient_familial.part_enfant_rang_3_et_plus");
        majorationParentIsole = legislation.parametre("impot_revenu.quotient_familial.majoration_parent_isole");
    }

    private static LocalDate revenusDe(int annee) {
        return LocalDate.of(annee, 1, 1);
    }

    /** Salaires imposables et allocations de chômage imposables de l'année. */
    public double salairesEtChomageImposables(Situation s, int individu, int annee) {
        int a = Fenetre.indiceAnnee(s.mois, annee);
        double[] memo = s.individu(individu).memoSalairesEtChomageImposables;
        if (a >= 0 && !Double.isNaN(memo[a])) {
            return memo[a];
        }
        double total = 0;
        if (a >= 0 && revenus.salaireImposableStableSurLAnnee(s, individu, annee)) {
            // Le salaire imposable de janvier vaut pour chaque mois : mêmes termes, même ordre que la boucle ci-dessous.
            double salaire = revenus.salaireImposable(s, individu, Mois.de(annee, 1));
            for (int m = 1; m <= 12; m++) {
                total += salaire + revenus.chomageImposable(s, individu, Mois.de(annee, m));
            }
        } else {
            for (int m = 1; m <= 12; m++) {
                Mois mois = Mois.de(annee, m);
                total += revenus.salaireImposable(s, individu, mois) + revenus.chomageImposable(s, individu, mois);
            }
        }
        if (a >= 0) {
            memo[a] = total;
        }
        return total;
    }

    /** Traitements, salaires et chômage après la déduction forfaitaire de 10 % (avec son minimum et son plafond). */
    public double revenuNetCategorielSalaires(Situation s, int individu, int annee) {
        double imposables = salairesEtChomageImposables(s, individu, annee);
        if (imposables <= 0) {
            return 0;
        }
        LocalDate date = revenusDe(annee);
        double deduction = Math.min(Math.max(imposables * tauxDeduction.a(date), minimumDeduction.a(date)), maximumDeduction.a(date));
        return Math.max(0, imposables - Math.min(deduction, imposables));
    }

    /**
     * Pensions imposables de l'année : les brutes moins la CSG déductible, au taux que fixe le revenu fiscal de
     * référence de l'avant-dernière année (CSS art. L136-8, III ; voir {@link CsgPensions}).
     */
    public double pensionsImposables(Situation s, int individu, int annee) {
        double brutes = pensionsBrutes(s, individu, annee);
        if (brutes <= 0) {
            return 0;
        }
        return brutes - brutes * tauxCsgDeductiblePensions(s, individu, annee);
    }

    private double pensionsBrutes(Situation s, int individu, int annee) {
        double total = 0;
        for (int m = 1; m <= 12; m++) {
            total += revenus.retraiteBrute(s, individu, Mois.de(annee, m));
        }
        return total;
    }

    /**
     * Le taux de CSG déductible des pensions de {@code annee}, que fixe le RFR de l'avant-dernière année (CSS
     * L136-8, III). Quand cette année précède la fenêtre de la situation, aucun revenu ne lui est déclaré : RFR nul,
     * pensions exonérées (voir {@link CsgPensions}).
     */
    public double tauxCsgDeductiblePensions(Situation s, int individu, int annee) {
        int foyer = s.individu(individu).foyerFiscal;
        if (foyer < 0) {
            return csgPensions.tauxDeductible(annee, Double.MAX_VALUE, 1);
        }
        int a = Fenetre.indiceAnnee(s.mois, annee);
        double[] memo = s.foyer(foyer).memoTauxCsgPensions;
        if (a >= 0 && !Double.isNaN(memo[a])) {
            return memo[a];
        }
        int anneeRfr = CsgPensions.anneeDuRevenuFiscal(s, annee);
        double taux = csgPensions.tauxDeductible(annee, csgPensions.revenuFiscalQuiFixeLeTaux(s, foyer, annee), nombreDeParts(s, foyer, anneeRfr));
        if (a >= 0) {
            memo[a] = taux;
        }
        return taux;
    }

    /**
     * Pensions après l'abattement de 10 % : minimum par pensionné, plafond par foyer fiscal ; quand le plafond
     * joue, chaque pensionné garde la part de l'abattement du foyer qui correspond à la sienne.
     */
    public double revenuNetCategorielPensions(Situation s, int individu, int annee) {
        double pensions = pensionsImposables(s, individu, annee);
        if (pensions <= 0) {
            return 0;
        }
        double abattement = abattementPensionsIndividuel(pensions, annee);
        int foyer = s.individu(individu).foyerFiscal;
        if (foyer >= 0) {
            double totalFoyer = 0;
            FoyerFiscal f = s.foyer(foyer);
            for (int i = 0; i < f.declarants.taille(); i++) {
                totalFoyer += abattementPensionsIndividuel(pensionsImposables(s, f.declarants.get(i), annee), annee);
            }
            for (int i = 0; i < f.personnesACharge.taille(); i++) {
                totalFoyer += abattementPensionsIndividuel(pensionsImposables(s, f.personnesACharge.get(i), annee), annee);
            }
            double plafond = maximumAbattementPensions.a(revenusDe(annee));
            if (totalFoyer > plafond) {
                abattement = abattement * plafond / totalFoyer;
            }
        } else {
            abattement = Math.min(abattement, maximumAbattementPensions.a(revenusDe(annee)));
        }
        return pensions - abattement;
    }

    private double abattementPensionsIndividuel(double pensions, int annee) {
        if (pensions <= 0) {
            return 0;
        }
        LocalDate date = revenusDe(annee);
        return Math.min(pensions, Math.max(pensions * tauxAbattementPensions.a(date), minimumAbattementPensions.a(date)));
    }

    public double revenuNetCategoriel(Situation s, int individu, int annee) {
        int a = Fenetre.indiceAnnee(s.mois, annee);
        double[] memo = s.individu(individu).memoRevenuNetCategoriel;
        if (a >= 0 && !Double.isNaN(memo[a])) {
            return memo[a];
        }
        double v = revenuNetCategorielSalaires(s, individu, annee) + revenuNetCategorielPensions(s, individu, annee);
        if (a >= 0) {
            memo[a] = v;
        }
        return v;
    }

    /** Revenu net global du foyer : les revenus catégoriels nets des déclarants et des personnes à charge. */
    public double revenuNetGlobal(Situation s, int foyer, int annee) {
        FoyerFiscal f = s.foyer(foyer);
        double total = 0;
        for (int i = 0; i < f.declarants.taille(); i++) {
            total += revenuNetCategoriel(s, f.declarants.get(i), annee);
        }
        for (int i = 0; i < f.personnesACharge.taille(); i++) {
            total += revenuNetCategoriel(s, f.personnesACharge.get(i), annee);
        }
        return total;
    }

    /** Abattement spécial des déclarants de 65 ans ou plus au 31 décembre de l'année des revenus (CGI art. 157 bis). */
    public double abattementPersonnesAgees(Situation s, int foyer, int annee, double revenuNetGlobal) {
        LocalDate date = revenusDe(annee);
        double parPersonne;
        if (revenuNetGlobal <= plafondPleinPersonnesAgees.a(date)) {
            parPersonne = montantPleinPersonnesAgees.a(date);
        } else if (revenuNetGlobal <= plafondReduitPersonnesAgees.a(date)) {
            parPersonne = montantReduitPersonnesAgees.a(date);
        } else {
            return 0;
        }
        int age = (int) ageAbattementPersonnesAgees.a(date);
        FoyerFiscal f = s.foyer(foyer);
        int beneficiaires = 0;
        for (int i = 0; i < f.declarants.taille(); i++) {
            if (s.age(f.declarants.get(i), annee, 12, 31) >= age) {
                beneficiaires++;
            }
        }
        return Math.min(revenuNetGlobal, beneficiaires * parPersonne);
    }

    /** Revenu fiscal de référence du foyer fiscal {@code foyer} pour les revenus de l'année {@code annee}. */
    public double revenuFiscalDeReference(Situation s, int foyer, int annee) {
        int a = Fenetre.indiceAnnee(s.mois, annee);
        double[] memo = s.foyer(foyer).memoRevenuFiscalDeReference;
        if (a >= 0 && !Double.isNaN(memo[a])) {
            return memo[a];
        }
        double rng = revenuNetGlobal(s, foyer, annee);
        double rfr = Math.max(0, rng - abattementPersonnesAgees(s, foyer, annee, rng));
        if (a >= 0) {
            memo[a] = rfr;
        }
        return rfr;
    }

    /**
     * Parts de quotient familial : une par déclarant, une demie pour chacun des deux premiers enfants à charge,
     * une entière à partir du troisième, une demie de plus pour le parent qui vit seul avec ses enfants.
     * Les demi-parts liées à l'invalidité, aux anciens combattants ou à la garde alternée ne sont pas lues.
     */
    public double nombreDeParts(Situation s, int foyer, int annee) {
        LocalDate date = revenusDe(annee);
        FoyerFiscal f = s.foyer(foyer);
        int declarants = f.declarants.taille();
        int enfants = f.personnesACharge.taille();
        double parts = declarants * partParDeclarant.a(date)
                + Math.min(enfants, 2) * partEnfantsRang1Et2.a(date)
                + Math.max(0, enfants - 2) * partEnfantsRang3EtPlus.a(date);
        if (declarants == 1 && enfants > 0 && vitSeul(s, f.declarants.get(0))) {
            parts += majorationParentIsole.a(date);
        }
        return parts;
    }

    private static boolean vitSeul(Situation s, int declarant) {
        Individu p = s.individu(declarant);
        if (p.famille < 0) {
            return true;
        }
        return s.famille(p.famille).parents.taille() < 2;
    }
}
