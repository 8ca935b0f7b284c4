package fr.passerelle.moteur.revenus;

import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.openfisca.LecteurSituation;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Situation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Cas écrits depuis le CGI (art. 83, 157 bis, 158, 194) et les lois de finances pour 2024 et 2025. */
class FiscaliteTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Legislation LEGISLATION = Legislation.francaise();
    private final Revenus revenus = new Revenus(LEGISLATION);
    private final Fiscalite fiscalite = new Fiscalite(LEGISLATION, revenus);
    private final Situation s = new Situation();

    private void lire(String individus, String declarants, String aCharge) {
        String json = """
                {'individus': {%s},
                 'foyers_fiscaux': {'ff': {'declarants': [%s], 'personnes_a_charge': [%s]}}}
                """.formatted(individus, declarants, aCharge).replace('\'', '"');
        new LecteurSituation().lire("t", new Mois(2025, 6), JSON.readTree(json), s);
    }

    @Test
    void une_pension_de_20000_euros_d_un_retraite_de_71_ans_en_2025() {
        lire("'r': {'date_naissance': {'ETERNITY': '1954-03-01'}, 'retraite_brute': {'2023': 20000, '2024': 20000, '2025': 20000}}", "'r'", "");
        // Pensions 2023 exonérées (RFR 2021 : année non décrite, nul) ; RFR 2023 : 20 000 − 2 000 = 18 000 de revenu
        // net global, au-dessus de 17 200 : abattement spécial réduit de 1 373 (CGI 157 bis, revenus 2023), 16 627.
        // Taux des pensions 2025 : 16 627 entre le seuil d'exonération (12 817) et celui du taux réduit (16 755) :
        // 3,8 % déductibles, 19 240 imposables ; abattement de 10 % : 1 924.
        assertThat(fiscalite.revenuFiscalDeReference(s, 0, 2023)).isCloseTo(16_627, within(0.01));
        assertThat(fiscalite.tauxCsgDeductiblePensions(s, 0, 2025)).isEqualTo(0.038);
        assertThat(fiscalite.pensionsImposables(s, 0, 2025)).isCloseTo(19_240, within(0.01));
        assertThat(fiscalite.revenuNetCategoriel(s, 0, 2025)).isCloseTo(17_316, within(0.01));
    }

    @Test
    void des_pensions_sans_revenu_connu_deux_ans_plus_tot_sont_exonerees_de_csg() {
        lire("'r': {'date_naissance': {'ETERNITY': '1954-03-01'}, 'retraite_brute': {'2024': 20000}}", "'r'", "");
        assertThat(fiscalite.tauxCsgDeductiblePensions(s, 0, 2024)).isZero();
        assertThat(fiscalite.pensionsImposables(s, 0, 2024)).isEqualTo(20_000);
    }

    @Test
    void l_abattement_special_n_est_que_de_moitie_un_euro_au_dessus_du_premier_plafond() {
        // 17 511 € de revenu net global (un euro au-dessus de 17 510) : abattement réduit de 1 398.
        lire("'r': {'date_naissance': {'ETERNITY': '1950-01-01'}}", "'r'", "");
        assertThat(fiscalite.abattementPersonnesAgees(s, 0, 2024, 17_510)).isEqualTo(2_796);
        assertThat(fiscalite.abattementPersonnesAgees(s, 0, 2024, 17_511)).isEqualTo(1_398);
        assertThat(fiscalite.abattementPersonnesAgees(s, 0, 2024, 28_171)).isZero();
    }

    @Test
    void l_abattement_sur_les_pensions_est_plafonne_par_foyer_et_partage() {
        lire("'a': {'date_naissance': {'ETERNITY': '1955-01-01'}, 'retraite_brute': {'2023': 30000, '2024': 30000}},"
                + "'b': {'date_naissance': {'ETERNITY': '1956-01-01'}, 'retraite_brute': {'2023': 30000, '2024': 30000}}", "'a', 'b'", "");
        // Pensions 2024 sans CSG déductible (RFR 2022 : année non décrite par la situation, nul) : 30 000 imposables
        // chacun, 3 000 d'abattement chacun, 6 000 au total plafonnés à 4 399 pour le foyer (revenus 2024).
        assertThat(fiscalite.revenuNetCategorielPensions(s, 0, 2024)).isCloseTo(30_000 - 4_399 / 2.0, within(0.01));
        assertThat(fiscalite.revenuNetGlobal(s, 0, 2024)).isCloseTo(2 * 30_000 - 4_399, within(0.01));
    }

    @Test
    void la_deduction_de_10_pour_cent_a_un_minimum_et_un_plafond() {
        lire("'p': {'date_naissance': {'ETERNITY': '1990-01-01'}, 'salaire_de_base': {'2024': 3000}},"
                + "'q': {'date_naissance': {'ETERNITY': '1990-01-01'}, 'salaire_de_base': {'2024': 400000}}", "'p'", "");
        double petit = fiscalite.salairesEtChomageImposables(s, 0, 2024);
        assertThat(fiscalite.revenuNetCategorielSalaires(s, 0, 2024)).isCloseTo(petit - 504, within(0.01));
        double grand = fiscalite.salairesEtChomageImposables(s, 1, 2024);
        assertThat(fiscalite.revenuNetCategorielSalaires(s, 1, 2024)).isCloseTo(grand - 14_426, within(0.01));
        assertThat(fiscalite.revenuNetCategorielSalaires(s, 1, 2023)).isZero();
    }

    @Test
    void parts_de_quotient_familial() {
        lire("'p': {'date_naissance': {'ETERNITY': '1980-01-01'}}, 'e1': {'date_naissance': {'ETERNITY': '2012-01-01'}},"
                + "'e2': {'date_naissance': {'ETERNITY': '2014-01-01'}}, 'e3': {'date_naissance': {'ETERNITY': '2016-01-01'}}",
                "'p'", "'e1', 'e2', 'e3'");
        // Parent seul : 1 + 0,5 + 0,5 + 1 pour le troisième enfant + 0,5 (case T).
        assertThat(fiscalite.nombreDeParts(s, 0, 2024)).isEqualTo(3.5);
    }
    @Test
    void une_annee_que_la_situation_ne_decrit_pas_n_a_aucun_revenu_les_pensions_qui_en_dependent_sont_exonerees() {
        // Juin 2025 : la situation décrit 2023 à 2025. Le taux des pensions de 2023 (et de 2024) dépend du RFR de 2021
        // (2022) : aucune de ces années n'est décrite, comme dans le format OpenFisca leurs revenus valent 0, RFR nul,
        // exonération (L136-8, III, 1°). Pension de 13 600 € : 2023 sans CSG déductible, RFR 2023 = 13 600 − 1 360.
        lire("'r': {'date_naissance': {'ETERNITY': '1975-03-01'}, 'retraite_brute': {'2023': 13600, '2024': 13600, '2025': 13600}}", "'r'", "");
        assertThat(fiscalite.tauxCsgDeductiblePensions(s, 0, 2023)).isZero();
        assertThat(fiscalite.tauxCsgDeductiblePensions(s, 0, 2024)).isZero();
        assertThat(fiscalite.pensionsImposables(s, 0, 2023)).isCloseTo(13_600, within(0.01));
        assertThat(fiscalite.revenuFiscalDeReference(s, 0, 2023)).isCloseTo(12_240, within(0.01));
        // 2025 : RFR 2023 connu (12 240), sous le seuil d'exonération de 2025 (12 817) : exonérées aussi.
        assertThat(fiscalite.tauxCsgDeductiblePensions(s, 0, 2025)).isZero();
    }

    @Test
    void une_pension_de_2025_suit_le_rfr_de_2023_connu() {
        // 16 000 € par an : RFR 2023 = 14 400, entre 12 817 et 16 755 (seuils 2025) : taux réduit de 3,8 %.
        lire("'r': {'date_naissance': {'ETERNITY': '1975-03-01'}, 'retraite_brute': {'2023': 16000, '2024': 16000, '2025': 16000}}", "'r'", "");
        assertThat(fiscalite.revenuFiscalDeReference(s, 0, 2023)).isCloseTo(14_400, within(0.01));
        assertThat(fiscalite.tauxCsgDeductiblePensions(s, 0, 2025)).isEqualTo(0.038);
        assertThat(fiscalite.pensionsImposables(s, 0, 2025)).isCloseTo(16_000 * (1 - 0.038), within(0.01));
    }

    @Test
    void seuil_d_exoneration_pile_un_euro_au_dessus_et_revalorisation_du_1er_janvier() {
        CsgPensions csg = new CsgPensions(LEGISLATION, fiscalite);
        // 2025 (RFR 2023) : exonération jusqu'à 12 817 € pour une part, 3 422 € par demi-part.
        assertThat(csg.tauxDeductible(2025, 12_817, 1)).isZero();
        assertThat(csg.tauxDeductible(2025, 12_818, 1)).isEqualTo(0.038);
        assertThat(csg.tauxDeductible(2025, 12_817 + 2 * 3_422, 2)).isZero();
        assertThat(csg.tauxDeductible(2025, 12_817 + 2 * 3_422 + 1, 2)).isEqualTo(0.038);
        // 2024 (RFR 2022) : seuil de 12 230 € ; le même RFR de 12 500 € passe du taux réduit à l'exonération au 1er janvier 2025.
        assertThat(csg.tauxDeductible(2024, 12_230, 1)).isZero();
        assertThat(csg.tauxDeductible(2024, 12_500, 1)).isEqualTo(0.038);
        assertThat(csg.tauxDeductible(2025, 12_500, 1)).isZero();
    }

    @Test
    void seuil_du_taux_median_strict_le_rfr_egal_au_seuil_paie_le_taux_normal() {
        CsgPensions csg = new CsgPensions(LEGISLATION, fiscalite);
        // L136-8, III, 2° : taux médian si le RFR est « inférieur à » 24 813 € (2024) ; 24 813 € : taux normal (5,9 % déductibles).
        assertThat(csg.tauxDeductible(2024, 24_812, 1)).isEqualTo(0.042);
        assertThat(csg.tauxDeductible(2024, 24_813, 1)).isEqualTo(0.059);
        // 2025 : 26 004 €, + 6 941 € par demi-part.
        assertThat(csg.tauxDeductible(2025, 26_003, 1)).isEqualTo(0.042);
        assertThat(csg.tauxDeductible(2025, 26_004, 1)).isEqualTo(0.059);
        assertThat(csg.tauxDeductible(2025, 26_004 + 2 * 6_941 - 1, 2)).isEqualTo(0.042);
    }

    @Test
    void seuils_de_2022_pour_les_pensions_de_decembre_2022_que_lisent_les_droits_de_janvier_2024() {
        CsgPensions csg = new CsgPensions(LEGISLATION, fiscalite);
        // Seuils applicables en 2022 (RFR 2020) : exonération jusqu'à 11 431 €, taux réduit jusqu'à 14 944 €, taux
        // médian sous 23 193 € ; 3 052 / 3 990 / 6 191 € par demi-part.
        assertThat(csg.tauxDeductible(2022, 11_431, 1)).isZero();
        assertThat(csg.tauxDeductible(2022, 11_432, 1)).isEqualTo(0.038);
        assertThat(csg.tauxDeductible(2022, 14_944, 1)).isEqualTo(0.038);
        assertThat(csg.tauxDeductible(2022, 14_945, 1)).isEqualTo(0.042);
        assertThat(csg.tauxDeductible(2022, 23_193, 1)).isEqualTo(0.059);
        assertThat(csg.tauxDeductible(2022, 11_431 + 3_052, 1.5)).isZero();
        // Un retraité vu en janvier 2024 : la fenêtre commence en 2022, ses pensions de 2022 se lisent sans erreur
        // (RFR 2020 non décrit : nul, exonération).
        String json = """
                {'individus': {'r': {'date_naissance': {'ETERNITY': '1950-03-01'}, 'retraite_brute': {'2022': 14000, '2023': 14000, '2024': 14000}}},
                 'foyers_fiscaux': {'ff': {'declarants': ['r'], 'personnes_a_charge': []}}}
                """.replace('\'', '"');
        Situation janvier2024 = new Situation();
        new LecteurSituation().lire("t", new Mois(2024, 1), JSON.readTree(json), janvier2024);
        assertThat(fiscalite.tauxCsgDeductiblePensions(janvier2024, 0, 2022)).isZero();
        assertThat(fiscalite.pensionsImposables(janvier2024, 0, 2022)).isCloseTo(14_000, within(0.01));
    }
}
