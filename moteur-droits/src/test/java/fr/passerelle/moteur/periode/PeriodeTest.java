package fr.passerelle.moteur.periode;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodeTest {

    @Test
    void analyse_un_mois_et_une_annee() {
        assertThat(Periode.analyser("2025-07")).isEqualTo(new Mois(2025, 7));
        assertThat(Periode.analyser("2025")).isEqualTo(new Annee(2025));
    }

    @Test
    void une_periode_inconnue_dit_ce_qui_est_attendu() {
        assertThatThrownBy(() -> Periode.analyser("juillet 2025")).isInstanceOf(PeriodeInvalide.class).hasMessageContaining("AAAA-MM");
        assertThatThrownBy(() -> Mois.de("2025")).isInstanceOf(PeriodeInvalide.class).hasMessageContaining("un mois");
    }

    @Test
    void arithmetique_des_mois_par_dessus_les_annees() {
        assertThat(new Mois(2025, 2).moins(3)).isEqualTo(new Mois(2024, 11));
        assertThat(new Mois(2025, 12).plus(1)).isEqualTo(new Mois(2026, 1));
        assertThat(new Mois(2024, 2).fin().getDayOfMonth()).isEqualTo(29);
    }
}
