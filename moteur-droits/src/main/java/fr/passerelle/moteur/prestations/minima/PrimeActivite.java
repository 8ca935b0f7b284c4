package fr.passerelle.moteur.prestations.minima;

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
import fr.passerelle.moteur.prestations.logement.AidesAuLogement;
import fr.passerelle.moteur.prestations.vieillesse.Aspa;

/**
 * Prime d'activité (CSS L841-1 et suivants, D843-1 et suivants) : montant forfaitaire du foyer, plus une
 * fraction des revenus professionnels (61 %, puis 59,85 % depuis avril 2025), plus une bonification par
 * travailleur, moins les ressources du trimestre de référence (au moins le montant forfaitaire), forfait
 * logement compris ; rien en deçà de 15 €.
 */
public final class PrimeActivite implements Prestation {

    private static final Variable PPA = Variable.PPA;

    private final BaremeForfaitaire bareme;
    private final RessourcesDuFoyer ressources;
    private final PrestationsFamilialesRetenues prestationsFamiliales;
    private final Parametre fraction;
    private final Parametre seuilBonification;
    private final Parametre plafondBonification;
    private final Parametre tauxBonification;
    private final Parametre seuilAah;
    private final Parametre ageMinimum;
    private final Parametre montantMinimum;
    private final Parametre smic;
    private final Parametre ageLimitePersonneACharge;
    private final Parametre ageEnfantIsolement;
    private final Aah aah;
    private final Aspa aspa;
    private final AidesAuLogement aidesAuLogement;

    public PrimeActivite(Socle socle) {
        Legislation l = socle.legislation();
        bareme = new BaremeForfaitaire(l, "minima_sociaux.prime_activite");
        ressources = new RessourcesDuFoyer(socle.revenus());
        prestationsFamiliales = new PrestationsFamilialesRetenues(socle);
        fraction = l.parametre("minima_sociaux.prime_activite.fraction_revenus_professionnels");
        seuilBonification = l.parametre("minima_sociaux.prime_activite.bonification_seuil");
        plafondBonification = l.parametre("minima_sociaux.prime_activite.bonification_plafond");
        tauxBonification = l.parametre("minima_sociaux.prime_activite.bonification_taux_maximal");
        seuilAah = l.parametre("minima_sociaux.prime_activite.seuil_aah_revenu_professionnel");
        ageMinimum = l.parametre("minima_sociaux.prime_activite.age_minimum");
        montantMinimum = l.parametre("minima_sociaux.prime_activite.montant_minimum_verse");
        smic = l.parametre("marche_travail.smic_horaire_brut");
        ageLimitePersonneACharge = l.parametre("minima_sociaux.rsa.age_limite_personne_a_charge");
        ageEnfantIsolement = l.parametre("minima_sociaux.rsa.age_limite_enfant_majoration_isolement");
        aah = new Aah(socle);
        aspa = new Aspa(socle);
        aidesAuLogement = new AidesAuLogement(socle);
    }

    @Override
    public Variable[] variables() {
        return new Variable[] {PPA};
    }

    @Override
    public void calculer(Contexte contexte) {
        contexte.resultats().set(PPA, montant(contexte));
    }

    /**
     * Bonification individuelle pour des revenus professionnels mensuels donnés (CSS D843-2), avec le SMIC et
     * le barème du mois où ces revenus ont été perçus.
     */
    public double bonification(double revenusProfessionnels, Mois mois) {
        double smicHoraire = smic.a(mois);
        double seuil = seuilBonification.a(mois) * smicHoraire;
        double plafond = plafondBonification.a(mois) * smicHoraire;
        double maximum = Montants.auCentime(tauxBonification.a(mois) * bareme.montantDeBase(mois));
        if (revenusProfessionnels <= seuil) {
            return 0;
        }
        return Math.min(maximum, maximum * (revenusProfessionnels - seuil) / (plafond - seuil));
    }

