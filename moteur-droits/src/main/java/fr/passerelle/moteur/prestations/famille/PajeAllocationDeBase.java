package fr.passerelle.moteur.prestations.famille;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.calcul.Prestation;
import fr.passerelle.moteur.calcul.Socle;
import fr.passerelle.moteur.calcul.Trace;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.legislation.Parametre;
import fr.passerelle.moteur.periode.Mois;

import java.time.LocalDate;

import static fr.passerelle.moteur.calcul.Montants.euros;

/**
 * Allocation de base de la prestation d'accueil du jeune enfant (CSS art. L531-3, R531-1, D531-2, D531-3), pour les
 * enfants nés depuis le 1er avril 2018 : due du mois civil qui suit la naissance jusqu'au mois civil qui précède le
 * troisième anniversaire ; à taux plein sous un premier plafond de ressources N-2, à taux partiel sous un second.
 * Les plafonds sont majorés de 25 % pour chacun des deux premiers enfants à charge, de 30 % à partir du troisième,
 * et d'un montant fixe pour une personne seule ou un couple biactif. Une allocation par famille, quel que soit le
 * nombre d'enfants de moins de 3 ans (hors naissances multiples, non lues).
 */
public final class PajeAllocationDeBase implements Prestation {

    private static final Variable PAJE = Variable.PAJE_BASE;

    private final RessourcesFamiliales ressources;
    private final Parametre tauxPlein;
    private final Parametre tauxPartiel;
    private final Parametre ageLimite;
    private final Parametre majorationRang12;
    private final Parametre majorationRang3;
    private final Parametre plafondPlein0;
    private final Parametre majorationPlein;
    private final Parametre plafondPartiel0;
    private final Parametre majorationPartiel;

    public PajeAllocationDeBase(Socle socle) {
        Legislation l = socle.legislation();
        ressources = new RessourcesFamiliales(socle);
        tauxPlein = l.parametre("prestations_familiales.paje.taux_plein");
        tauxPartiel = l.parametre("prestations_familiales.paje.taux_partiel");
        ageLimite = l.parametre("prestations_familiales.paje.age_limite");
        majorationRang12 = l.parametre("prestations_familiales.paje.majoration_plafond_enfant_rang_1_2");
        majorationRang3 = l.parametre("prestations_familiales.paje.majoration_plafond_enfant_rang_3_et_plus");
        plafondPlein0 = l.parametre("prestations_familiales.paje.plafond_taux_plein_0_enfant");
        majorationPlein = l.parametre("prestations_familiales.paje.majoration_taux_plein_biactif_isole");
        plafondPartiel0 = l.parametre("prestations_familiales.paje.plafond_taux_partiel_0_enfant");
        majorationPartiel = l.parametre("prestations_familiales.paje.majoration_taux_partiel_biactif_isole");
    }

    @Override
    public Variable[] variables() {
        return new Variable[] {PAJE};
    }

    /**
     * L'enfant ouvre-t-il droit ce mois-ci ? Du mois qui suit sa naissance au mois qui précède son troisième
     * anniversaire : le rang du mois calculé moins celui du mois de naissance est entre 1 et 35 (pour 3 ans).
     */
    static boolean ouvreDroit(Contexte c, int enfant, int ageLimiteAns) {
        return ouvreDroit(c, enfant, ageLimiteAns, c.mois());
    }

    private static boolean ouvreDroit(Contexte c, int enfant, int ageLimiteAns, Mois mois) {
        LocalDate naissance = LocalDate.ofEpochDay(c.situation().individu(enfant).naissance);
        int ecart = mois.rang() - (naissance.getYear() * 12 + naissance.getMonthValue() - 1);
        return ecart >= 1 && ecart < ageLimiteAns * 12;
    }

