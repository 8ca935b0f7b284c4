package fr.passerelle.moteur.legislation;

import fr.passerelle.moteur.periode.Mois;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** La lecture par mois (table précalculée) rend la valeur du premier jour du mois, comme la lecture par date. */
class ParametreParMoisTest {

    private final Legislation legislation = Legislation.francaise();

    @Test
    void meme_valeur_que_le_premier_jour_du_mois() {
        Parametre bmaf = legislation.parametre("prestations_familiales.bmaf");
        assertThat(bmaf.a(new Mois(2025, 3))).isEqualTo(466.44);
        assertThat(bmaf.a(new Mois(2025, 4))).isEqualTo(474.37);
        for (int rang = new Mois(2022, 7).rang(); rang <= new Mois(2030, 12).rang(); rang++) {
            Mois m = new Mois(rang / 12, rang % 12 + 1);
            assertThat(bmaf.a(m)).isEqualTo(bmaf.a(m.debut()));
        }
    }

    @Test
    void une_date_d_effet_en_cours_de_mois_compte_a_partir_du_mois_suivant_et_avant_la_premiere_valeur_c_est_une_erreur() {
        Parametre minimum = legislation.parametre("prestations_familiales.ars.montant_minimum"); // depuis le 9 août 2002
        assertThat(minimum.a(new Mois(2002, 9))).isEqualTo(minimum.a(LocalDate.of(2002, 9, 1)));
        assertThatThrownBy(() -> minimum.a(new Mois(2002, 8))).isInstanceOf(LegislationInvalide.class).hasMessageContaining("2002-08-01");
    }

    @Test
    void plafond_de_la_securite_sociale_de_2022_lu_par_les_ressources_des_douze_mois_de_janvier_2024() {
        // Aide au logement et CSS de janvier 2024 : salaires de décembre 2022 (M-13), cotisations plafonnées au PSS 2022.
        Parametre pss = legislation.parametre("prelevements_sociaux.plafond_securite_sociale_mensuel");
        assertThat(pss.a(new Mois(2022, 1))).isEqualTo(3428);
        assertThat(pss.a(new Mois(2022, 12))).isEqualTo(3428);
        assertThat(pss.a(new Mois(2023, 1))).isEqualTo(3666);
        assertThatThrownBy(() -> pss.a(new Mois(2021, 12))).isInstanceOf(LegislationInvalide.class);
    }
}
