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

    @ParameterizedTest(name = "{0} : {3} du {1} au {2}, puis {4}")
    @CsvSource({
            "abattement_r0.isole,                                2024-01, 2024-12, 5186, 5235",
            "abattement_r0.couple,                               2024-01, 2024-12, 7430, 7501",
            "abattement_r0.une_personne_a_charge,                2024-01, 2024-12, 8862, 8947",
            "abattement_r0.deux_personnes_a_charge,              2024-01, 2024-12, 9061, 9148",
            "abattement_r0.trois_personnes_a_charge,             2024-01, 2024-12, 9408, 9498",
            "abattement_r0.quatre_personnes_a_charge,            2024-01, 2024-12, 9758, 9851",
            "abattement_r0.cinq_personnes_a_charge,              2024-01, 2024-12, 10105, 10202",
            "abattement_r0.six_personnes_a_charge,               2024-01, 2024-12, 10454, 10554",
            "abattement_r0.par_personne_a_charge_supplementaire, 2024-01, 2024-12, 343, 346",
            "ressources.forfait_etudiant,                        2024-01, 2024-12, 8500, 8600",
            "forfait_charges.base,                               2023-10, 2024-09, 58.08, 59.97",
            "forfait_charges.par_personne_a_charge,              2023-10, 2024-09, 13.17, 13.60",
            "participation_minimale.forfait,                     2023-10, 2024-09, 37.91, 39.15",
    })
    void valeur_en_vigueur_de_son_premier_a_son_dernier_mois(String nom, String premier, String dernier, double valeur, double suivante) {
        Parametre parametre = LEGISLATION.parametre("aides_logement." + nom);
        Mois debut = Mois.de(premier);
        Mois fin = Mois.de(dernier);
        assertThat(parametre.a(debut)).isEqualTo(valeur);
        assertThat(parametre.a(fin)).isEqualTo(valeur);
        assertThat(parametre.a(fin.plus(1))).isEqualTo(suivante);
        assertThat(parametre.referenceA(debut.debut())).contains("2023");
        assertThatThrownBy(() -> parametre.a(debut.moins(1)))
                .isInstanceOf(LegislationInvalide.class)
                .hasMessageContaining("aides_logement." + nom);
    }
}
