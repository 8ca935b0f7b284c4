package fr.passerelle.moteur.prestations.handicap;

import fr.passerelle.moteur.calcul.Explication;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.prestations.minima.Foyers;
import org.junit.jupiter.api.Test;

import static fr.passerelle.moteur.prestations.minima.Foyers.foyer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * AAH, d'après le CSS : 1 033,32 € au 1er avril 2025, 1 016,05 € avant ; taux d'incapacité d'au moins 80 %,
 * ou 50 % avec une restriction substantielle et durable d'accès à l'emploi jusqu'à l'âge légal de la retraite
 * (L821-1, L821-2) ; à partir de 20 ans ; plafond égal au montant, majoré de 50 % par enfant (D821-2) ;
 * ressources du seul bénéficiaire depuis le 1er octobre 2023 ; abattements de 80 % et 40 % sur les revenus
 * d'activité (R821-4).
 */
class AahTest {

    private static double aah(Foyers f, String mois) {
        return f.calculer(mois).get(Variable.AAH);
    }

    @Test
    void taux_plein_sans_ressources_et_revalorisation_d_avril() {
        Foyers f = foyer().adulte(40, 0, 0, 0.8, false);
        assertThat(aah(f, "2025-03")).isCloseTo(1016.05, within(0.001));
        assertThat(aah(f, "2025-04")).isCloseTo(1033.32, within(0.001));
    }

    @Test
    void entre_50_et_79_pourcent_il_faut_la_restriction_d_acces_a_l_emploi() {
        assertThat(aah(foyer().adulte(40, 0, 0, 0.6, false), "2025-07")).isZero();
        assertThat(aah(foyer().adulte(40, 0, 0, 0.6, true), "2025-07")).isCloseTo(1033.32, within(0.001));
        assertThat(aah(foyer().adulte(40, 0, 0, 0.49, true), "2025-07")).isZero();
        Explication e = foyer().adulte(40, 0, 0, 0.6, false).expliquer("2025-07");
        assertThat(e.refus(Variable.AAH).nom()).isEqualTo("taux_incapacite");
        assertThat(e.refus(Variable.AAH).raison()).contains("60 %").contains("restriction substantielle");
    }

    @Test
    void apres_l_age_legal_de_la_retraite_seul_le_taux_de_80_pourcent_maintient_l_aah() {
        assertThat(aah(foyer().adulte(65, 0, 0, 0.6, true), "2025-07")).isZero();
        assertThat(aah(foyer().adulte(70, 0, 0, 0.8, false), "2025-07")).isCloseTo(1033.32, within(0.001));
    }

    @Test
    void l_aah_commence_a_vingt_ans() {
        assertThat(aah(foyer().adulte(19, 0, 0, 0.8, false), "2025-07")).isZero();
        assertThat(aah(foyer().adulte(20, 0, 0, 0.8, false), "2025-07")).isPositive();
    }

    @Test
    void aah_differentielle_avec_une_pension_de_l_annee_n_moins_2() {
        // 500 € par mois en 2023 : 1 033,32 − 500 = 533,32
        assertThat(aah(foyer().adulte(50, 0, 500, 0.8, false), "2025-07")).isCloseTo(533.32, within(0.01));
        // pile au plafond : rien ; un euro en dessous : 1 €
        assertThat(aah(foyer().adulte(50, 0, 1033.32, 0.8, false), "2025-07")).isZero();
        assertThat(aah(foyer().adulte(50, 0, 1032.32, 0.8, false), "2025-07")).isCloseTo(1.00, within(0.01));
    }

    @Test
    void le_plafond_est_majore_de_moitie_par_enfant() {
        // 1 000 € de pension, un enfant : plafond 1 549,98, AAH = 549,98
        assertThat(aah(foyer().adulte(50, 0, 1000, 0.8, false).enfant(60).proprietaire(), "2025-07")).isCloseTo(549.98, within(0.01));
    }

    @Test
    void depuis_la_deconjugalisation_les_revenus_du_conjoint_ne_comptent_plus() {
        assertThat(aah(foyer().adulte(40, 0, 0, 0.8, false).adulte(40, 4000, 0).maries(), "2025-07")).isCloseTo(1033.32, within(0.001));
    }

    @Test
    void en_activite_les_salaires_des_trois_derniers_mois_sont_abattus() {
        // 1 000 € brut par mois : net × 12 ; 80 % d'abattement jusqu'à 30 % du SMIC brut annuel, 40 % au-delà
        double netAnnuel = 12 * Foyers.salaireNet(1000, "2025-06");
        double tranche = 0.3 * 12 * 11.88 * 151.67;
        double retenu = 0.2 * tranche + 0.6 * (netAnnuel - tranche);
        assertThat(aah(foyer().adulte(40, 1000, 0, 0.8, false), "2025-07")).isCloseTo(1033.32 - retenu / 12, within(0.02));
    }
}
