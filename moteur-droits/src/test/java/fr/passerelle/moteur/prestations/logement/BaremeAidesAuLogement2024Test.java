package fr.passerelle.moteur.prestations.logement;

import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.legislation.LegislationInvalide;
import fr.passerelle.moteur.legislation.Parametre;
import fr.passerelle.moteur.periode.Mois;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Les valeurs de 2024 des aides au logement, lues dans les textes :
 * <ul>
 *   <li>R0 et forfait de ressources des étudiants : arrêté du 15 décembre 2023 (JORF du 21 décembre 2023), prestations
 *       dues à compter du 1er janvier 2024, jusqu'à l'arrêté de décembre 2024 (1er janvier 2025) ;</li>
 *   <li>forfait de charges et P0 : arrêté du 22 septembre 2023 (JORF du 27 septembre 2023), révision du 1er octobre
 *       2023 (IRL du 2e trimestre 2023, +3,50 %), jusqu'à la révision du 1er octobre 2024.</li>
 * </ul>
 * Chaque valeur est vérifiée à son premier mois, à son dernier mois (la valeur suivante prend le relais le mois
 * d'après), et le mois qui précède son premier mois n'a pas de valeur : une demande plus ancienne s'arrête sur une
 * erreur qui nomme le paramètre.
 */
class BaremeAidesAuLogement2024Test {

    private static final Legislation LEGISLATION = Legislation.francaise();

    @ParameterizedTest(name = "{0} : {3} du {1} au {2}, puis {4} ; avant : {5}")
    @CsvSource({
            "abattement_r0.isole,                                2024-01, 2024-12, 5186, 5235, 4949",
            "abattement_r0.couple,                               2024-01, 2024-12, 7430, 7501, 7090",
            "abattement_r0.une_personne_a_charge,                2024-01, 2024-12, 8862, 8947, 8456",
            "abattement_r0.deux_personnes_a_charge,              2024-01, 2024-12, 9061, 9148, 8646",
            "abattement_r0.trois_personnes_a_charge,             2024-01, 2024-12, 9408, 9498, 8977",
            "abattement_r0.quatre_personnes_a_charge,            2024-01, 2024-12, 9758, 9851, 9311",
            "abattement_r0.cinq_personnes_a_charge,              2024-01, 2024-12, 10105, 10202, 9642",
            "abattement_r0.six_personnes_a_charge,               2024-01, 2024-12, 10454, 10554, 9975",
            "abattement_r0.par_personne_a_charge_supplementaire, 2024-01, 2024-12, 343, 346, 328",
            "ressources.forfait_etudiant,                        2024-01, 2024-12, 8500, 8600, 8100",
            "forfait_charges.base,                               2023-10, 2024-09, 58.08, 59.97, aucune",
            "forfait_charges.par_personne_a_charge,              2023-10, 2024-09, 13.17, 13.60, aucune",
            "participation_minimale.forfait,                     2023-10, 2024-09, 37.91, 39.15, aucune",
    })
    void valeur_en_vigueur_de_son_premier_a_son_dernier_mois(String nom, String premier, String dernier, double valeur,
                                                             double suivante, String avant) {
        Parametre parametre = LEGISLATION.parametre("aides_logement." + nom);
        Mois debut = Mois.de(premier);
        Mois fin = Mois.de(dernier);
        assertThat(parametre.a(debut)).isEqualTo(valeur);
        assertThat(parametre.a(fin)).isEqualTo(valeur);
        assertThat(parametre.a(fin.plus(1))).isEqualTo(suivante);
        assertThat(parametre.referenceA(debut.debut())).contains("2023");
        if ("aucune".equals(avant)) {
            assertThatThrownBy(() -> parametre.a(debut.moins(1)))
                    .isInstanceOf(LegislationInvalide.class)
                    .hasMessageContaining("aides_logement." + nom);
        } else {
            assertThat(parametre.a(debut.moins(1))).isEqualTo(Double.parseDouble(avant));
        }
    }

    /**
     * Les valeurs antérieures lues par la prime d'activité de janvier à mars 2024 (aide au logement d'octobre à
     * décembre 2023) : R0 de 2023 (arrêté du 26 décembre 2022), forfait étudiant du 1er août 2022 (arrêté du
     * 29 juillet 2022, inchangé en 2023), plafonds de la RLS de 2019 (arrêté du 27 décembre 2018, gelés de 2020 à 2023).
     */
    @ParameterizedTest(name = "{0} : {2} en {1}, {3} en 2024")
    @CsvSource({
            "abattement_r0.isole,                                                       2023-01, 4949, 5186",
            "ressources.forfait_etudiant,                                               2022-08, 8100, 8500",
            "reduction_loyer_solidarite.plafond_ressources.zone_1.personne_seule,       2019-01, 915, 959",
            "reduction_loyer_solidarite.plafond_ressources.zone_2.couple,               2019-01, 1042, 1092",
            "reduction_loyer_solidarite.plafond_ressources.zone_3.cinq_personnes_a_charge_ou_plus, 2019-01, 2411, 2527",
    })
    void valeurs_anterieures_a_2024(String nom, String premier, double valeur, double en2024) {
        Parametre parametre = LEGISLATION.parametre("aides_logement." + nom);
        assertThat(parametre.a(Mois.de(premier))).isEqualTo(valeur);
        assertThat(parametre.a(new Mois(2023, 12))).isEqualTo(valeur);
        assertThat(parametre.a(new Mois(2024, 1))).isEqualTo(en2024);
    }
}
