package fr.passerelle.moteur.prestations.sante;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.calcul.Resultats;
import fr.passerelle.moteur.calcul.Socle;
import fr.passerelle.moteur.calcul.Trace;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.legislation.Parametre;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.prestations.handicap.Aah;
import fr.passerelle.moteur.prestations.minima.RessourcesDuFoyer;
import fr.passerelle.moteur.prestations.vieillesse.Aspa;
import fr.passerelle.moteur.revenus.CsgPensions;
import fr.passerelle.moteur.revenus.Revenus;
import fr.passerelle.moteur.situation.Activite;
import fr.passerelle.moteur.situation.Famille;
import fr.passerelle.moteur.situation.Individu;
import fr.passerelle.moteur.situation.Menage;
import fr.passerelle.moteur.situation.Situation;

import static fr.passerelle.moteur.calcul.Montants.euros;

/**
 * Ressources du foyer de la complémentaire santé solidaire (R861-4 à R861-8) : celles des 12 mois qui précèdent,
 * nettes de prélèvements sociaux, des parents et des enfants de moins de 25 ans, les prestations familiales
 * (hors allocation de base de la PAJE et ARS), l'AAH et l'ASPA, et le forfait logement (R861-5, R861-6).
 */
final class RessourcesCss {

    private final Revenus revenus;
    private final CsgPensions csgPensions;
    private final Parametre csgPensionsTauxReduit;
    private final Parametre csgPensionsNonDeductible;
    private final Parametre crds;
    private final Parametre casa;
    private final Parametre abattementChomage;
    private final Parametre montantRsa;
    private final Parametre abattementAah;
    private final Parametre bmaf;
    private final Parametre tauxAfDeuxEnfants;
    private final Parametre tauxAfEnfantSupplementaire;
    private final Parametre nombreMinimumCf;
    private final Parametre abattementAspaSeul;
    private final Parametre abattementAspaCouple;
    private final Parametre coefficientRsaDeux;
    private final Parametre coefficientRsaTrois;
    private final Parametre sansAide1;
    private final Parametre sansAide2;
    private final Parametre sansAide3;
    private final Parametre avecAide1;
    private final Parametre avecAide2;
    private final Parametre avecAide3;
    private final Aspa aspa;
    private final Aah aah;

    RessourcesCss(Socle socle) {
        Legislation l = socle.legislation();
        String fl = "complementaire_sante_solidaire.forfait_logement.";
        revenus = socle.revenus();
        csgPensions = new CsgPensions(l, socle.fiscalite());
        csgPensionsTauxReduit = l.parametre("prelevements_sociaux.csg.remplacement.pensions_deductible_taux_reduit");
        csgPensionsNonDeductible = l.parametre("prelevements_sociaux.csg.remplacement.pensions_non_deductible");
        crds = l.parametre("prelevements_sociaux.crds");
        casa = l.parametre("prelevements_sociaux.casa");
        abattementChomage = l.parametre("complementaire_sante_solidaire.abattement_chomage");
        montantRsa = l.parametre("minima_sociaux.rsa.montant_forfaitaire");
        abattementAah = l.parametre("complementaire_sante_solidaire.abattement_aah");
        bmaf = l.parametre("prestations_familiales.bmaf");
        tauxAfDeuxEnfants = l.parametre("prestations_familiales.af.taux_deux_enfants");
        tauxAfEnfantSupplementaire = l.parametre("prestations_familiales.af.taux_enfant_supplementaire");
        nombreMinimumCf = l.parametre("prestations_familiales.cf.nombre_minimum_enfants");
        abattementAspaSeul = l.parametre("complementaire_sante_solidaire.abattement_aspa_personne_seule");
        abattementAspaCouple = l.parametre("complementaire_sante_solidaire.abattement_aspa_couple");
        coefficientRsaDeux = l.parametre(fl + "coefficient_rsa_deux_personnes");
        coefficientRsaTrois = l.parametre(fl + "coefficient_rsa_trois_personnes");
        sansAide1 = l.parametre(fl + "sans_aide_une_personne");
        sansAide2 = l.parametre(fl + "sans_aide_deux_personnes");
        sansAide3 = l.parametre(fl + "sans_aide_trois_personnes_ou_plus");
        avecAide1 = l.parametre(fl + "avec_aide_une_personne");
        avecAide2 = l.parametre(fl + "avec_aide_deux_personnes");
        avecAide3 = l.parametre(fl + "avec_aide_trois_personnes_ou_plus");
        aspa = new Aspa(socle);
        aah = new Aah(socle);
    }

