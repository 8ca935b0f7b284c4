package fr.passerelle.moteur.prestations.minima;

import fr.passerelle.moteur.calcul.Explication;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.revenus.Revenus;
import fr.passerelle.moteur.situation.Situation;
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
    @Test
    void en_janvier_le_forfait_logement_lit_l_aide_au_logement_de_chaque_mois_du_trimestre() {
        // Janvier 2025 : trimestre d'octobre à décembre 2024 (CSS R844-3). Locataire seul à Paris (zone I), loyer
        // 600 €, 1 700 € brut par mois : une aide au logement plus petite que le forfait logement (12 % de 622,63).
        // L'aide de chacun de ces mois se calcule avec le R0 de 2024 (5 186 €) et les ressources de M-13 à M-2 ;
        // celle de janvier 2025 (R0 de 5 235 €) est plus forte d'environ 1,6 € et n'entre pas dans ce trimestre.
        Foyers foyer = foyer().adulte(35, 1700, 0).locataire(600);
        Situation s = foyer.situation("2025-01");
        Revenus revenus = Foyers.MOTEUR.socle().revenus();
        double forfaitaire = 622.63;
        double attendu = 0;
        for (int k = 3; k >= 1; k--) {
            Mois m = new Mois(2025, 1).moins(k);
            double aide = aideAuLogementZoneIPersonneSeule(s, revenus, m);
            assertThat(aide).isPositive().isLessThan(0.12 * forfaitaire);
            double net = revenus.salaireNet(s, 0, m);
            attendu += (forfaitaire + 0.61 * net + ppa.bonification(net, m)
                    - Math.max(forfaitaire, net + Math.min(aide, 0.12 * forfaitaire))) / 3;
        }
        assertThat(foyer.calculer("2025-01").get(Variable.PPA)).isCloseTo(attendu, within(0.01));
    }

    @Test
    void en_janvier_2024_le_trimestre_lit_l_aide_au_logement_de_fin_2023() {
        // Trimestre d'octobre à décembre 2023 : barème du 1er octobre 2023 et R0 de 2023 (4 949 € pour une personne
        // seule) ; la prime se calcule, sans erreur de paramètre manquant.
        Foyers f = foyer().adulte(35, 1700, 0).locataire(600);
        assertThat(f.calculer("2024-01").get(Variable.PPA)).isPositive();
        assertThat(f.calculer("2024-01").get(Variable.AIDE_LOGEMENT)).isPositive();
    }

    @Test
    void la_paje_de_chaque_mois_du_trimestre_enfant_qui_a_trois_ans_ce_mois_ci() {
        // Juillet 2025, couple avec un enfant né le 1er juillet 2022 : plus d'allocation de base en juillet (mois de
        // ses trois ans, L531-3), mais elle était versée en juin, dernier mois du trimestre de référence, et compte
        // dans les ressources de ce mois-là (R844-3) : 41,65 % de la BMAF d'avril 2025 (474,37 €) = 197,58 €.
        Foyers f = foyer().adulte(35, 1500, 0).adulte(33, 0, 0).maries().logeGratuitement().enfant(36);
        assertThat(f.calculer("2025-07").get(Variable.PAJE_BASE)).isZero();
        assertThat(prestationsDeJuin(f)).endsWith("197,58 €");
    }

    @Test
    void la_paje_de_chaque_mois_du_trimestre_enfant_ne_le_dernier_mois() {
        // Enfant né le 1er juin 2025 : l'allocation de base est due à partir de juillet (mois qui suit la naissance) ;
        // en juin, rien n'était versé : les prestations de juin sont nulles, même si celle de juillet ne l'est pas.
        Foyers f = foyer().adulte(35, 1500, 0).adulte(33, 0, 0).maries().logeGratuitement().enfant(1);
        assertThat(f.calculer("2025-07").get(Variable.PAJE_BASE)).isCloseTo(197.58, within(0.01));
        assertThat(prestationsDeJuin(f)).endsWith(" 0,00 €");
    }

    @Test
    void le_mois_du_troisieme_anniversaire_du_plus_jeune_ni_allocation_de_base_ni_complement_familial() {
        // Juillet 2025, couple marié, trois enfants dont le plus jeune est né le 15 juin 2022 : en juin 2025 (mois de
        // ses trois ans), plus d'allocation de base (L531-3) et pas encore de complément familial (L522-1 : tous les
        // enfants doivent avoir 3 ans ; il en avait 2 au 1er juin) ; en juillet, le complément familial est dû. Les
        // prestations de juin ne sont que les allocations familiales de trois enfants : 73 % de la BMAF d'avril 2025
        // (474,37 €) = 346,29 € (le complément de juillet n'y est pas compté).
        Mois juillet = new Mois(2025, 7);
        String json = foyer().adulte(35, 1500, 0).adulte(33, 0, 0).maries().logeGratuitement().enfant(37).enfant(72).enfant(96)
                .json(juillet).replace("2022-06-01", "2022-06-15");
        Situation s = new Situation();
        new fr.passerelle.moteur.openfisca.LecteurSituation().lire("t", juillet, tools.jackson.databind.json.JsonMapper.builder().build().readTree(json), s);
        Explication explication = new Explication();
        var r = Foyers.MOTEUR.calculateur().calculer(s, explication);
        assertThat(r.get(Variable.PAJE_BASE)).isZero();
        assertThat(r.get(Variable.CF)).isPositive();
        assertThat(explication.de(Variable.PPA).stream().map(Explication.Ligne::texte)
                .filter(t -> t.startsWith("Prestations familiales")).findFirst().orElseThrow()).endsWith(" 346,29 €");
    }

    /** La ligne de l'explication qui donne les prestations familiales du dernier mois du trimestre (juin 2025). */
    private static String prestationsDeJuin(Foyers f) {
        return f.expliquer("2025-07").de(Variable.PPA).stream().map(Explication.Ligne::texte)
                .filter(t -> t.startsWith("Prestations familiales")).findFirst().orElseThrow();
    }

    /**
     * L'aide au logement d'octobre à décembre 2024 d'une personne seule à Paris payant un loyer au-dessus du plafond,
     * d'après l'arrêté du 27 septembre 2019 (barème du 1er octobre 2024, R0 de 2024) : L = 329,71, C = 59,97,
     * P0 = 39,15, Tp = TF 2,83 % + TL 0,405 % (RL = 329,71 / 287,35 = 114,74 %), R = salaires imposables des mois
     * M-13 à M-2 après la déduction de 10 %, arrondis à la centaine supérieure ; minoration de 5 €, CRDS de 0,5 %.
     */
    private static double aideAuLogementZoneIPersonneSeule(Situation s, Revenus revenus, Mois m) {
        double salaires = 0;
        for (int i = 2; i < 14; i++) {
            salaires += revenus.salaireImposable(s, 0, m.moins(i));
        }
        double r = Math.ceil(Math.round((salaires - Math.rint(0.1 * salaires)) * 100) / 100.0 / 100) * 100;
        double depense = 329.71 + 59.97;
        double montant = depense - (39.15 + 0.03235 * Math.max(0, r - 5186));
        return Math.round((montant - 5) * 0.995 * 100) / 100.0;
    }
}
