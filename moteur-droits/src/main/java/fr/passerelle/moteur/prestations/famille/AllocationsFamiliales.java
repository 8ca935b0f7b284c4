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

import static fr.passerelle.moteur.calcul.Montants.auCentime;
import static fr.passerelle.moteur.calcul.Montants.euros;

/**
 * Allocations familiales (CSS art. L521-1 à L521-3, D521-1 à D521-3) : à partir de deux enfants à charge de moins
 * de 20 ans, 32 % de la BMAF pour deux enfants et 41 % par enfant en plus, une majoration pour âge (sauf pour
 * l'aîné d'une famille de deux enfants), une allocation forfaitaire d'un an pour l'enfant de 20 ans dans une
 * famille d'au moins trois enfants, le tout modulé selon les ressources de l'année N-2 en trois tranches, avec un
 * complément dégressif au passage d'une tranche. L'enfant en résidence alternée compte pour moitié.
 */
public final class AllocationsFamiliales implements Prestation {

    private static final Variable AF = Variable.AF;

    private final RessourcesFamiliales ressources;
    private final Parametre nombreMinimum;
    private final Parametre tauxDeuxEnfants;
    private final Parametre tauxEnfantSupplementaire;
    private final Parametre facteurGardeAlternee;
    private final Parametre tauxMajoration;
    private final Parametre ageMajoration;
    private final Parametre enfantsPourAine;
    private final Parametre tauxForfait;
    private final Parametre ageForfait;
    private final Parametre enfantsPourForfait;
    private final Parametre plafondTranche1;
    private final Parametre plafondTranche2;
    private final Parametre majorationParEnfant;
    private final Parametre tauxTranche2;
    private final Parametre tauxTranche3;
    /** Première date connue de l'âge de la majoration (les enfants nés avant sont lus à cette date). */
    private final long premiereMajoration;
    /** Le plus petit âge de majoration de l'historique : en deçà, aucun enfant n'y a droit. */
    private final int ageMajorationMinimum;

    public AllocationsFamiliales(Socle socle) {
        Legislation l = socle.legislation();
        ressources = new RessourcesFamiliales(socle);
        nombreMinimum = l.parametre("prestations_familiales.af.nombre_minimum_enfants");
        tauxDeuxEnfants = l.parametre("prestations_familiales.af.taux_deux_enfants");
        tauxEnfantSupplementaire = l.parametre("prestations_familiales.af.taux_enfant_supplementaire");
        facteurGardeAlternee = l.parametre("prestations_familiales.af.facteur_garde_alternee");
        tauxMajoration = l.parametre("prestations_familiales.af.majoration_age.taux");
        ageMajoration = l.parametre("prestations_familiales.af.majoration_age.age");
        enfantsPourAine = l.parametre("prestations_familiales.af.majoration_age.nombre_enfants_pour_aine");
        tauxForfait = l.parametre("prestations_familiales.af.allocation_forfaitaire.taux");
        ageForfait = l.parametre("prestations_familiales.af.allocation_forfaitaire.age");
        enfantsPourForfait = l.parametre("prestations_familiales.af.allocation_forfaitaire.nombre_minimum_enfants");
        plafondTranche1 = l.parametre("prestations_familiales.af.modulation.plafond_tranche_1");
        plafondTranche2 = l.parametre("prestations_familiales.af.modulation.plafond_tranche_2");
        majorationParEnfant = l.parametre("prestations_familiales.af.modulation.majoration_par_enfant");
        tauxTranche2 = l.parametre("prestations_familiales.af.modulation.taux_tranche_2");
        tauxTranche3 = l.parametre("prestations_familiales.af.modulation.taux_tranche_3");
        premiereMajoration = ageMajoration.historique().get(0).depuis().toEpochDay();
        ageMajorationMinimum = (int) ageMajoration.historique().stream().mapToDouble(v -> v.valeur()).min().orElseThrow();
    }

