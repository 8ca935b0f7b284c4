package fr.passerelle.moteur.situation;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CalendrierTest {

    @Test
    void rend_la_meme_date_que_java_time_de_1900_a_2100() {
        for (long j = LocalDate.of(1900, 1, 1).toEpochDay(); j <= LocalDate.of(2100, 12, 31).toEpochDay(); j++) {
            LocalDate d = LocalDate.ofEpochDay(j);
            int c = Calendrier.civil(j);
            assertThat(Calendrier.annee(c) * 10_000 + Calendrier.mois(c) * 100 + Calendrier.jour(c))
                    .as("%s", d).isEqualTo(d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth());
        }
    }

    @Test
    void l_age_change_le_jour_de_l_anniversaire() {
        Situation s = new Situation();
        int p = s.nouvelIndividu("p");
        s.individu(p).naissance = LocalDate.of(2000, 2, 29).toEpochDay();
        assertThat(s.age(p, LocalDate.of(2025, 2, 28))).isEqualTo(24);
        assertThat(s.age(p, LocalDate.of(2025, 3, 1))).isEqualTo(25);
        assertThat(s.ageEnMois(p, LocalDate.of(2000, 3, 29))).isEqualTo(1);
        assertThat(s.ageEnMois(p, LocalDate.of(2000, 3, 28))).isZero();
    }
}
