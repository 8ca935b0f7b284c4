package fr.passerelle.moteur.prestations.famille;

import fr.passerelle.moteur.calcul.Variable;
import org.junit.jupiter.api.Test;

import static fr.passerelle.moteur.prestations.famille.CasFamille.en;
import static fr.passerelle.moteur.prestations.famille.CasFamille.salairePourRessources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Allocation de rentrée scolaire 2025, depuis CSS R543-2, R543-5, R543-6-1 et D543-1 (BMAF 474,37 €). */
class AllocationRentreeScolaireTest {

    private static final double BMAF = 474.37;

    @Test
    void un_enfant_de_chaque_age_scolaire() {
        double ars = en(2025, 1).parent(20_000).enfant("2016-03-01").enfant("2012-03-01").enfant("2009-03-01").montant(Variable.ARS);
        assertThat(ars).isCloseTo(BMAF * (0.8972 + 0.9467 + 0.9795), within(0.01));
    }

    @Test
    void l_age_est_celui_atteint_au_31_decembre() {
        // Né le 20 décembre 2019 : 6 ans au 31 décembre 2025, il ouvre droit ; né le 20 décembre 2014 : 11 ans, taux collège.
        assertThat(en(2025, 1).parent(20_000).enfant("2019-12-20").montant(Variable.ARS)).isCloseTo(BMAF * 0.8972, within(0.01));
        assertThat(en(2025, 1).parent(20_000).enfant("2014-12-20").montant(Variable.ARS)).isCloseTo(BMAF * 0.9467, within(0.01));
    }

    @Test
    void six_ans_en_janvier_suivant_seulement_s_il_est_deja_a_l_ecole_elementaire() {
        assertThat(en(2025, 1).parent(20_000).enfant("2020-01-15", false, "maternelle").montant(Variable.ARS)).isZero();
        assertThat(en(2025, 1).parent(20_000).enfant("2020-01-15", false, "primaire").montant(Variable.ARS)).isCloseTo(BMAF * 0.8972, within(0.01));
    }

    @Test
    void dix_huit_ans_avant_le_15_septembre_plus_de_droit() {
        CasFamille cas = en(2025, 1).parent(20_000).enfant("2007-09-10");
        assertThat(cas.montant(Variable.ARS)).isZero();
        assertThat(cas.raisonDuRefus(Variable.ARS)).contains("15 septembre 2025");
        assertThat(en(2025, 1).parent(20_000).enfant("2007-09-20").montant(Variable.ARS)).isCloseTo(BMAF * 0.9795, within(0.01));
    }

    @Test
    void pile_au_plafond_puis_allocation_differentielle() {
        double plafond = 21_880 * 1.3;
        double pile = en(2025, 1).parent(salairePourRessources(2025, plafond)).enfant("2016-03-01").montant(Variable.ARS);
        double cent = en(2025, 1).parent(salairePourRessources(2025, plafond + 100)).enfant("2016-03-01").montant(Variable.ARS);
        double trop = en(2025, 1).parent(salairePourRessources(2025, plafond + BMAF * 0.8972 - 10)).enfant("2016-03-01").montant(Variable.ARS);
        assertThat(pile).isCloseTo(BMAF * 0.8972, within(0.01));
        assertThat(cent).isCloseTo(BMAF * 0.8972 - 100, within(0.02));
        assertThat(trop).as("différentielle de 10 € : sous les 15 € du minimum").isZero();
    }
}
