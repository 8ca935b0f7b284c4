package fr.passerelle.moteur.prestations.famille;

import fr.passerelle.moteur.calcul.Variable;
import org.junit.jupiter.api.Test;

import static fr.passerelle.moteur.prestations.famille.CasFamille.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Allocation de soutien familial, depuis CSS L523-1 et D523-1 (42,2 % de la BMAF, décret n° 2022-1370). */
class AllocationSoutienFamilialTest {

    @Test
    void parent_seul_deux_enfants() {
        assertThat(en(2025, 5).parent(20_000).enfant("2012-01-01").enfant("2016-01-01").montant(Variable.ASF))
                .isCloseTo(2 * 474.37 * 0.422, within(0.01));
        assertThat(en(2025, 3).parent(20_000).enfant("2012-01-01").montant(Variable.ASF))
                .isCloseTo(466.44 * 0.422, within(0.01));
    }

    @Test
    void un_couple_n_y_a_pas_droit() {
        CasFamille cas = en(2025, 5).parent(20_000).parent(0).enfant("2012-01-01");
        assertThat(cas.montant(Variable.ASF)).isZero();
        assertThat(cas.raisonDuRefus(Variable.ASF)).contains("en couple");
    }

    @Test
    void la_pension_alimentaire_percue_est_deduite() {
        double asf = en(2025, 5).parent(20_000).enfant("2012-01-01").pensionAlimentaire(150).montant(Variable.ASF);
        assertThat(asf).isCloseTo(474.37 * 0.422 - 150, within(0.01));
        assertThat(en(2025, 5).parent(20_000).enfant("2012-01-01").pensionAlimentaire(250).montant(Variable.ASF)).isZero();
    }

    @Test
    void l_enfant_de_20_ans_n_ouvre_plus_droit() {
        assertThat(en(2025, 5).parent(20_000).enfant("2005-01-01").montant(Variable.ASF)).isZero();
    }
}
