package fr.passerelle.moteur.revenus;

import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.legislation.Parametre;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Individu;
import fr.passerelle.moteur.situation.Situation;

/**
 * Des salaires bruts aux salaires nets et imposables : cotisations salariales d'un salarié du secteur privé
 * non cadre (régime général, AGIRC-ARRCO), CSG et CRDS. Toutes les prestations lisent leurs ressources d'ici.
 */
public final class Revenus {

    private final Parametre pss;
    private final Parametre vieillessePlafonnee;
    private final Parametre vieillesseDeplafonnee;
    private final Parametre complementaireT1;
    private final Parametre complementaireT2;
    private final Parametre cegT1;
    private final Parametre cegT2;
    private final Parametre cet;
    private final Parametre csgDeductible;
    private final Parametre csgNonDeductible;
    private final Parametre abattementCsg;
    private final Parametre crds;
    private final Parametre csgPensionsDeductible;
    private final Parametre csgPensionsNonDeductible;
    private final Parametre casa;
    private final Parametre csgChomageDeductible;
    private final Parametre csgChomageNonDeductible;
    private final Parametre abattementCsgChomage;

    private static final int PREMIER_RANG = 1990 * 12;
    private static final int DERNIER_RANG = 2060 * 12 + 11;
    /** Mois (par rang depuis janvier 1990) où l'un des paramètres du salaire net ou imposable change. */
    private final boolean[] changements = new boolean[DERNIER_RANG - PREMIER_RANG + 1];

    public Revenus(Legislation legislation) {
        pss = legislation.parametre("prelevements_sociaux.plafond_securite_sociale_mensuel");
        vieillessePlafonnee = legislation.parametre("prelevements_sociaux.salaires.vieillesse_plafonnee");
        vieillesseDeplafonnee = legislation.parametre("prelevements_sociaux.salaires.vieillesse_deplafonnee");
        complementaireT1 = legislation.parametre("prelevements_sociaux.salaires.retraite_complementaire_tranche_1");
        complementaireT2 = legislation.parametre("prelevements_sociaux.salaires.retraite_complementaire_tranche_2");
        cegT1 = legislation.parametre("prelevements_sociaux.salaires.contribution_equilibre_general_tranche_1");
        cegT2 = legislation.parametre("prelevements_sociaux.salaires.contribution_equilibre_general_tranche_2");
        cet = legislation.parametre("prelevements_sociaux.salaires.contribution_equilibre_technique");
        csgDeductible = legislation.parametre("prelevements_sociaux.csg.activite_deductible");
        csgNonDeductible = legislation.parametre("prelevements_sociaux.csg.activite_non_deductible");
        abattementCsg = legislation.parametre("prelevements_sociaux.csg.abattement_frais_professionnels");
        crds = legislation.parametre("prelevements_sociaux.crds");
        for (Parametre p : new Parametre[] {pss, vieillessePlafonnee, vieillesseDeplafonnee, complementaireT1, complementaireT2,
                cegT1, cegT2, cet, csgDeductible, csgNonDeductible, abattementCsg, crds}) {
            for (var valeur : p.historique()) {
                int r = valeur.depuis().getYear() * 12 + valeur.depuis().getMonthValue() - 1 - PREMIER_RANG;
                if (r >= 0 && r < changements.length) {
                    changements[r] = true;
                    if (valeur.depuis().getDayOfMonth() != 1 && r + 1 < changements.length) {
                        changements[r + 1] = true;
                    }
                }
            }
        }
        csgPensionsDeductible = legislation.parametre("prelevements_sociaux.csg.remplacement.pensions_deductible");
        csgPensionsNonDeductible = legislation.parametre("prelevements_sociaux.csg.remplacement.pensions_non_deductible");
        casa = legislation.parametre("prelevements_sociaux.casa");
        csgChomageDeductible = legislation.parametre("prelevements_sociaux.csg.remplacement.chomage_deductible");
        csgChomageNonDeductible = legislation.parametre("prelevements_sociaux.csg.remplacement.chomage_non_deductible");
        abattementCsgChomage = legislation.parametre("prelevements_sociaux.csg.remplacement.abattement_chomage");
    }

    public double salaireBrut(Situation s, int individu, Mois mois) {
        return s.individu(individu).salaireDeBase[s.indice(mois)];
    }

