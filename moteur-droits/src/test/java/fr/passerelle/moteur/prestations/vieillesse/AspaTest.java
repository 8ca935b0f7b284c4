package fr.passerelle.moteur.prestations.vieillesse;

import fr.passerelle.moteur.calcul.Explication;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.prestations.minima.Foyers;
import org.junit.jupiter.api.Test;

import static fr.passerelle.moteur.prestations.minima.Foyers.foyer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * ASPA, d'après le CSS : 12 411,40 € par an pour une personne seule et 19 268,80 € pour un couple au
 * 1er janvier 2025 (D815-1, D815-2), 12 144,24 € avant ; ouverte à 65 ans (L815-1), dès l'âge légal de la
 * retraite en cas d'inaptitude ; différentielle.
 */
class AspaTest {

    private static double aspa(Foyers f, String mois) {
        return f.calculer(mois).get(Variable.ASPA);
    }

    @Test
    void personne_seule_sans_ressources_et_revalorisation_de_janvier() {
        assertThat(aspa(foyer().adulte(70, 0, 0), "2025-01")).isCloseTo(12411.40 / 12, within(0.01));
        assertThat(aspa(foyer().adulte(70, 0, 0), "2024-12")).isCloseTo(12144.24 / 12, within(0.01));
    }

    @Test
    void differentielle_avec_une_pension_et_pile_au_plafond() {
        assertThat(aspa(foyer().adulte(70, 0, 500), "2025-07")).isCloseTo(1034.28 - 500, within(0.01));
        assertThat(aspa(foyer().adulte(70, 0, 1034.2833), "2025-07")).isZero();
        assertThat(aspa(foyer().adulte(70, 0, 1033.2833), "2025-07")).isCloseTo(1.00, within(0.01));
    }

    @Test
    void couple_de_deux_allocataires_et_couple_d_un_seul_allocataire() {
        assertThat(aspa(foyer().adulte(70, 0, 0).adulte(68, 0, 0).maries(), "2025-07")).isCloseTo(19268.80 / 12, within(0.01));
        assertThat(aspa(foyer().adulte(70, 0, 0).adulte(60, 0, 0).maries(), "2025-07")).isCloseTo(12411.40 / 12, within(0.01));
        // un seul allocataire : plafond du couple, 1 605,73 €, moins les pensions du couple
        assertThat(aspa(foyer().adulte(70, 0, 0).adulte(60, 0, 1000).maries(), "2025-07")).isCloseTo(19268.80 / 12 - 1000, within(0.01));
    }

    @Test
    void revenus_d_activite_abattus_de_0_9_smic_par_trimestre_pour_une_personne_seule() {
        double abattement = 0.9 * 11.88 * 151.67;
        assertThat(aspa(foyer().adulte(66, 800, 0), "2025-07")).isCloseTo(1034.28 - (3 * 800 - abattement) / 3, within(0.01));
    }

    @Test
    void age_de_65_ans_ou_age_legal_en_cas_d_inaptitude() {
        assertThat(aspa(foyer().adulte(64, 0, 0), "2025-07")).isZero();
        assertThat(aspa(foyer().adulte(64, 0, 0, 0.5, false), "2025-07")).isCloseTo(1034.28, within(0.01));
        Explication e = foyer().adulte(64, 0, 0).expliquer("2025-07");
        assertThat(e.refus(Variable.ASPA).nom()).isEqualTo("age");
        assertThat(e.refus(Variable.ASPA).raison()).contains("64 ans").contains("65 ans");
    }
}
