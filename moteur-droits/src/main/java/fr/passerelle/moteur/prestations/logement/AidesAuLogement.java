package fr.passerelle.moteur.prestations.logement;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.calcul.Montants;
import fr.passerelle.moteur.calcul.Prestation;
import fr.passerelle.moteur.calcul.Resultats;
import fr.passerelle.moteur.calcul.Socle;
import fr.passerelle.moteur.calcul.Trace;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.legislation.Parametre;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Famille;
import fr.passerelle.moteur.situation.Menage;
import fr.passerelle.moteur.situation.StatutOccupationLogement;


/**
 * Les aides personnelles au logement des locataires (livre VIII du code de la construction et de l'habitation,
 * arrêté du 27 septembre 2019) : l'APL pour un logement conventionné (ici, le logement HLM), sinon l'allocation
 * de logement familiale (ALF) s'il y a une personne à charge, sociale (ALS) sinon.
 * <p>
 * Montant (art. D. 823-16 et D. 823-17 CCH) : loyer retenu L (dans la limite du plafond de la zone) + forfait de
 * charges C − participation personnelle Pp, avec Pp = P0 + Tp × (R − R0) ; puis dégressivité pour les loyers
 * très au-dessus du plafond, minoration forfaitaire de 5 €, réduction de loyer de solidarité (APL), CRDS.
 * Droit attaché au logement : calculé pour la première famille du ménage seulement.
 */
public final class AidesAuLogement implements Prestation {

    private final RessourcesAidesAuLogement ressources;
    private final ReductionLoyerSolidarite rls;
    private final BaremeParComposition[] plafondsLoyer = new BaremeParComposition[4];
    private final Parametre[] debutDegressivite = new Parametre[4];
    private final Parametre[] suppression = new Parametre[4];
    private final Parametre forfaitCharges;
    private final Parametre chargesParPersonneACharge;
    private final Parametre tauxParticipationMinimale;
    private final Parametre forfaitParticipationMinimale;
    private final BaremeParComposition tauxFamille;
    private final BaremeParComposition abattementR0;
    private final Parametre seuilTl1;
    private final Parametre seuilTl2;
    private final Parametre tauxTl1;
    private final Parametre tauxTl2;
    private final Parametre minoration;
    private final Parametre seuilAllocationLogement;
    private final Parametre seuilApl;
    private final Parametre crds;
    private final Parametre ageLimiteEnfant;

    public AidesAuLogement(Socle socle) {
        Legislation l = socle.legislation();
        ressources = new RessourcesAidesAuLogement(l, socle.revenus(), socle.fiscalite());
        rls = new ReductionLoyerSolidarite(l);
        for (int zone = 1; zone <= 3; zone++) {
            plafondsLoyer[zone] = BaremeParComposition.simple(l, "aides_logement.plafond_loyer.zone_" + zone);
            debutDegressivite[zone] = l.parametre("aides_logement.degressivite.zone_" + zone + ".debut");
            suppression[zone] = l.parametre("aides_logement.degressivite.zone_" + zone + ".suppression");
        }
        forfaitCharges = l.parametre("aides_logement.forfait_charges.base");
        chargesParPersonneACharge = l.parametre("aides_logement.forfait_charges.par_personne_a_charge");
        tauxParticipationMinimale = l.parametre("aides_logement.participation_minimale.taux");
        forfaitParticipationMinimale = l.parametre("aides_logement.participation_minimale.forfait");
        tauxFamille = BaremeParComposition.detaille(l, "aides_logement.taux_famille");
        abattementR0 = BaremeParComposition.detaille(l, "aides_logement.abattement_r0");
        seuilTl1 = l.parametre("aides_logement.taux_loyer.seuil_1");
        seuilTl2 = l.parametre("aides_logement.taux_loyer.seuil_2");
        tauxTl1 = l.parametre("aides_logement.taux_loyer.taux_1");
        tauxTl2 = l.parametre("aides_logement.taux_loyer.taux_2");
        minoration = l.parametre("aides_logement.minoration_forfaitaire");
        seuilAllocationLogement = l.parametre("aides_logement.seuil_versement.allocation_logement");
        seuilApl = l.parametre("aides_logement.seuil_versement.apl");
        crds = l.parametre("aides_logement.crds");
        ageLimiteEnfant = l.parametre("aides_logement.personnes_a_charge.age_limite_enfant");
    }