    /** Cotisations sociales salariales (hors CSG et CRDS). */
    public double cotisationsSalariales(Situation s, int individu, Mois mois) {
        double brut = salaireBrut(s, individu, mois);
        if (brut <= 0) {
            return 0;
        }
        double plafond = pss.a(mois);
        double tranche1 = Math.min(brut, plafond);
        double tranche2 = Math.max(0, Math.min(brut, 8 * plafond) - plafond);
        double cotisations = tranche1 * (vieillessePlafonnee.a(mois) + complementaireT1.a(mois) + cegT1.a(mois))
                + brut * vieillesseDeplafonnee.a(mois)
                + tranche2 * (complementaireT2.a(mois) + cegT2.a(mois));
        if (brut > plafond) {
            cotisations += Math.min(brut, 8 * plafond) * cet.a(mois);
        }
        return cotisations;
    }

    private double assietteCsg(double brut, Mois mois) {
        double plafond4 = 4 * pss.a(mois);
        double abattement = abattementCsg.a(mois);
        return Math.min(brut, plafond4) * (1 - abattement) + Math.max(0, brut - plafond4);
    }

    public double csgDeductibleSalaire(Situation s, int individu, Mois mois) {
        return assietteCsg(salaireBrut(s, individu, mois), mois) * csgDeductible.a(mois);
    }

    /** CSG non déductible et CRDS : prélevées sur le salaire mais comprises dans le revenu imposable. */
    public double csgCrdsNonDeductibles(Situation s, int individu, Mois mois) {
        return assietteCsg(salaireBrut(s, individu, mois), mois) * (csgNonDeductible.a(mois) + crds.a(mois));
    }

    public double salaireNet(Situation s, int individu, Mois mois) {
        return memorise(s, individu, mois, true);
    }

    public double salaireImposable(Situation s, int individu, Mois mois) {
        return memorise(s, individu, mois, false);
    }

    /** Le salaire net ({@code net}) ou imposable du mois, lu dans la mémoire de la personne ou calculé puis gardé. */
    private double memorise(Situation s, int individu, Mois mois, boolean net) {
        int i = s.indice(mois);
        Individu p = s.individu(individu);
        if (p.salaireDeBase[i] <= 0) {
            return 0; // sans salaire brut, rien à calculer ni à mémoriser
        }
        double[] memo = net ? p.memoSalaireNet : p.memoSalaireImposable;
        double v = memo[i];
        if (Double.isNaN(v)) {
            v = resultatDUnMoisVoisin(p, memo, i, mois);
            if (Double.isNaN(v)) {
                v = net ? calculerSalaireNet(s, individu, mois) : calculerSalaireImposable(s, individu, mois);
            }
            memo[i] = v;
        }
        return v;
    }

    /**
     * Le résultat déjà calculé pour le mois précédent ou le mois suivant, quand ce mois voisin a le même brut et
     * qu'aucun taux ni plafond ne change entre les deux : le calcul serait le même (les revenus d'une situation
     * sont souvent égaux d'un mois à l'autre ; le mois suivant sert quand les mois sont parcourus à rebours,
     * comme les 12 mois de la complémentaire santé ou des aides au logement). NaN si aucun voisin ne convient.
     */
    private double resultatDUnMoisVoisin(Individu p, double[] memo, int i, Mois mois) {
        double brut = p.salaireDeBase[i];
        if (i > 0 && p.salaireDeBase[i - 1] == brut && !Double.isNaN(memo[i - 1]) && !parametresChangent(mois.rang())) {
            return memo[i - 1];
        }
        if (i + 1 < memo.length && p.salaireDeBase[i + 1] == brut && !Double.isNaN(memo[i + 1]) && !parametresChangent(mois.rang() + 1)) {
            return memo[i + 1];
        }
        return Double.NaN;
    }