    /** Parents et enfants de moins de {@code limite} ans. */
    int personnesDuFoyer(Contexte contexte, Famille famille, int limite) {
        int n = famille.parents.taille();
        for (int i = 0; i < famille.enfants.taille(); i++) {
            if (contexte.age(famille.enfants.get(i)) < limite) {
                n++;
            }
        }
        return n;
    }

    /**
     * Ressources annuelles retenues pour comparer au plafond. Sans explication à écrire, rend les seuls revenus des
     * personnes dès qu'ils dépassent {@code seuil} : les prestations et le forfait logement, positifs ou nuls, ne
     * feraient que les augmenter (les ressources dépassent alors le seuil dans les deux cas).
     */
    double annuelles(Contexte contexte, Famille famille, int limite, double seuil) {
        Trace trace = contexte.trace();
        double individuelles = 0;
        for (int i = 0; i < famille.parents.taille(); i++) {
            individuelles += individuelles(contexte, famille.parents.get(i));
        }
        for (int i = 0; i < famille.enfants.taille(); i++) {
            int enfant = famille.enfants.get(i);
            if (contexte.age(enfant) < limite) {
                individuelles += individuelles(contexte, enfant);
            }
        }
        if (!trace.active() && individuelles > seuil) {
            return individuelles;
        }
        // Les ressources perçues pendant la période (R861-8) : l'AAH de chacun des douze mois ; les prestations
        // familiales de chaque mois selon les enfants déjà nés ; l'ASPA de chacun des douze mois quand l'âge de l'ASPA
        // a été atteint pendant la période (voir docs/droits, écart 5).
        double prestations = aahDesDouzeMois(contexte, famille) + aspaDesDouzeMois(contexte, famille)
                + familialesDesDouzeMois(contexte, famille);
        double forfait = forfaitLogement(contexte, personnesDuFoyer(contexte, famille, limite));
        if (trace.active()) {
            trace.etape(Variable.CMU_C, "Revenus des 12 derniers mois (salaires, chômage, pensions nets)", individuelles);
            trace.etape(Variable.CMU_C, "Prestations sur 12 mois (allocations familiales, complément familial et ASF de chaque mois selon les enfants nés, AAH et ASPA de chaque mois après abattement)", prestations);
            trace.etape(Variable.CMU_C, "Forfait logement annuel", forfait);
            trace.etape(Variable.CMU_C, "Ressources annuelles retenues", individuelles + prestations + forfait);
        }
        return individuelles + prestations + forfait;
    }

    /**
     * L'AAH perçue au cours des mois M-13 à M-2 (R861-8), celle de chacun de ces mois (montant en vigueur ce mois-là,
     * âge et ressources de ce mois-là), après l'abattement mensuel de 68 € sur l'AAH de chaque allocataire
     * (instruction DSS/SD2A/2021/71). Sans allocation : seules les personnes qui ont un taux d'incapacité sont lues.
     */
    private double aahDesDouzeMois(Contexte contexte, Famille famille) {
        Situation s = contexte.situation();
        Mois mois = contexte.mois();
        int parents = famille.parents.taille();
        double total = 0;
        for (int i = 0; i < parents + famille.enfants.taille(); i++) {
            int membre = i < parents ? famille.parents.get(i) : famille.enfants.get(i - parents);
            if (s.individu(membre).tauxIncapacite <= 0) {
                continue;
            }
            for (int k = 2; k <= 13; k++) {
                Mois m = mois.moins(k);
                total += Math.max(0, aah.individuelle(contexte, membre, m, Trace.AUCUNE) - abattementAah.a(m));
            }
        }
        return total;
    }