    @Override
    public Variable[] variables() {
        return new Variable[] {AF};
    }

    @Override
    public void calculer(Contexte c) {
        Trace t = c.trace();
        Mois m = c.mois();
        int limite = ressources.ageLimite(c);
        int ageDuForfait = (int) ageForfait.a(m);
        int enfants = 0;
        int enGardeAlternee = 0;
        int enfantsDuForfait = 0;
        int aine = -1;
        for (int i = 0; i < c.nombreEnfants(); i++) {
            int e = c.enfant(i);
            if (ressources.aCharge(c, e, limite)) {
                enfants++;
                if (RessourcesFamiliales.gardeAlternee(c, e)) {
                    enGardeAlternee++;
                }
                if (aine < 0 || c.situation().individu(e).naissance < c.situation().individu(aine).naissance) {
                    aine = e;
                }
            } else if (c.age(e) == ageDuForfait && !ressources.autonome(c, e)) {
                enfantsDuForfait++;
            }
        }
        int minimum = (int) nombreMinimum.a(m);
        boolean assezDEnfants = enfants >= minimum;
        if (t.active()) {
            t.condition(AF, "Au moins " + minimum + " enfants à charge de moins de " + limite + " ans", assezDEnfants,
                    assezDEnfants
                            ? "La famille a " + enfants + " enfants à charge de moins de " + limite + " ans."
                            : "La famille a " + enfants + " enfant" + (enfants > 1 ? "s" : "") + " à charge de moins de " + limite
                                    + " ans : les allocations familiales commencent au deuxième enfant.");
        }
        if (!assezDEnfants) {
            c.resultats().set(AF, 0);
            return;
        }
        double bmaf = ressources.bmaf(c);
        double montantEnfants = auCentime(bmaf * (tauxDeuxEnfants.a(m) + tauxEnfantSupplementaire.a(m) * (enfants - minimum)));
        double coefficientGardeAlternee = 1 - facteurGardeAlternee.a(m) * enGardeAlternee / enfants;
        double base = montantEnfants * coefficientGardeAlternee;
        if (t.active()) {
            t.etape(AF, "Allocations pour " + enfants + " enfants à charge (BMAF " + euros(bmaf) + ")", montantEnfants);
            if (enGardeAlternee > 0) {
                t.etape(AF, "Après partage pour " + enGardeAlternee + " enfant(s) en résidence alternée (coefficient "
                        + String.format(java.util.Locale.FRANCE, "%.3f", coefficientGardeAlternee) + ")", base);
            }
        }
        double majorations = majorations(c, m, bmaf, limite, enfants, aine);
        double avantModulation = base + majorations;

        double ressourcesN2 = ressources.baseRessources(c);
        double majorationPlafond = majorationParEnfant.a(m);
        double plafond1 = plafondTranche1.a(m) + enfants * majorationPlafond;
        double plafond2 = plafondTranche2.a(m) + enfants * majorationPlafond;
        double taux = taux(ressourcesN2, plafond1, plafond2, m);
        double module = avantModulation * taux;
        double depassement = depassementMensuel(ressourcesN2, plafond1, plafond2);
        double complement = depassement > 0 ? Math.max(0, module - depassement) : 0;

        double forfait = 0;
        double complementForfait = 0;
        if (enfantsDuForfait > 0 && enfants + enfantsDuForfait >= enfantsPourForfait.a(m)) {
            int total = enfants + enfantsDuForfait;
            double p1 = plafondTranche1.a(m) + total * majorationPlafond;
            double p2 = plafondTranche2.a(m) + total * majorationPlafond;
            forfait = enfantsDuForfait * auCentime(bmaf * tauxForfait.a(m)) * taux(ressourcesN2, p1, p2, m);
            complementForfait = depassement > 0 ? Math.max(0, forfait - depassement) : 0;
        }
        double af = module + complement + forfait + complementForfait;
        if (t.active()) {
            t.etape(AF, "Ressources de l'année " + RessourcesFamiliales.anneeDeReference(c)
                    + " (revenus nets catégoriels du foyer)", ressourcesN2);
            t.etape(AF, "Plafond de la première tranche pour " + enfants + " enfants", plafond1);
            t.etape(AF, "Plafond de la deuxième tranche pour " + enfants + " enfants", plafond2);
            String tranche = taux == 1 ? "première" : ressourcesN2 <= plafond2 ? "deuxième" : "troisième";
            t.condition(AF, "Modulation selon les ressources", true, "Les ressources (" + euros(ressourcesN2) + ") sont dans la "
                    + tranche + " tranche : les allocations sont versées à " + Math.round(taux * 100) + " %.");
            t.etape(AF, "Allocations et majorations après modulation (" + Math.round(taux * 100) + " %)", module);
            if (complement > 0) {
                t.etape(AF, "Complément dégressif (dépassement du plafond de " + euros(depassement * 12) + " par an)", complement);
            }
            if (forfait > 0) {
                t.etape(AF, "Allocation forfaitaire pour " + enfantsDuForfait + " enfant(s) de " + ageDuForfait + " ans", forfait);
            }
            if (complementForfait > 0) {
                t.etape(AF, "Complément dégressif de l'allocation forfaitaire", complementForfait);
            }
            t.etape(AF, "Allocations familiales du mois", af);
        }
        c.resultats().set(AF, af);
    }