    private double montant(Contexte contexte) {
        Trace trace = contexte.trace();
        Mois mois = contexte.mois();
        int age = Foyer.plusAgeDesParents(contexte);
        int ageMin = (int) ageMinimum.a(mois);
        boolean conditionAge = age >= ageMin;
        if (trace.active()) {
            trace.condition(PPA, "age", conditionAge, conditionAge
                    ? "Vous avez " + age + " ans, au moins " + ageMin + " ans"
                    : "Vous avez " + age + " ans : la prime d'activité est ouverte à partir de " + ageMin + " ans");
        }
        if (!conditionAge) {
            return 0;
        }
        boolean couple = contexte.enCouple();
        int limite = (int) ageLimitePersonneACharge.a(mois);
        int enfants = Foyer.enfantsACharge(contexte, limite);
        boolean isole = !couple && enfants > 0
                && Foyer.enfantDeMoinsDe(contexte, (int) ageEnfantIsolement.a(mois), limite);
        // Le droit du mois est la moyenne des droits calculés pour chacun des trois mois du trimestre de
        // référence, avec les revenus et le barème de chacun de ces mois (CSS L842-3, R843-1).
        if (!trace.active() && !peutEtreDue(contexte, couple, enfants, mois)) {
            return 0;
        }
        double revenusDuTrimestre = 0;
        for (int i = 0; i < contexte.famille().parents.taille(); i++) {
            revenusDuTrimestre += ressources.revenusProfessionnels(contexte, contexte.parent(i));
        }
        boolean travail = revenusDuTrimestre > 0;
        if (trace.active()) {
            trace.condition(PPA, "revenus_professionnels", travail, travail
                    ? "Revenus professionnels des 3 derniers mois : " + Montants.euros(revenusDuTrimestre) + " par mois en moyenne"
                    : "Aucun revenu professionnel au cours des 3 derniers mois : la prime d'activité complète des revenus du travail");
        }
        if (!travail) {
            return 0;
        }
        double ppa = 0;
        for (int k = 3; k >= 1; k--) {
            Mois m = mois.moins(k);
            double fictive = mensuelle(contexte, m, couple, enfants, isole, k == 1 ? trace : Trace.AUCUNE);
            if (trace.active()) {
                trace.etape(PPA, "Prime calculée sur les revenus de " + m, fictive);
            }
            ppa += fictive / 3;
        }
        if (trace.active()) {
            trace.etape(PPA, "Moyenne du trimestre de référence", ppa);
        }
        double minimum = montantMinimum.a(mois);
        boolean verse = ppa >= minimum;
        if (trace.active()) {
            trace.condition(PPA, "montant_minimum", verse, verse
                    ? "Le montant dû (" + Montants.euros(ppa) + ") atteint le minimum versé (" + Montants.euros(minimum) + ")"
                    : "Vos ressources laissent un montant (" + Montants.euros(Math.max(0, ppa))
                            + ") inférieur au minimum versé (" + Montants.euros(minimum) + ")");
        }
        if (!verse) {
            return 0;
        }
        ppa = Montants.auCentime(ppa);
        if (trace.active()) {
            trace.etape(PPA, "Prime d'activité du mois", ppa);
        }
        return ppa;
    }