    /**
     * Vrai quand les douze mois de {@code annee} ont le même salaire imposable que janvier : même salaire brut chaque
     * mois et aucun taux ni plafond qui change de février à décembre (le calcul serait le même chaque mois). L'année
     * doit être dans la fenêtre de la situation.
     */
    public boolean salaireImposableStableSurLAnnee(Situation s, int individu, int annee) {
        double[] bruts = s.individu(individu).salaireDeBase;
        int janvier = s.indice(Mois.de(annee, 1));
        double brut = bruts[janvier];
        int rangJanvier = annee * 12;
        for (int m = 1; m < 12; m++) {
            if (bruts[janvier + m] != brut || parametresChangent(rangJanvier + m)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Un taux ou un plafond du salaire net ou imposable change-t-il au mois {@code mois} ? Sinon, un mois qui a le même
     * salaire brut que le précédent a aussi le même salaire net et le même salaire imposable.
     */
    public boolean baremeDuSalaireChange(Mois mois) {
        return parametresChangent(mois.rang());
    }

    /** Un taux ou un plafond du salaire net ou imposable change-t-il au mois de rang {@code rang} ? */
    private boolean parametresChangent(int rang) {
        int r = rang - PREMIER_RANG;
        return r < 0 || r >= changements.length || changements[r];
    }

    private double calculerSalaireNet(Situation s, int individu, Mois mois) {
        double brut = salaireBrut(s, individu, mois);
        if (brut <= 0) {
            return 0;
        }
        return brut - cotisationsSalariales(s, individu, mois) - csgDeductibleSalaire(s, individu, mois)
                - csgCrdsNonDeductibles(s, individu, mois);
    }

    private double calculerSalaireImposable(Situation s, int individu, Mois mois) {
        double brut = salaireBrut(s, individu, mois);
        if (brut <= 0) {
            return 0;
        }
        return brut - cotisationsSalariales(s, individu, mois) - csgDeductibleSalaire(s, individu, mois);
    }

    /** Somme des salaires nets des {@code nombre} mois qui précèdent {@code mois} (exclu). */
    public double salaireNetDesMoisPrecedents(Situation s, int individu, Mois mois, int nombre) {
        double total = 0;
        for (int i = 1; i <= nombre; i++) {
            total += salaireNet(s, individu, mois.moins(i));
        }
        return total;
    }

    public double salaireNetAnnuel(Situation s, int individu, int annee) {
        double total = 0;
        for (int m = 1; m <= 12; m++) {
            total += salaireNet(s, individu, Mois.de(annee, m));
        }
        return total;
    }

    public double salaireImposableAnnuel(Situation s, int individu, int annee) {
        double total = 0;
        for (int m = 1; m <= 12; m++) {
            total += salaireImposable(s, individu, Mois.de(annee, m));
        }
        return total;
    }

    public double retraiteBrute(Situation s, int individu, Mois mois) {
        return s.individu(individu).retraiteBrute[s.indice(mois)];
    }

    public double retraiteBruteAnnuelle(Situation s, int individu, int annee) {
        Individu p = s.individu(individu);
        double total = 0;
        for (int m = 1; m <= 12; m++) {
            total += p.retraiteBrute[s.indice(Mois.de(annee, m))];
        }
        return total;
    }

    public double chomageBrut(Situation s, int individu, Mois mois) {
        return s.individu(individu).chomageBrut[s.indice(mois)];
    }

    /**
     * Pension imposable : la brute moins la CSG déductible au taux normal. La loi fait dépendre le taux
     * (exonéré, réduit, médian, normal) du revenu fiscal de référence de l'année N-2 ; comme OpenFisca, dont
     * c'est la valeur par défaut, le moteur retient le taux normal (écart documenté dans docs/droits/ecarts.md).
     */
    public double retraiteImposable(Situation s, int individu, Mois mois) {
        double brute = retraiteBrute(s, individu, mois);
        if (brute == 0) {
            return 0; // sans pension, rien à prélever : inutile de lire les taux
        }
        return brute - brute * csgPensionsDeductible.a(mois);
    }

    /** Pension nette : la brute moins CSG, CRDS et CASA. */
    public double retraiteNette(Situation s, int individu, Mois mois) {
        double brute = retraiteBrute(s, individu, mois);
        if (brute == 0) {
            return 0;
        }
        return brute * (1 - csgPensionsDeductible.a(mois) - csgPensionsNonDeductible.a(mois) - crds.a(mois) - casa.a(mois));
    }

    public double chomageImposable(Situation s, int individu, Mois mois) {
        double brut = chomageBrut(s, individu, mois);
        if (brut == 0) {
            return 0;
        }
        return brut - brut * (1 - abattementCsgChomage.a(mois)) * csgChomageDeductible.a(mois);
    }

    public double chomageNet(Situation s, int individu, Mois mois) {
        double brut = chomageBrut(s, individu, mois);
        if (brut == 0) {
            return 0;
        }
        return brut - brut * (1 - abattementCsgChomage.a(mois))
                * (csgChomageDeductible.a(mois) + csgChomageNonDeductible.a(mois) + crds.a(mois));
    }
}