    /**
     * Allocations familiales, complément familial et ASF perçus au cours des mois M-13 à M-2 (R861-8) : ceux du mois
     * calculé pour chaque mois où tous les enfants étaient nés ; pour un mois où un enfant n'était pas encore né
     * (né au plus tard le dernier jour du mois : il compte ce mois-là), les allocations familiales du nombre
     * d'enfants nés (32 % de la BMAF pour deux, 41 % par enfant en plus : L521-1, D521-1 ; rien pour un seul), le
     * complément familial seulement si le nombre minimum d'enfants était atteint (L522-1), l'ASF par enfant né.
     * Modulation et majorations du mois calculé ; montants de la BMAF de chaque mois (revalorisation d'avril).
     */
    private double familialesDesDouzeMois(Contexte contexte, Famille famille) {
        Resultats r = contexte.resultats();
        double af = r.get(Variable.AF);
        double cf = r.get(Variable.CF);
        double asf = r.get(Variable.ASF);
        if (af + cf + asf <= 0) {
            return 0;
        }
        Situation s = contexte.situation();
        Mois mois = contexte.mois();
        int n = famille.enfants.taille();
        double total = 0;
        // AF, CF et ASF sont des parts de la BMAF : celles d'un mois antérieur à la revalorisation d'avril sont celles
        // du mois calculé dans le rapport des deux BMAF.
        double bmafDuMois = bmaf.a(mois);
        if (tousNesAvantLaPeriode(s, famille, mois)) {
            // Tous les enfants nés au plus tard en M-13 : ceux du mois calculé chacun des douze mois (même somme, dans
            // le même ordre, que la boucle ci-dessous, sans calculer d'âge).
            for (int k = 2; k <= 13; k++) {
                total += (af + cf + asf) * bmaf.a(mois.moins(k)) / bmafDuMois;
            }
            return total;
        }
        for (int k = 2; k <= 13; k++) {
            double rapport = bmaf.a(mois.moins(k)) / bmafDuMois;
            // Né au plus tard le dernier jour du mois M-k : déjà né (âge positif ou nul) au premier jour du mois suivant.
            Mois suivant = mois.moins(k - 1);
            int nes = 0;
            for (int i = 0; i < n; i++) {
                if (s.age(famille.enfants.get(i), suivant.annee(), suivant.mois(), 1) >= 0) {
                    nes++;
                }
            }
            if (nes == n) {
                total += (af + cf + asf) * rapport;
                continue;
            }
            double afDuMois = nes >= 2 && n >= 2 ? af * baseAf(nes, mois) / baseAf(n, mois) : 0;
            double cfDuMois = nes >= nombreMinimumCf.a(mois) ? cf : 0;
            total += (afDuMois + cfDuMois + asf * nes / n) * rapport;
        }
        return total;
    }

    /**
     * Vrai si chaque enfant était déjà né au premier jour de M-12, donc né au plus tard le dernier jour de M-13 : il
     * compte alors pour chacun des mois M-13 à M-2.
     */
    private static boolean tousNesAvantLaPeriode(Situation s, Famille famille, Mois mois) {
        Mois premierSuivant = mois.moins(12);
        for (int i = 0; i < famille.enfants.taille(); i++) {
            if (s.age(famille.enfants.get(i), premierSuivant.annee(), premierSuivant.mois(), 1) < 0) {
                return false;
            }
        }
        return true;
    }

    private double baseAf(int enfants, Mois m) {
        return tauxAfDeuxEnfants.a(m) + tauxAfEnfantSupplementaire.a(m) * (enfants - 2);
    }

    /**
     * L'ASPA perçue au cours des mois M-13 à M-2 (R861-8), après l'abattement mensuel de R861-10. Quand un parent a
     * atteint l'âge de l'ASPA pendant la période, celle de chacun de ces mois (il ne la percevait pas avant) ; sinon
     * celle du mois calculé, douze fois (revalorisation de janvier ignorée, comme pour l'AAH).
     */
    private double aspaDesDouzeMois(Contexte contexte, Famille famille) {
        double duMois = contexte.resultats().get(Variable.ASPA);
        if (duMois <= 0 && !aspa.envisageable(contexte)) {
            return 0;
        }
        Mois mois = contexte.mois();
        boolean couple = famille.parents.taille() >= 2;
        if (aspa.allocataires(contexte, mois.moins(13)) == aspa.allocataires(contexte, mois)) {
            return 12 * Math.max(0, duMois - (couple ? abattementAspaCouple.a(mois) : abattementAspaSeul.a(mois)));
        }
        double total = 0;
        for (int k = 2; k <= 13; k++) {
            Mois m = mois.moins(k);
            double aspaDuMois = aspa.montantDuMois(contexte, m);
            if (aspaDuMois > 0) {
                total += Math.max(0, aspaDuMois - (couple ? abattementAspaCouple.a(m) : abattementAspaSeul.a(m)));
            }
        }
        return total;
    }

    /**
     * Minorant bon marché des ressources retenues, sans calculer de salaire net : la part minimale du brut qui reste
     * en net ({@link RessourcesDuFoyer#NET_MINIMAL_DU_BRUT}) des salaires bruts des parents sur M-13 à M-2, après
     * l'abattement du chômage indemnisé. Les autres ressources, les prestations et le forfait logement ne sont
     * jamais négatifs : les ressources annuelles sont au moins égales à ce minorant.
     */
    double minorantDesSalaires(Contexte contexte, Famille famille) {
        Situation s = contexte.situation();
        Mois mois = contexte.mois();
        int courant = s.indice(mois);
        double total = 0;
        for (int i = 0; i < famille.parents.taille(); i++) {
            int parent = famille.parents.get(i);
            Individu p = s.individu(parent);
            double bruts = 0;
            for (int k = 2; k <= 13; k++) {
                bruts += Math.max(0, p.salaireDeBase[courant - k]);
            }
            double minorant = RessourcesDuFoyer.NET_MINIMAL_DU_BRUT * bruts;
            if (p.activite == Activite.CHOMEUR && revenus.chomageBrut(s, parent, mois) > 0) {
                minorant *= 1 - abattementChomage.a(mois);
            }
            total += minorant;
        }
        return total;
    }

