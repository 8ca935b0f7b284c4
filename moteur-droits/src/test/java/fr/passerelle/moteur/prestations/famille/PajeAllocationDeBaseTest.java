package fr.passerelle.moteur.prestations.famille;

import fr.passerelle.moteur.calcul.Variable;
import org.junit.jupiter.api.Test;

import static fr.passerelle.moteur.prestations.famille.CasFamille.en;
import static fr.passerelle.moteur.prestations.famille.CasFamille.salairePourRessources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Allocation de base de la PAJE, depuis CSS L531-3, R531-1, D531-2 et D531-3 (enfants nés depuis avril 2018). */
class PajeAllocationDeBaseTest {

    @Test
    void due_a_partir_du_mois_qui_suit_la_naissance() {
        assertThat(en(2024, 12).parent(20_000).enfant("2024-12-05").montant(Variable.PAJE_BASE)).isZero();
        assertThat(en(2025, 1).parent(20_000).enfant("2024-12-05").montant(Variable.PAJE_BASE)).isCloseTo(466.44 * 0.4165, within(0.01));
    }

    @Test
    void cesse_le_mois_du_troisieme_anniversaire() {
        assertThat(en(2025, 12).parent(20_000).enfant("2023-01-15").montant(Variable.PAJE_BASE)).isCloseTo(474.37 * 0.4165, within(0.01));
        CasFamille janvier = en(2026, 1).parent(20_000).enfant("2023-01-15");
        assertThat(janvier.montant(Variable.PAJE_BASE)).isZero();
        assertThat(janvier.raisonDuRefus(Variable.PAJE_BASE)).contains("troisième anniversaire");
    }

    @Test
    void taux_plein_pile_au_plafond_taux_partiel_un_euro_au_dessus() {
        // Personne seule, un enfant : 24 414 × 1,25 + 9 812 (taux plein), 29 169 × 1,25 + 11 725 (taux partiel).
        double plein = 24_414 * 1.25 + 9_812;
        double partiel = 29_169 * 1.25 + 11_725;
        assertThat(en(2025, 5).parent(salairePourRessources(2025, plein)).enfant("2024-06-01").montant(Variable.PAJE_BASE))
                .isCloseTo(474.37 * 0.4165, within(0.01));
        assertThat(en(2025, 5).parent(salairePourRessources(2025, plein + 1)).enfant("2024-06-01").montant(Variable.PAJE_BASE))
                .isCloseTo(474.37 * 0.20825, within(0.01));
        assertThat(en(2025, 5).parent(salairePourRessources(2025, partiel + 1)).enfant("2024-06-01").montant(Variable.PAJE_BASE)).isZero();
    }

    @Test
    void un_couple_avec_un_seul_revenu_a_un_plafond_plus_bas() {
        double plafondCouple = 24_414 * 1.25; // couple avec un seul revenu, un enfant
        CasFamille cas = en(2025, 5).parent(salairePourRessources(2025, plafondCouple + 1)).parent(0).enfant("2024-06-01");
        assertThat(cas.montant(Variable.PAJE_BASE)).isCloseTo(474.37 * 0.20825, within(0.01));
        assertThat(cas.explication.de(Variable.PAJE_BASE).toString()).contains("couple avec un seul revenu");
    }
}
