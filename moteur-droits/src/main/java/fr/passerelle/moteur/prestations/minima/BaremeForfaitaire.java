package fr.passerelle.moteur.prestations.minima;

import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.legislation.Parametre;
import fr.passerelle.moteur.periode.Mois;

/**
 * Le montant forfaitaire d'un foyer, commun au RSA (CASF L262-2, R262-1) et à la prime d'activité
 * (CSS L842-3, D843-1) : un montant pour une personne seule, majoré de 50 % pour la deuxième personne,
 * de 30 % pour chaque personne suivante (conjoint ou deux premiers enfants à charge) et de 40 % par enfant
 * à partir du troisième ; le montant majoré pour isolement (L262-9, L842-7) ; le forfait logement
 * (R262-10, R844-3). {@code prefixe} : {@code minima_sociaux.rsa} ou {@code minima_sociaux.prime_activite}.
 */
public final class BaremeForfaitaire {

    private final Parametre montant;
    private final Parametre deuxiemePersonne;
    private final Parametre personneSupplementaire;
    private final Parametre aPartirDuTroisiemeEnfant;
    private final Parametre isolementBase;
    private final Parametre isolementParEnfant;
    private final Parametre forfaitUnePersonne;
    private final Parametre forfaitDeuxPersonnes;
    private final Parametre forfaitTroisPersonnes;

    public BaremeForfaitaire(Legislation legislation, String prefixe) {
        montant = legislation.parametre(prefixe + ".montant_forfaitaire");
        deuxiemePersonne = legislation.parametre(prefixe + ".majoration_deuxieme_personne");
        personneSupplementaire = legislation.parametre(prefixe + ".majoration_personne_supplementaire");
        aPartirDuTroisiemeEnfant = legislation.parametre(prefixe + ".majoration_a_partir_du_troisieme_enfant");
        isolementBase = legislation.parametre(prefixe + ".majoration_isolement_base");
        isolementParEnfant = legislation.parametre(prefixe + ".majoration_isolement_par_enfant");
        forfaitUnePersonne = legislation.parametre(prefixe + ".forfait_logement_une_personne");
        forfaitDeuxPersonnes = legislation.parametre(prefixe + ".forfait_logement_deux_personnes");
        forfaitTroisPersonnes = legislation.parametre(prefixe + ".forfait_logement_trois_personnes_ou_plus");
    }

    /** Montant forfaitaire d'une personne seule. */
    public double montantDeBase(Mois mois) {
        return montant.a(mois);
    }

    /** Coefficient du montant forfaitaire selon la composition : 1 pour une personne seule, 1,5 pour deux… */
    public double coefficient(boolean couple, int enfants, Mois mois) {
        double c = 1;
        if (couple) {
            c += deuxiemePersonne.a(mois);
        }
        for (int k = 1; k <= enfants; k++) {
            if (!couple && k == 1) {
                c += deuxiemePersonne.a(mois);
            } else if (k <= 2) {
                c += personneSupplementaire.a(mois);
            } else {
                c += aPartirDuTroisiemeEnfant.a(mois);
            }
        }
        return c;
    }

    public double montantForfaitaire(boolean couple, int enfants, Mois mois) {
        return montant.a(mois) * coefficient(couple, enfants, mois);
    }

    /** Montant forfaitaire majoré d'une personne isolée qui assume la charge d'enfants. */
    public double montantMajore(int enfants, Mois mois) {
        return montant.a(mois) * (isolementBase.a(mois) + isolementParEnfant.a(mois) * enfants);
    }

    /**
     * Forfait logement : une part du montant forfaitaire applicable à un foyer d'une, de deux ou de trois
     * personnes (au-delà de trois, celui de trois personnes).
     */
    public double forfaitLogement(int personnes, Mois mois) {
        if (personnes <= 1) {
            return forfaitUnePersonne.a(mois) * montantForfaitaire(false, 0, mois);
        }
        if (personnes == 2) {
            return forfaitDeuxPersonnes.a(mois) * montantForfaitaire(true, 0, mois);
        }
        return forfaitTroisPersonnes.a(mois) * montantForfaitaire(true, 1, mois);
    }
}