    @Override
    public Variable[] variables() {
        return new Variable[] {Variable.APL, Variable.ALS, Variable.ALF, Variable.AIDE_LOGEMENT};
    }

    @Override
    public void calculer(Contexte c) {
        Mois mois = c.mois();
        double verse = montant(c, mois, c.trace());
        if (verse <= 0) {
            return;
        }
        Trace trace = c.trace();
        boolean conventionne = c.menage().statutOccupation == StatutOccupationLogement.LOCATAIRE_HLM;
        int aCharge = personnesACharge(c, mois);
        Variable aide = conventionne ? Variable.APL : aCharge > 0 ? Variable.ALF : Variable.ALS;
        if (trace.active()) {
            trace.condition(aide, "nature_de_l_aide", true, conventionne
                    ? "Votre logement HLM est conventionné : l'aide est l'APL, versée au bailleur"
                    : aCharge > 0 ? "Logement non conventionné avec une personne à charge : allocation de logement familiale"
                            : "Logement non conventionné sans personne à charge : allocation de logement sociale");
            trace.etape(aide, aide.libelle(), verse);
        }
        Resultats res = c.resultats();
        res.set(aide, verse);
        res.set(Variable.AIDE_LOGEMENT, verse);
    }

    /**
     * L'aide au logement de la famille du contexte pour un autre mois que celui du contexte, sans explication :
     * avec le loyer, la composition, les ressources des douze mois et le barème de ce mois-là. La prime
     * d'activité en a besoin pour chaque mois de son trimestre de référence (CSS R844-3). Le mois doit rester
     * dans la fenêtre de la situation.
     */
    public double duMois(Contexte c, Mois mois) {
        return montant(c, mois, Trace.AUCUNE);
    }

