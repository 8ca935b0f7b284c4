package fr.passerelle.moteur.prestations.minima;

import fr.passerelle.moteur.calcul.Explication;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.periode.Mois;
import org.junit.jupiter.api.Test;

import static fr.passerelle.moteur.prestations.minima.Foyers.foyer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Prime d'activité, d'après le CSS : montant forfaitaire de 633,21 € au 1er avril 2025 (décret n° 2025-294),
 * 622,63 € avant ; fraction des revenus professionnels de 61 %, puis 59,85 % depuis le 1er avril 2025
 * (décret n° 2025-292) ; bonification nulle jusqu'à 59 SMIC horaires, maximale (29,101 % du forfaitaire)
 * à partir de 120 SMIC horaires (D843-2) ; forfait logement de 12 % pour une personne ; rien sous 15 €.
 */
class PrimeActiviteTest {

    private final PrimeActivite ppa = new PrimeActivite(Foyers.MOTEUR.socle());

    @Test
    void bonification_entre_ses_deux_seuils() {
        Mois juin = new Mois(2025, 6);
        double smic = 11.88;
        assertThat(ppa.bonification(59 * smic, juin)).isZero();
        assertThat(ppa.bonification(120 * smic, juin)).isCloseTo(184.27, within(0.001));
        assertThat(ppa.bonification(2000, juin)).isCloseTo(184.27, within(0.001));
        assertThat(ppa.bonification((59 + 120) / 2.0 * smic, juin)).isCloseTo(184.27 / 2, within(0.01));
        // Au 1er avril 2026 : 37,7 % de 638,28 = 240,63 €, atteints à 138 SMIC horaires (12,02 €)
        assertThat(ppa.bonification(138 * 12.02, new Mois(2026, 4))).isCloseTo(240.63, within(0.001));
        assertThat(ppa.bonification(120 * 12.02, new Mois(2026, 3))).isCloseTo(184.27, within(0.001));
    }

    @Test
    void personne_seule_au_smic_logee_gratuitement() {
        // Juillet 2025 : trimestre avril-juin, barème d'avril 2025
        double net = Foyers.salaireNet(1801.80, "2025-06");
        double attendu = 633.21 + 0.5985 * net + 184.27 - Math.max(633.21, net + 0.12 * 633.21);
        assertThat(foyer().adulte(30, 1801.80, 0).logeGratuitement().calculer("2025-07").get(Variable.PPA))
                .isCloseTo(attendu, within(0.02));
    }

    @Test
    void la_fraction_de_61_pourcent_s_applique_aux_revenus_anterieurs_a_avril_2025() {
        // Février 2025 : trimestre novembre 2024 - janvier 2025, forfaitaire 622,63 €, 61 %, SMIC 11,88 €
        double net = Foyers.salaireNet(1000, "2025-01");
        double bonification = 0.29101 * 622.63 * (net - 59 * 11.88) / ((120 - 59) * 11.88);
        double attendu = 622.63 + 0.61 * net + bonification - Math.max(622.63, net + 0.12 * 622.63);
        assertThat(foyer().adulte(30, 1000, 0).logeGratuitement().calculer("2025-02").get(Variable.PPA))
                .isCloseTo(attendu, within(0.05));
    }

    @Test
    void couple_avec_un_enfant_proprietaire() {
        double net = Foyers.salaireNet(1500, "2025-06");
        double forfaitaire = 1.8 * 633.21;
        double bonification = Math.min(184.27, 184.27 * (net - 59 * 11.88) / ((120 - 59) * 11.88));
        double attendu = forfaitaire + 0.5985 * net + bonification - Math.max(forfaitaire, net + 0.165 * forfaitaire);
        assertThat(foyer().adulte(35, 1500, 0).adulte(33, 0, 0).maries().proprietaire().enfant(100).calculer("2025-07").get(Variable.PPA))
                .isCloseTo(attendu, within(0.05));
    }

    @Test
    void sans_revenu_professionnel_pas_de_prime_et_la_raison_est_dite() {
        assertThat(foyer().adulte(30, 0, 0).calculer("2025-07").get(Variable.PPA)).isZero();
        Explication e = foyer().adulte(30, 0, 0).expliquer("2025-07");
        assertThat(e.refus(Variable.PPA).nom()).isEqualTo("revenus_professionnels");
        assertThat(e.refus(Variable.PPA).raison()).contains("Aucun revenu professionnel");
    }

    @Test
    void haut_salaire_sous_le_minimum_de_quinze_euros() {
        assertThat(foyer().adulte(30, 3500, 0).logeGratuitement().calculer("2025-07").get(Variable.PPA)).isZero();
        Explication e = foyer().adulte(30, 3500, 0).logeGratuitement().expliquer("2025-07");
        assertThat(e.refus(Variable.PPA).nom()).isEqualTo("montant_minimum");
        assertThat(e.refus(Variable.PPA).raison()).contains("15,00 €");
    }

    @Test
    void moins_de_dix_huit_ans_pas_de_prime() {
        assertThat(foyer().adulte(17, 1200, 0).calculer("2025-07").get(Variable.PPA)).isZero();
        assertThat(foyer().adulte(18, 1200, 0).calculer("2025-07").get(Variable.PPA)).isPositive();
    }
}
