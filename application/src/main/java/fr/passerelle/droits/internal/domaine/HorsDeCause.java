package fr.passerelle.droits.internal.domaine;

/**
 * Quand le moteur rend zéro sans rien expliquer, la raison évidente tirée des réponses (pas d'enfant, moins de
 * 65 ans, pas de handicap reconnu, pas locataire…) ; {@code null} si les réponses ne suffisent pas à le dire.
 */
final class HorsDeCause {

    private HorsDeCause() {
    }

    static String raison(String code, Foyer f) {
        boolean enfants = f.nombreEnfants() > 0;
        return switch (code) {
            case "af", "cf", "asf", "ars", "paje_base", "bourse_college", "bourse_lycee" -> !enfants
                    ? "Cette aide concerne les familles qui ont des enfants à charge."
                    : raisonFamille(code, f);
            case "aspa" -> f.age() < 65 && (!f.enCouple() || f.ageConjoint() < 65)
                    ? "Cette aide est réservée aux personnes de 65 ans ou plus (plus tôt en cas d'inaptitude au travail)."
                    : null;
            case "aah" -> f.handicap() == Handicap.AUCUN && (!f.enCouple() || f.handicapConjoint() == Handicap.AUCUN)
                    ? "Cette aide demande un taux d'incapacité d'au moins 50 % reconnu par la MDPH."
                    : null;
            case "aide_logement" -> !f.logement().locataire()
                    ? "Les aides au logement concernent surtout les locataires (et certains propriétaires qui remboursent un prêt)."
                    : null;
            default -> null;
        };
    }

    private static String raisonFamille(String code, Foyer f) {
        return switch (code) {
            case "asf" -> f.enCouple() ? "Cette aide est réservée aux parents qui élèvent seuls leurs enfants." : null;
            case "paje_base" -> f.agesEnfants().stream().noneMatch(a -> a < 3)
                    ? "Cette aide concerne les enfants de moins de 3 ans." : null;
            case "bourse_college" -> f.agesEnfants().stream().noneMatch(a -> a >= 11 && a <= 14)
                    ? "Aucun enfant n'a l'âge d'aller au collège." : null;
            case "bourse_lycee" -> f.agesEnfants().stream().noneMatch(a -> a >= 15 && a <= 18)
                    ? "Aucun enfant n'a l'âge d'aller au lycée." : null;
            case "ars" -> f.agesEnfants().stream().noneMatch(a -> a >= 6 && a <= 18)
                    ? "Cette aide concerne les enfants de 6 à 18 ans qui vont à l'école." : null;
            case "cf" -> f.agesEnfants().stream().filter(a -> a >= 3).count() < 3
                    ? "Cette aide concerne les familles d'au moins 3 enfants de 3 ans ou plus." : null;
            case "af" -> f.nombreEnfants() < 2 ? "Les allocations familiales commencent au 2e enfant." : null;
            default -> null;
        };
    }
}