    /** Le montant versé pour le mois donné (0 sans droit), en écrivant l'explication si la trace est active. */
    private double montant(Contexte c, Mois mois, Trace trace) {
        Menage menage = c.menage();
        if (menage == null) {
            return 0;
        }
        if (!c.premiereFamilleDuMenage()) {
            if (trace.active()) {
                trace.condition(Variable.AIDE_LOGEMENT, "premiere_famille_du_menage", false,
                        "L'aide au logement est attachée au logement : elle est calculée pour la première famille du ménage");
            }
            return 0;
        }
        StatutOccupationLogement statut = menage.statutOccupation;
        boolean locataire = statut == StatutOccupationLogement.LOCATAIRE_HLM || statut == StatutOccupationLogement.LOCATAIRE_VIDE
                || statut == StatutOccupationLogement.LOCATAIRE_MEUBLE;
        if (trace.active()) {
            trace.condition(Variable.AIDE_LOGEMENT, "locataire", locataire, locataire
                    ? "Vous êtes locataire de votre résidence principale (" + libelle(statut) + ")"
                    : "Ces aides sont réservées aux locataires d'un logement ordinaire ; vous êtes " + libelle(statut));
        }
        if (!locataire) {
            return 0;
        }
        double loyer = menage.loyer[c.situation().indice(mois)];
        if (trace.active()) {
            trace.condition(Variable.AIDE_LOGEMENT, "loyer_paye", loyer > 0, loyer > 0
                    ? "Vous payez un loyer de " + Montants.euros(loyer) + " par mois"
                    : "Aucun loyer n'est déclaré pour ce mois");
        }
        if (loyer <= 0) {
            return 0;
        }
        boolean conventionne = statut == StatutOccupationLogement.LOCATAIRE_HLM;
        boolean couple = c.enCouple();
        int aCharge = personnesACharge(c, mois);
        int zone = menage.zoneLogement >= 1 && menage.zoneLogement <= 3 ? menage.zoneLogement : 2;
        if (trace.active() && zone != menage.zoneLogement) {
            trace.condition(Variable.AIDE_LOGEMENT, "zone_connue", true,
                    "La commune n'est pas renseignée : les plafonds de la zone II (valeur par défaut) sont appliqués");
        }

        // Loyer réel : les deux tiers du loyer d'un meublé pour l'allocation de logement (art. D. 823-16).
        double loyerReel = Math.rint(statut == StatutOccupationLogement.LOCATAIRE_MEUBLE && !conventionne ? loyer * 2 / 3 : loyer);
        double plafond = Montants.auCentime(plafondsLoyer[zone].a(mois, couple, aCharge));
        double loyerRetenu = Math.min(loyerReel, plafond);
        double charges = forfaitCharges.a(mois) + aCharge * chargesParPersonneACharge.a(mois);
        double depense = loyerRetenu + charges;

        double r0 = abattementR0.a(mois, couple, aCharge);
        double loyerReference = plafondsLoyer[2].a(mois, couple, aCharge);
        double rl = Math.rint(loyerRetenu / loyerReference * 10_000) / 100;   // en %, à deux décimales
        double tl = tauxLoyerEnPourcent(mois, rl);
        double tf = tauxFamille.a(mois, couple, aCharge) * 100;
        double tp = tf + tl;
        double p0 = Math.max(tauxParticipationMinimale.a(mois) * depense, forfaitParticipationMinimale.a(mois));
        // Sans explication à écrire : si la participation calculée sur un minorant des ressources couvre déjà la
        // dépense, l'aide est nulle ; inutile de calculer les ressources des 12 mois.
        if (!trace.active() && tp > 0 && p0 + tp / 100 * Math.max(0, ressources.minorant(c, mois) - r0) >= depense) {
            return 0;
        }
        double r = ressources.annuelles(c, mois, trace);
        double participation = p0 + tp / 100 * Math.max(0, r - r0);
        double montant = Math.max(0, depense - participation);

        if (trace.active()) {
            Variable v = Variable.AIDE_LOGEMENT;
            trace.etape(v, "Loyer réel pris en compte" + (loyerReel != loyer ? " (deux tiers du loyer d'un meublé)" : ""), loyerReel);
            trace.etape(v, "Plafond de loyer en zone " + zone + " pour une " + Composition.libelle(couple, aCharge), plafond);
            trace.etape(v, "Loyer retenu L (loyer dans la limite du plafond)", loyerRetenu);
            trace.etape(v, "Forfait de charges C", charges);
            trace.etape(v, "Abattement forfaitaire R0 sur les ressources", r0);
            trace.etape(v, "Participation personnelle Pp = P0 " + Montants.euros(p0) + " + Tp × (R − R0), avec Tp = TF "
                    + pourcent(tf) + " + TL " + pourcent(tl) + " = " + pourcent(tp), participation);
            trace.etape(v, "L + C − Pp", montant);
        }

        double seuil = conventionne ? seuilApl.a(mois) : seuilAllocationLogement.a(mois);
        if (montant < seuil || montant <= 0) {
            if (trace.active()) {
                trace.condition(Variable.AIDE_LOGEMENT, "montant_minimum", false, montant <= 0
                        ? "Vos ressources (" + Montants.euros(r) + " par an) sont trop élevées pour votre loyer : votre participation ("
                                + Montants.euros(participation) + ") dépasse le loyer retenu et les charges (" + Montants.euros(depense) + ")"
                        : "Le montant calculé (" + Montants.euros(montant) + ") est inférieur au minimum versé (" + Montants.euros(seuil) + ")");
            }
            return 0;
        }

        montant = degressivite(c, trace, mois, zone, loyerReel, plafond, montant);
        montant = Math.max(0, montant - minoration.a(mois));
        if (conventionne) {
            montant = reductionLoyerSolidarite(trace, mois, zone, couple, aCharge, r, montant);
        }
        double verse = Montants.auCentime(montant - montant * crds.a(mois));
        if (trace.active()) {
            trace.etape(Variable.AIDE_LOGEMENT, "Minoration forfaitaire déduite", minoration.a(mois));
            trace.etape(Variable.AIDE_LOGEMENT, "Montant versé, après la CRDS de 0,5 %", verse);
            if (verse <= 0) {
                trace.condition(Variable.AIDE_LOGEMENT, "montant_apres_reductions", false,
                        "Après les réductions (loyer élevé, minoration forfaitaire, réduction de loyer de solidarité), il ne reste rien à verser");
            }
        }
        return Math.max(0, verse);
    }

