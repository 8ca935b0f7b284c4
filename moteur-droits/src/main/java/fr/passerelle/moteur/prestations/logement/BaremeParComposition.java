package fr.passerelle.moteur.prestations.logement;

import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.legislation.Parametre;
import java.time.LocalDate;

/**
 * Un montant des aides au logement qui dépend de la composition du ménage : une valeur pour la personne
 * seule, une pour le couple sans personne à charge, puis une par nombre de personnes à charge jusqu'à un
 * dernier rang, au-delà duquel s'ajoute (ou se retranche) une majoration par personne supplémentaire.
 */
final class BaremeParComposition {

    private final Parametre isole;
    private final Parametre couple;
    /** parACharge[k] : valeur pour k + 1 personnes à charge. */
    private final Parametre[] parACharge;
    private final Parametre majoration;

    private BaremeParComposition(Parametre isole, Parametre couple, Parametre[] parACharge, Parametre majoration) {
        this.isole = isole;
        this.couple = couple;
        this.parACharge = parACharge;
        this.majoration = majoration;
    }

    /** Barème « isolé, couple, 1 personne à charge, majoration par personne supplémentaire » (plafonds de loyer, RLS). */
    static BaremeParComposition simple(Legislation l, String prefixe) {
        return new BaremeParComposition(l.parametre(prefixe + ".personne_seule"), l.parametre(prefixe + ".couple"),
                new Parametre[] {l.parametre(prefixe + ".une_personne_a_charge")},
                l.parametre(prefixe + ".par_personne_a_charge_supplementaire"));
    }

    /** Barème détaillé jusqu'à six personnes à charge (TF, R0). */
    static BaremeParComposition detaille(Legislation l, String prefixe) {
        String[] rangs = {"une", "deux", "trois", "quatre", "cinq", "six"};
        Parametre[] parACharge = new Parametre[rangs.length];
        for (int i = 0; i < rangs.length; i++) {
            parACharge[i] = l.parametre(prefixe + "." + rangs[i] + (i == 0 ? "_personne_a_charge" : "_personnes_a_charge"));
        }
        return new BaremeParComposition(l.parametre(prefixe + ".isole"), l.parametre(prefixe + ".couple"), parACharge,
                l.parametre(prefixe + ".par_personne_a_charge_supplementaire"));
    }

    /** Barème par paliers sans majoration : au-delà du dernier rang, la valeur du dernier rang (plafonds de la RLS). */
    static BaremeParComposition paliers(Legislation l, String prefixe) {
        String[] rangs = {"une_personne_a_charge", "deux_personnes_a_charge", "trois_personnes_a_charge",
                "quatre_personnes_a_charge", "cinq_personnes_a_charge_ou_plus"};
        Parametre[] parACharge = new Parametre[rangs.length];
        for (int i = 0; i < rangs.length; i++) {
            parACharge[i] = l.parametre(prefixe + "." + rangs[i]);
        }
        return new BaremeParComposition(l.parametre(prefixe + ".personne_seule"), l.parametre(prefixe + ".couple"), parACharge, null);
    }

    double a(LocalDate mois, boolean enCouple, int personnesACharge) {
        if (personnesACharge == 0) {
            return enCouple ? couple.a(mois) : isole.a(mois);
        }
        int dernier = parACharge.length;
        if (personnesACharge <= dernier) {
            return parACharge[personnesACharge - 1].a(mois);
        }
        double supplement = majoration == null ? 0 : (personnesACharge - dernier) * majoration.a(mois);
        return parACharge[dernier - 1].a(mois) + supplement;
    }
}