    private double majorations(Contexte c, Mois m, double bmaf, int limite, int enfants, int aine) {
        boolean aineCompte = enfants >= enfantsPourAine.a(m);
        double montant = bmaf * tauxMajoration.a(m);
        double facteur = facteurGardeAlternee.a(m);
        double total = 0;
        for (int i = 0; i < c.nombreEnfants(); i++) {
            int e = c.enfant(i);
            int ageEnfant = c.age(e);
            if (ageEnfant < ageMajorationMinimum || (!aineCompte && e == aine)) {
                continue;
            }
            int age = ageDeMajoration(c, e);
            if (ageEnfant >= age && ressources.aCharge(c, e, limite)) {
                double majoration = RessourcesFamiliales.gardeAlternee(c, e) ? montant * facteur : montant;
                total += majoration;
                if (c.trace().active()) {
                    c.trace().etape(AF, "Majoration pour âge (enfant de " + ageEnfant + " ans, " + age + " ans ou plus)", majoration);
                }
            }
        }
        return total;
    }

    /**
     * L'âge qui ouvre la majoration pour cet enfant : celui en vigueur le jour où il a atteint l'âge de la majoration
     * en vigueur à sa naissance. La réforme de 2026 (majoration à 18 ans au lieu de 14) ne vise que les enfants qui
     * atteignent 14 ans à compter du 1er mars 2026 : ceux qui avaient déjà 14 ans gardent leur majoration.
     */
    private int ageDeMajoration(Contexte c, int enfant) {
        LocalDate naissance = LocalDate.ofEpochDay(Math.max(c.situation().individu(enfant).naissance, premiereMajoration));
        int ageANaissance = (int) ageMajoration.a(naissance);
        return (int) ageMajoration.a(naissance.plusYears(ageANaissance));
    }

    private double taux(double ressourcesN2, double plafond1, double plafond2, Mois m) {
        if (ressourcesN2 <= plafond1) {
            return 1;
        }
        return ressourcesN2 <= plafond2 ? tauxTranche2.a(m) : tauxTranche3.a(m);
    }

    /** Dépassement mensuel du plafond de la tranche où tombent les ressources (0 dans la première tranche). */
    private static double depassementMensuel(double ressourcesN2, double plafond1, double plafond2) {
        if (ressourcesN2 > plafond2) {
            return (ressourcesN2 - plafond2) / 12;
        }
        return ressourcesN2 > plafond1 ? (ressourcesN2 - plafond1) / 12 : 0;
    }
}