    /** Un taux en points de pourcentage, à trois décimales au plus (« 3,135 % »). */
    private static String pourcent(double valeur) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(java.util.Locale.FRANCE);
        f.setMaximumFractionDigits(3);
        return f.format(valeur) + " %";
    }

    /** TL en points de pourcentage, arrondi à la troisième décimale (arrêté du 27 septembre 2019, art. 14, 2°). */
    private double tauxLoyerEnPourcent(Mois mois, double rlEnPourcent) {
        double rl = rlEnPourcent / 100;
        double s1 = seuilTl1.a(mois);
        double s2 = seuilTl2.a(mois);
        double tl;
        if (rl < s1) {
            tl = 0;
        } else if (rl < s2) {
            tl = tauxTl1.a(mois) * (rl - s1);
        } else {
            tl = tauxTl1.a(mois) * (s2 - s1) + tauxTl2.a(mois) * (rl - s2);
        }
        return Math.rint(tl * 100 * 1000) / 1000;
    }

    /** Au-delà d'un multiple du plafond, l'aide décroît puis s'éteint (sauf handicap dans la famille). */
    private double degressivite(Contexte c, Trace trace, Mois mois, int zone, double loyerReel, double plafond, double montant) {
        double debut = Montants.auCentime(plafond * debutDegressivite[zone].a(mois));
        double fin = Montants.auCentime(plafond * suppression[zone].a(mois));
        if (loyerReel <= debut || handicapDansLaFamille(c)) {
            return montant;
        }
        double coefficient = loyerReel > fin ? 0 : 1 - (loyerReel - debut) / (fin - debut);
        if (trace.active()) {
            trace.condition(Variable.AIDE_LOGEMENT, "loyer_non_excessif", coefficient > 0, coefficient > 0
                    ? "Votre loyer (" + Montants.euros(loyerReel) + ") dépasse " + Montants.euros(debut)
                            + " : l'aide est réduite (coefficient " + Math.round(coefficient * 100) + " %)"
                    : "Votre loyer (" + Montants.euros(loyerReel) + ") dépasse " + Montants.euros(fin)
                            + ", le loyer au-delà duquel l'aide est supprimée dans votre zone");
        }
        return Montants.auCentime(montant * coefficient);
    }

    private double reductionLoyerSolidarite(Trace trace, Mois mois, int zone, boolean couple, int aCharge, double r, double montant) {
        double plafond = rls.plafondMensuel(mois, zone, couple, aCharge);
        if (r / 12 >= plafond) {
            return montant;
        }
        double reduction = rls.montant(mois, zone, couple, aCharge);
        double imputee = reduction * rls.fractionImputee(mois);
        if (trace.active()) {
            trace.etape(Variable.APL, "Réduction de loyer de solidarité accordée par le bailleur (ressources mensuelles "
                    + Montants.euros(r / 12) + " sous le plafond de " + Montants.euros(plafond) + ")", reduction);
            trace.etape(Variable.APL, "Part de la réduction de loyer de solidarité déduite de l'APL", imputee);
        }
        return Math.max(0, montant - imputee);
    }

    /** Personnes à charge : les enfants de la famille de moins de 21 ans au premier jour du mois. */
    private int personnesACharge(Contexte c, Mois mois) {
        Famille f = c.famille();
        int age = (int) ageLimiteEnfant.a(mois);
        int n = 0;
        for (int i = 0; i < f.enfants.taille(); i++) {
            if (c.age(f.enfants.get(i), mois) < age) {
                n++;
            }
        }
        return n;
    }

    private static boolean handicapDansLaFamille(Contexte c) {
        Famille f = c.famille();
        for (int i = 0; i < f.parents.taille(); i++) {
            if (c.situation().individu(f.parents.get(i)).handicap) {
                return true;
            }
        }
        for (int i = 0; i < f.enfants.taille(); i++) {
            if (c.situation().individu(f.enfants.get(i)).handicap) {
                return true;
            }
        }
        return false;
    }

    private static String libelle(StatutOccupationLogement statut) {
        return switch (statut) {
            case LOCATAIRE_HLM -> "logement HLM";
            case LOCATAIRE_VIDE -> "logement loué vide";
            case LOCATAIRE_MEUBLE -> "logement loué meublé";
            case LOCATAIRE_FOYER -> "locataire en foyer (aide en foyer non calculée par le moteur)";
            case PROPRIETAIRE -> "propriétaire";
            case PRIMO_ACCEDANT -> "accédant à la propriété (aide à l'accession non calculée par le moteur)";
            case LOGE_GRATUITEMENT -> "logé gratuitement";
            case SANS_DOMICILE -> "sans domicile";
            case NON_RENSEIGNE -> "dans une situation de logement non renseignée";
        };
    }
}