    private double individuelles(Contexte contexte, int individu) {
        Situation s = contexte.situation();
        Mois mois = contexte.mois();
        Individu p = s.individu(individu);
        double salaires = 0;
        double autres = 0;
        int anneeDuTaux = -1;
        double prelevements = 0;
        // R861-8 : les douze mois civils qui précèdent l'avant-dernier mois (M-13 à M-2).
        for (int k = 2; k <= 13; k++) {
            Mois m = mois.moins(k);
            int i = s.indice(m);
            if (p.salaireDeBase[i] > 0) {
                salaires += revenus.salaireNet(s, individu, m);
            }
            if (p.chomageBrut[i] > 0) {
                autres += revenus.chomageNet(s, individu, m);
            }
            autres += p.pensionsAlimentairesPercues[i];
            double pension = p.retraiteBrute[i];
            if (pension > 0) {
                if (m.annee() != anneeDuTaux) {
                    anneeDuTaux = m.annee();
                    prelevements = prelevementsSurPensions(s, individu, anneeDuTaux, m);
                }
                autres += pension * (1 - prelevements);
            }
        }
        // R861-8 : abattement de 30 % sur les revenus d'activité de la personne au chômage indemnisé.
        if (p.activite == Activite.CHOMEUR && revenus.chomageBrut(s, individu, mois) > 0) {
            double abattement = salaires * abattementChomage.a(mois);
            if (contexte.trace().active()) {
                contexte.trace().etape(Variable.CMU_C, "Abattement de 30 % sur les salaires de " + p.id + " (chômage indemnisé)", -abattement);
            }
            salaires -= abattement;
        }
        return salaires + autres;
    }

    /**
     * Taux global des prélèvements sur les pensions d'une année (CSS L136-8, III ; CRDS ; CASA) : aucun en cas
     * d'exonération, CSG à 3,8 % et CRDS au taux réduit, sinon CSG (déductible et non déductible), CRDS et CASA.
     * Le taux de CSG suit le revenu fiscal de référence ({@link CsgPensions}).
     */
    private double prelevementsSurPensions(Situation s, int individu, int annee, Mois m) {
        double deductible = csgPensions.tauxDeductible(s, individu, annee);
        if (deductible <= 0) {
            return 0;
        }
        if (deductible <= csgPensionsTauxReduit.a(m)) {
            return deductible + crds.a(m);
        }
        return deductible + csgPensionsNonDeductible.a(m) + crds.a(m) + casa.a(m);
    }

    /**
     * Forfait logement annuel : propriétaire ou logé gratuitement sans aide au logement, une part du montant
     * forfaitaire du RSA (R861-5) ; avec une aide personnelle au logement, l'aide dans la limite d'un forfait (R861-6).
     */
    private double forfaitLogement(Contexte contexte, int personnes) {
        Menage menage = contexte.menage();
        if (menage == null) {
            return 0;
        }
        Mois mois = contexte.mois();
        double rsa = montantRsa.a(mois) * (personnes >= 3 ? coefficientRsaTrois.a(mois) : personnes == 2 ? coefficientRsaDeux.a(mois) : 1);
        double aide = contexte.resultats().get(Variable.AIDE_LOGEMENT);
        if (aide > 0) {
            double taux = personnes >= 3 ? avecAide3.a(mois) : personnes == 2 ? avecAide2.a(mois) : avecAide1.a(mois);
            return Math.min(12 * aide, 12 * rsa * taux);
        }
        if (ComplementaireSanteSolidaire.proprietaireOuLogeGratuitement(menage)) {
            double taux = personnes >= 3 ? sansAide3.a(mois) : personnes == 2 ? sansAide2.a(mois) : sansAide1.a(mois);
            if (contexte.trace().active()) {
                contexte.trace().etape(Variable.CMU_C, "Forfait logement mensuel (" + ComplementaireSanteSolidaire.decimal(taux * 100) + " % du RSA de "
                        + personnes + (personnes > 1 ? " personnes, " : " personne, ") + euros(rsa) + ")", rsa * taux);
            }
            return 12 * rsa * taux;
        }
        return 0;
    }
}
