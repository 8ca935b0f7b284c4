package fr.passerelle.moteur.prestations.energie;

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
import fr.passerelle.moteur.situation.Menage;
import fr.passerelle.moteur.situation.Situation;
import fr.passerelle.moteur.situation.StatutOccupationLogement;

import static fr.passerelle.moteur.calcul.Montants.euros;

/**
 * Chèque énergie (Code de l'énergie, L124-1, R124-1 et suivants ; arrêté du 11 avril 2016 modifié) : montant annuel
 * selon le revenu fiscal de référence du ménage par unité de consommation. Le revenu retenu est celui de l'année N-2
 * (avis d'imposition de l'année N-1, le dernier connu quand les chèques de l'année N sont établis). Droit du ménage :
 * attribué à la première famille du logement.
 */
public final class ChequeEnergie implements Prestation {

    private final Fiscalite fiscalite;
    private final Parametre ucPremiere;
    private final Parametre ucDeuxieme;
    private final Parametre ucSupplementaire;
    private final Bareme uneUc;
    private final Bareme entreUneEtDeuxUc;
    private final Bareme deuxUcEtPlus;

    public ChequeEnergie(Socle socle) {
        Legislation l = socle.legislation();
        fiscalite = socle.fiscalite();
        ucPremiere = l.parametre("cheque_energie.unites_consommation.premiere_personne");
        ucDeuxieme = l.parametre("cheque_energie.unites_consommation.deuxieme_personne");
        ucSupplementaire = l.parametre("cheque_energie.unites_consommation.personne_supplementaire");
        uneUc = l.bareme("cheque_energie.montant_une_uc");
        entreUneEtDeuxUc = l.bareme("cheque_energie.montant_entre_une_et_deux_uc");
        deuxUcEtPlus = l.bareme("cheque_energie.montant_deux_uc_et_plus");
    }

    @Override
    public Variable[] variables() {
        return new Variable[] {Variable.CHEQUE_ENERGIE};
    }

    @Override
    public void calculer(Contexte contexte) {
        Menage menage = contexte.menage();
        if (menage == null || !contexte.premiereFamilleDuMenage()) {
            return;
        }
        Trace trace = contexte.trace();
        boolean logementEligible = logementEligible(menage.statutOccupation);
        if (trace.active()) {
            trace.condition(Variable.CHEQUE_ENERGIE, "logement_occupe_a_titre_de_residence", logementEligible, logementEligible
                    ? "Vous êtes propriétaire ou locataire de votre logement"
                    : "Le chèque énergie est adressé à l'occupant, propriétaire ou locataire, d'un logement ordinaire : "
                    + "pas aux personnes logées gratuitement ou en foyer");
        }
        if (!logementEligible) {
            return;
        }
        Situation s = contexte.situation();
        Mois mois = contexte.mois();
        int annee = mois.annee();
        int m = contexte.indiceMenage();
        double rfr = 0;
        int foyers = 0;
        for (int f = 0; f < s.nombreFoyers(); f++) {
            if (s.foyer(f).declarants.taille() > 0 && s.individu(s.foyer(f).declarants.get(0)).menage == m) {
                rfr += fiscalite.revenuFiscalDeReference(s, f, annee - 2);
                foyers++;
            }
        }
        if (trace.active()) {
            trace.condition(Variable.CHEQUE_ENERGIE, "declaration_de_revenus", foyers > 0, foyers > 0
                    ? "Le ménage a déclaré ses revenus"
                    : "Aucune personne du logement ne dépose de déclaration de revenus : le chèque est établi sur cette déclaration");
        }
        if (foyers == 0) {
            return;
        }
        double uc = unitesDeConsommation(s, menage, mois);
        double parUc = rfr / uc;
        double montant = montant(parUc, uc, mois);
        contexte.resultats().set(Variable.CHEQUE_ENERGIE, montant);
        if (trace.active()) {
            trace.etape(Variable.CHEQUE_ENERGIE, "Revenu fiscal de référence " + (annee - 2) + " du ménage", rfr);
            trace.etape(Variable.CHEQUE_ENERGIE, "Revenu par unité de consommation (" + menage.nombreDePersonnes()
                    + (menage.nombreDePersonnes() > 1 ? " personnes, " : " personne, ")
                    + String.valueOf(Math.round(uc * 100) / 100.0).replace('.', ',') + " UC)", parUc);
            trace.condition(Variable.CHEQUE_ENERGIE, "revenu_par_uc_sous_le_plafond", montant > 0, montant > 0
                    ? "Votre revenu par unité de consommation (" + euros(parUc) + ") ouvre droit au chèque énergie"
                    : "Votre revenu par unité de consommation (" + euros(parUc) + ") atteint le plafond du chèque énergie");
            trace.etape(Variable.CHEQUE_ENERGIE, "Montant annuel du chèque énergie " + annee, montant);
        }
    }

    /**
     * Montant annuel pour un revenu par unité de consommation : barème d'une UC, de plus d'une et moins de deux UC, ou
     * de deux UC et plus. Les tranches de l'arrêté sont « inférieur à » : un revenu égal à un seuil relève de la
     * tranche suivante.
     */
    double montant(double revenuParUc, double uc, Mois mois) {
        Bareme bareme = uc <= 1 ? uneUc : uc < 2 ? entreUneEtDeuxUc : deuxUcEtPlus;
        return bareme.montant(Math.nextUp(revenuParUc), mois.anneeCivile());
    }

    static boolean logementEligible(StatutOccupationLogement statut) {
        return statut == StatutOccupationLogement.PROPRIETAIRE || statut == StatutOccupationLogement.PRIMO_ACCEDANT
                || statut == StatutOccupationLogement.LOCATAIRE_HLM || statut == StatutOccupationLogement.LOCATAIRE_VIDE
                || statut == StatutOccupationLogement.LOCATAIRE_MEUBLE;
    }

    /** 1 UC pour la première personne, 0,5 pour la deuxième, 0,3 ensuite ; un enfant en garde alternée compte pour moitié. */
    double unitesDeConsommation(Situation s, Menage menage, Mois mois) {
        double personnes = menage.nombreDePersonnes();
        for (int i = 0; i < menage.enfants.taille(); i++) {
            if (s.individu(menage.enfants.get(i)).gardeAlternee) {
                personnes -= 0.5;
            }
        }
        double uc = ucPremiere.a(mois);
        if (personnes > 1) {
            uc += ucDeuxieme.a(mois) * (Math.min(personnes, 2) - 1);
        }
        if (personnes > 2) {
            uc += ucSupplementaire.a(mois) * (personnes - 2);
        }
        return uc;
    }
}