    /** Un enfant de la famille ouvre-t-il droit au mois donné (et n'est pas autonome) ? */
    private boolean unEnfantOuvreDroit(Contexte c, Mois mois) {
        int ageMax = (int) ageLimite.a(mois);
        for (int i = 0; i < c.nombreEnfants(); i++) {
            int e = c.enfant(i);
            if (ouvreDroit(c, e, ageMax, mois) && !ressources.autonome(c, e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * L'allocation de base due pour un mois du trimestre de référence de la prime d'activité (CSS R844-3 : les
     * prestations de chacun de ces mois) : rien si aucun enfant n'ouvrait droit ce mois-là (pas encore né, ou déjà
     * dans le mois de ses trois ans) ; sinon le taux que donnent les ressources et les plafonds du mois calculé,
     * appliqué à la BMAF de ce mois-là.
     */
    public double duMois(Contexte c, Mois mois) {
        if (!unEnfantOuvreDroit(c, mois)) {
            return 0;
        }
        return taux(c, Trace.AUCUNE, mois) * ressources.parametreBmaf().a(mois);
    }

    @Override
    public void calculer(Contexte c) {
        Trace t = c.trace();
        Mois m = c.mois();
        int ageMax = (int) ageLimite.a(m);
        boolean jeune = unEnfantOuvreDroit(c, m);
        if (t.active()) {
            t.condition(PAJE, "Un enfant de moins de " + ageMax + " ans", jeune, jeune
                    ? "La famille a un enfant de moins de " + ageMax + " ans (droit ouvert du mois qui suit la naissance au mois qui précède ses "
                            + ageMax + " ans)."
                    : "La famille n'a pas d'enfant ouvrant droit ce mois-ci : l'allocation de base est due du mois qui suit la naissance "
                            + "au mois qui précède le troisième anniversaire.");
        }
        if (!jeune) {
            c.resultats().set(PAJE, 0);
            return;
        }
        double paje = taux(c, t, m) * ressources.bmaf(c);
        if (t.active() && paje > 0) {
            t.etape(PAJE, paje == ressources.bmaf(c) * tauxPlein.a(m) ? "Allocation de base à taux plein" : "Allocation de base à taux partiel", paje);
        }
        c.resultats().set(PAJE, paje);
    }

    /**
     * Le taux de l'allocation (plein, partiel ou nul) selon les ressources N-2 du mois calculé et ses plafonds ; les
     * taux sont ceux en vigueur au mois {@code tauxAu}.
     */
    private double taux(Contexte c, Trace t, Mois tauxAu) {
        Mois m = c.mois();
        int limite = ressources.ageLimite(c);
        int aCharge = 0;
        for (int i = 0; i < c.nombreEnfants(); i++) {
            if (ressources.aCharge(c, c.enfant(i), limite)) {
                aCharge++;
            }
        }
        double coefficient = 1 + majorationRang12.a(m) * Math.min(aCharge, 2) + majorationRang3.a(m) * Math.max(aCharge - 2, 0);
        boolean majore = ressources.isoleOuBiactif(c);
        double plafondPlein = plafondPlein0.a(m) * coefficient + (majore ? majorationPlein.a(m) : 0);
        double plafondPartiel = plafondPartiel0.a(m) * coefficient + (majore ? majorationPartiel.a(m) : 0);
        double r = ressources.baseRessources(c);
        if (t.active()) {
            t.etape(PAJE, "Ressources de l'année " + RessourcesFamiliales.anneeDeReference(c), r);
            t.etape(PAJE, "Plafond du taux plein pour " + aCharge + " enfant(s) à charge (" + ressources.situationDuCouple(c) + ")", plafondPlein);
            t.etape(PAJE, "Plafond du taux partiel", plafondPartiel);
            if (r <= plafondPlein) {
                t.condition(PAJE, "Ressources sous le plafond du taux plein", true,
                        "Vos ressources (" + euros(r) + ") ne dépassent pas le plafond du taux plein (" + euros(plafondPlein) + ").");
            } else if (r <= plafondPartiel) {
                t.condition(PAJE, "Ressources sous le plafond du taux partiel", true, "Vos ressources (" + euros(r)
                        + ") dépassent le plafond du taux plein (" + euros(plafondPlein) + ") mais pas celui du taux partiel ("
                        + euros(plafondPartiel) + ").");
            } else {
                t.condition(PAJE, "Ressources sous le plafond du taux partiel", false,
                        "Vos ressources (" + euros(r) + ") dépassent le plafond (" + euros(plafondPartiel) + ").");
            }
        }
        return r <= plafondPlein ? tauxPlein.a(tauxAu) : r <= plafondPartiel ? tauxPartiel.a(tauxAu) : 0;
    }
}
