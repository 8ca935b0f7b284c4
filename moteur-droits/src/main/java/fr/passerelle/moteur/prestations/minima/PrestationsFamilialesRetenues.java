package fr.passerelle.moteur.prestations.minima;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.calcul.Resultats;
import fr.passerelle.moteur.calcul.Socle;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.legislation.Parametre;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.prestations.famille.PajeAllocationDeBase;
import fr.passerelle.moteur.prestations.famille.RessourcesFamiliales;

import java.time.LocalDate;

/**
 * Les prestations familiales du mois comptées dans les ressources du RSA et de la prime d'activité
 * (CASF R262-6, R262-10-1, R262-11 ; CSS R844-1 et suivants, qui renvoient aux mêmes règles) :
 * <ul>
 *   <li>les allocations familiales sans les majorations pour âge ni l'allocation forfaitaire (R262-11, 3°) ;</li>
 *   <li>le complément familial, majoré ou non, au plus à un forfait de 41,65 % de la BMAF (R262-10-1, I) ;</li>
 *   <li>l'allocation de soutien familial dans la limite de 22,5 % de la BMAF par enfant (R262-10-1, II) ;</li>
 *   <li>l'allocation de base de la PAJE (pour la prime d'activité : celle de chaque mois du trimestre).</li>
 * </ul>
 */
public final class PrestationsFamilialesRetenues {

    private final RessourcesFamiliales famille;
    private final PajeAllocationDeBase paje;
    private final Parametre bmaf;
    private final Parametre tauxAsf;
    private final Parametre forfaitAsf;
    private final Parametre forfaitCf;
    private final Parametre nombreMinimumAf;
    private final Parametre tauxDeuxEnfants;
    private final Parametre tauxEnfantSupplementaire;
    private final Parametre tauxMajoration;
    private final Parametre ageMajoration;
    private final Parametre enfantsPourAine;
    private final Parametre tauxForfaitAf;
    private final Parametre ageForfaitAf;
    private final Parametre ageMinimumCf;
    private final long premiereMajoration;

    public PrestationsFamilialesRetenues(Socle socle) {
        Legislation l = socle.legislation();
        famille = new RessourcesFamiliales(socle);
        paje = new PajeAllocationDeBase(socle);
        bmaf = l.parametre("prestations_familiales.bmaf");
        tauxAsf = l.parametre("prestations_familiales.asf.taux");
        forfaitAsf = l.parametre("minima_sociaux.rsa.forfait_asf");
        forfaitCf = l.parametre("minima_sociaux.rsa.forfait_complement_familial");
        nombreMinimumAf = l.parametre("prestations_familiales.af.nombre_minimum_enfants");
        tauxDeuxEnfants = l.parametre("prestations_familiales.af.taux_deux_enfants");
        tauxEnfantSupplementaire = l.parametre("prestations_familiales.af.taux_enfant_supplementaire");
        tauxMajoration = l.parametre("prestations_familiales.af.majoration_age.taux");
        ageMajoration = l.parametre("prestations_familiales.af.majoration_age.age");
        enfantsPourAine = l.parametre("prestations_familiales.af.majoration_age.nombre_enfants_pour_aine");
        tauxForfaitAf = l.parametre("prestations_familiales.af.allocation_forfaitaire.taux");
        ageForfaitAf = l.parametre("prestations_familiales.af.allocation_forfaitaire.age");
        ageMinimumCf = l.parametre("prestations_familiales.cf.age_minimum");
        premiereMajoration = ageMajoration.historique().get(0).depuis().toEpochDay();
    }

    public double total(Contexte c) {
        return allocationsFamiliales(c) + complementFamilial(c) + soutienFamilial(c) + c.resultats().get(Variable.PAJE_BASE);
    }

    /**
     * Les mêmes prestations pour un mois du trimestre de référence de la prime d'activité (CSS R844-3 : celles de
     * chacun de ces mois). L'allocation de base de la PAJE est celle de ce mois-là (un enfant pas encore né ou déjà
     * dans le mois de ses trois ans n'y ouvrait pas droit), et le complément familial ne s'y cumule pas ; les autres
     * sont celles du mois calculé, ramenées à la BMAF de ce mois-là (toutes sont des fractions de la BMAF) ; un
     * enfant qui n'était pas encore né au premier jour de ce mois n'ouvrait ni allocations familiales ni ASF. Le
     * complément familial n'est compté que si tous les enfants nés avaient, ce mois-là, l'âge minimum du complément
     * (L522-1 : 3 ans ; le mois du troisième anniversaire du plus jeune, ni allocation de base ni complément).
     */
    public double totalAu(Contexte c, Mois mois) {
        double pajeDuMois = paje.duMois(c, mois);
        double complement = pajeDuMois > 0 || unEnfantTropJeunePourLeComplement(c, mois) ? 0 : complementFamilial(c);
        double autres = allocationsFamiliales(c) + complement + soutienFamilial(c);
        if (autres == 0) {
            return pajeDuMois;
        }
        double ratio = bmaf.a(mois) / bmaf.a(c.mois());
        int pasNes = 0;
        long debut = mois.debut().toEpochDay();
        for (int i = 0; i < c.nombreEnfants(); i++) {
            if (c.situation().individu(c.enfant(i)).naissance > debut) {
                pasNes++;
            }
        }
        if (pasNes == 0) {
            return autres * ratio + pajeDuMois;
        }
        double af = allocationsFamiliales(c);
        int enfantsAf = enfantsAllocationsFamiliales(c);
        double afDuMois = enfantsAf - pasNes >= nombreMinimumAf.a(c.mois()) ? af * base(enfantsAf - pasNes, c.mois()) / base(enfantsAf, c.mois()) : 0;
        double asfDuMois = 0;
        double asf = c.resultats().get(Variable.ASF);
        if (asf > 0) {
            double parEnfant = bmaf.a(c.mois()) * tauxAsf.a(c.mois());
            double enfants = Math.max(0, Math.max(1, Math.ceil(asf / parEnfant - 1e-6)) - pasNes);
            asfDuMois = Math.min(asf * enfants / Math.max(1, Math.ceil(asf / parEnfant - 1e-6)), enfants * forfaitAsf.a(c.mois()) * bmaf.a(c.mois()));
        }
        return (afDuMois + asfDuMois + complement) * ratio + pajeDuMois;
    }