    /** La prime calculée pour un mois du trimestre de référence, avec les ressources et le barème de ce mois. */
    private double mensuelle(Contexte contexte, Mois m, boolean couple, int enfants, boolean isole, Trace trace) {
        double forfaitaire = bareme.montantForfaitaire(couple, enfants, m);
        if (isole) {
            forfaitaire = Math.max(forfaitaire, bareme.montantMajore(enfants, m));
        }
        if (trace.active()) {
            trace.etape(PPA, (isole ? "Montant forfaitaire majoré (parent isolé avec un jeune enfant) pour "
                    : "Montant forfaitaire pour ") + Foyer.composition(couple, enfants) + " (" + m + ")", forfaitaire);
        }
        double seuilAahActivite = seuilAah.a(m) * smic.a(m);
        double aahParents = 0;
        double activite = 0;
        double autres = 0;
        double bonifications = 0;
        double aahActivite = 0;
        for (int i = 0; i < contexte.famille().parents.taille(); i++) {
            int p = contexte.parent(i);
            double revenusPro = ressources.revenusProfessionnelsDuMois(contexte, p, m);
            autres += RessourcesDuFoyer.autresRevenusDuMois(contexte, p, m);
            // L'AAH de ce mois-là compte comme revenu professionnel de qui travaille au-delà de 29 SMIC horaires
            // par mois (CSS L842-8), sinon comme une autre ressource.
            double aahPersonne = aah.individuelle(contexte, p, m, Trace.AUCUNE);
            aahParents += aahPersonne;
            if (revenusPro > 0 && revenusPro >= seuilAahActivite) {
                aahActivite += aahPersonne;
                revenusPro += aahPersonne;
            }
            double bonus = bonification(revenusPro, m);
            bonifications += bonus;
            activite += revenusPro;
            if (trace.active() && revenusPro > 0) {
                trace.etape(PPA, "Bonification individuelle pour " + Montants.euros(revenusPro) + " de revenus professionnels", bonus);
            }
        }
        if (activite <= 0 && !trace.active()) {
            return 0;
        }
        // L'ASPA de ce mois-là (la personne a pu atteindre 65 ans pendant le trimestre).
        autres += aahParents - aahActivite + (aspa.envisageable(contexte) ? aspa.montantDuMois(contexte, m) : 0);
        double prestations = prestationsFamiliales.totalAu(contexte, m);
        double pente = fraction.a(m);
        if (!trace.active() && forfaitaire + pente * activite + bonifications - Math.max(forfaitaire, activite + autres + prestations) <= 0) {
            // Le forfait logement, positif ou nul, ne fait qu'augmenter les ressources : la prime de ce mois, déjà nulle
            // sans lui, le reste ; inutile de calculer l'aide au logement du mois (sans explication à écrire).
            return 0;
        }
        int personnes = (couple ? 2 : 1) + enfants;
        double forfait = bareme.forfaitLogement(personnes, m);
        // L'aide au logement perçue au titre de ce mois-là (CSS R844-3) : son barème et ses ressources changent
        // d'un mois à l'autre (1er octobre, 1er janvier).
        double forfaitLogement = Foyer.logeSansCharge(contexte) ? forfait
                : Math.min(aidesAuLogement.duMois(contexte, m), forfait);
        double base = activite + autres + prestations + forfaitLogement;
        if (trace.active()) {
            trace.etape(PPA, "Revenus professionnels", activite);
            trace.etape(PPA, "Part des revenus professionnels ajoutée (" + Montants.euros(pente * 100).replace(" €", " %") + ")", pente * activite);
            trace.etape(PPA, "Bonifications individuelles", bonifications);
            trace.etape(PPA, "Autres ressources (pensions, chômage, AAH, ASPA)", autres);
            trace.etape(PPA, "Prestations familiales (AF hors majorations pour âge, CF et ASF au forfait, PAJE)", prestations);
            trace.etape(PPA, "Forfait logement", forfaitLogement);
            trace.etape(PPA, "Ressources retenues (au moins le montant forfaitaire)", Math.max(forfaitaire, base));
        }
        if (activite <= 0) {
            return 0;
        }
        return Math.max(0, forfaitaire + pente * activite + bonifications - Math.max(forfaitaire, base));
    }

    /**
     * Majorant bon marché de la prime (sans calculer les salaires nets) : avec des revenus professionnels R au
     * moins égaux au montant forfaitaire F, la prime vaut au plus F + B − (1 − fraction) × R, B étant la somme
     * des bonifications maximales. Faux seulement si la prime peut atteindre le minimum versé.
     */
    private boolean peutEtreDue(Contexte contexte, boolean couple, int enfants, Mois mois) {
        double brut = RessourcesDuFoyer.salairesBrutsDuTrimestre(contexte);
        if (brut <= 0) {
            return false;
        }
        double revenusMinimaux = RessourcesDuFoyer.NET_MINIMAL_DU_BRUT * brut;
        double majorant = 0;
        for (int k = 1; k <= 3; k++) {
            Mois m = mois.moins(k);
            double forfaitaire = Math.max(bareme.montantForfaitaire(couple, enfants, m), bareme.montantMajore(enfants, m));
            if (revenusMinimaux < forfaitaire) {
                return true;
            }
            double bonifications = contexte.famille().parents.taille() * tauxBonification.a(m) * bareme.montantDeBase(m);
            majorant = Math.max(majorant, forfaitaire + bonifications - (1 - fraction.a(m)) * revenusMinimaux);
        }
        return majorant >= montantMinimum.a(mois);
    }
}
