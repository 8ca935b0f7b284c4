package fr.passerelle.moteur.prestations.logement;

import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.legislation.Parametre;
import java.time.LocalDate;

/**
 * La réduction de loyer de solidarité (art. L. 442-2-1 CCH) : le bailleur social baisse le loyer des locataires
 * d'un logement conventionné dont les ressources mensuelles sont sous un plafond, et l'APL est diminuée de 98 %
 * de cette réduction (décret n° 2018-136 du 27 février 2018).
 */
final class ReductionLoyerSolidarite {

    private final BaremeParComposition[] montants = new BaremeParComposition[4];
    private final BaremeParComposition[] plafonds = new BaremeParComposition[4];
    private final Parametre fractionImputee;

    ReductionLoyerSolidarite(Legislation l) {
        for (int zone = 1; zone <= 3; zone++) {
            montants[zone] = BaremeParComposition.simple(l, "aides_logement.reduction_loyer_solidarite.montant.zone_" + zone);
            plafonds[zone] = BaremeParComposition.paliers(l, "aides_logement.reduction_loyer_solidarite.plafond_ressources.zone_" + zone);
        }
        fractionImputee = l.parametre("aides_logement.reduction_loyer_solidarite.fraction_imputee");
    }

    double plafondMensuel(LocalDate mois, int zone, boolean couple, int personnesACharge) {
        return plafonds[zone].a(mois, couple, personnesACharge);
    }

    double montant(LocalDate mois, int zone, boolean couple, int personnesACharge) {
        return montants[zone].a(mois, couple, personnesACharge);
    }

    double fractionImputee(LocalDate mois) {
        return fractionImputee.a(mois);
    }
}