    /** Un enfant déjà né au premier jour de {@code mois} qui n'avait pas encore l'âge minimum du complément familial. */
    private boolean unEnfantTropJeunePourLeComplement(Contexte c, Mois mois) {
        if (c.resultats().get(Variable.CF) <= 0) {
            return false;
        }
        int ageMin = (int) ageMinimumCf.a(mois);
        for (int i = 0; i < c.nombreEnfants(); i++) {
            // Âge au premier jour du mois, négatif pour un enfant pas encore né (il ne compte pas).
            int age = c.situation().age(c.enfant(i), mois.annee(), mois.mois(), 1);
            if (age >= 0 && age < ageMin) {
                return true;
            }
        }
        return false;
    }

    private double base(int enfants, Mois m) {
        return tauxDeuxEnfants.a(m) + tauxEnfantSupplementaire.a(m) * (enfants - nombreMinimumAf.a(m));
    }

    private int enfantsAllocationsFamiliales(Contexte c) {
        int limite = famille.ageLimite(c);
        int enfants = 0;
        for (int i = 0; i < c.nombreEnfants(); i++) {
            if (famille.aCharge(c, c.enfant(i), limite)) {
                enfants++;
            }
        }
        return enfants;
    }

    /** Complément familial compté : au plus le forfait de 41,65 % de la BMAF. */
    public double complementFamilial(Contexte c) {
        double cf = c.resultats().get(Variable.CF);
        return cf <= 0 ? 0 : Math.min(cf, forfaitCf.a(c.mois()) * bmaf.a(c.mois()));
    }

    /** ASF comptée : dans la limite de 22,5 % de la BMAF par enfant qui y ouvre droit. */
    public double soutienFamilial(Contexte c) {
        double asf = c.resultats().get(Variable.ASF);
        if (asf <= 0) {
            return 0;
        }
        Mois m = c.mois();
        double parEnfant = bmaf.a(m) * tauxAsf.a(m);
        double enfants = Math.max(1, Math.ceil(asf / parEnfant - 1e-6));
        return Math.min(asf, enfants * forfaitAsf.a(m) * bmaf.a(m));
    }

    /**
     * Allocations familiales comptées : la part des allocations versées qui revient aux allocations de base,
     * hors majorations pour âge et allocation forfaitaire (la modulation selon les ressources s'applique à
     * toutes dans la même proportion).
     */
    public double allocationsFamiliales(Contexte c) {
        Resultats r = c.resultats();
        double af = r.get(Variable.AF);
        if (af <= 0) {
            return 0;
        }
        Mois m = c.mois();
        int limite = famille.ageLimite(c);
        int enfants = 0;
        int aine = -1;
        for (int i = 0; i < c.nombreEnfants(); i++) {
            int e = c.enfant(i);
            if (famille.aCharge(c, e, limite)) {
                enfants++;
                if (aine < 0 || c.situation().individu(e).naissance < c.situation().individu(aine).naissance) {
                    aine = e;
                }
            }
        }
        int minimum = (int) nombreMinimumAf.a(m);
        if (enfants < minimum) {
            return af;
        }
        double base = tauxDeuxEnfants.a(m) + tauxEnfantSupplementaire.a(m) * (enfants - minimum);
        boolean aineCompte = enfants >= enfantsPourAine.a(m);
        double majorations = 0;
        double forfait = 0;
        int ageForfait = (int) ageForfaitAf.a(m);
        for (int i = 0; i < c.nombreEnfants(); i++) {
            int e = c.enfant(i);
            if (famille.aCharge(c, e, limite)) {
                if ((aineCompte || e != aine) && c.age(e) >= ageDeMajoration(c, e)) {
                    majorations += tauxMajoration.a(m);
                }
            } else if (c.age(e) == ageForfait && !famille.autonome(c, e)) {
                forfait += tauxForfaitAf.a(m);
            }
        }
        return af * base / (base + majorations + forfait);
    }

    /** L'âge de la majoration en vigueur le jour où l'enfant atteint l'âge de la majoration en vigueur à sa naissance. */
    private int ageDeMajoration(Contexte c, int enfant) {
        LocalDate naissance = LocalDate.ofEpochDay(Math.max(c.situation().individu(enfant).naissance, premiereMajoration));
        int ageANaissance = (int) ageMajoration.a(naissance);
        return (int) ageMajoration.a(naissance.plusYears(ageANaissance));
    }
}
