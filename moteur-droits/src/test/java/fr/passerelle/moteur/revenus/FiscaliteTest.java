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
    void une_pension_de_20000_euros_d_un_retraite_de_70_ans_en_2024() {
        lire("'r': {'date_naissance': {'ETERNITY': '1954-03-01'}, 'retraite_brute': {'2023': 20000, '2024': 20000}}", "'r'", "");
        // Taux de CSG des pensions 2024 : RFR 2023 (au taux normal : 18 820 − 1 882 − 2 746 = 14 192) entre le
        // seuil d'exonération (12 230) et celui du taux réduit (15 988) : 3,8 % déductibles, 19 240 imposables ;
        // abattement de 10 % : 1 924 ; revenu net global 17 316, sous 17 510 : abattement spécial de 2 796.
        assertThat(fiscalite.tauxCsgDeductiblePensions(s, 0, 2024)).isEqualTo(0.038);
        assertThat(fiscalite.pensionsImposables(s, 0, 2024)).isCloseTo(19_240, within(0.01));
        assertThat(fiscalite.revenuNetCategoriel(s, 0, 2024)).isCloseTo(17_316, within(0.01));
        assertThat(fiscalite.revenuFiscalDeReference(s, 0, 2024)).isCloseTo(14_520, within(0.01));
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
        // RFR 2023 de 52 139 pour 2 parts, au-dessus du seuil du taux médian (24 813 + 2 × 6 623) : taux normal.
        // 28 230 imposables chacun, 2 823 d'abattement chacun, 5 646 au total plafonnés à 4 399 pour le foyer.
        assertThat(fiscalite.revenuNetCategorielPensions(s, 0, 2024)).isCloseTo(28_230 - 4_399 / 2.0, within(0.01));
        assertThat(fiscalite.revenuNetGlobal(s, 0, 2024)).isCloseTo(2 * 28_230 - 4_399, within(0.01));
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
    void sans_revenu_connu_quatre_ans_plus_tot_le_taux_de_csg_est_celui_qui_se_reproduit_avec_des_revenus_stables() {
        // Juin 2025 : fenêtre 2023-2025. Le taux des pensions de 2023 dépend du RFR de 2021, inconnu : revenus supposés
        // stables, le taux t est celui que redonne le RFR de 2023 calculé avec des pensions au taux t (seuils 2023 :
        // exonération 11 614, taux réduit 15 183 pour une part). Pension de 13 600 € :
        //  - exonérée : RFR 13 600 − 1 360 = 12 240 > 11 614, elle ne le serait pas ;
        //  - taux réduit (3,8 %) : 13 083,20 imposables, RFR 11 774,88, dans la tranche du taux réduit : il se reproduit.
        // Le RFR au taux normal (11 517,84) l'aurait à tort exonérée.
        lire("'r': {'date_naissance': {'ETERNITY': '1975-03-01'}, 'retraite_brute': {'2023': 13600, '2024': 13600, '2025': 13600}}", "'r'", "");
        assertThat(fiscalite.tauxCsgDeductiblePensions(s, 0, 2023)).isEqualTo(0.038);
        assertThat(fiscalite.pensionsImposables(s, 0, 2023)).isCloseTo(13_083.20, within(0.01));
        assertThat(fiscalite.revenuFiscalDeReference(s, 0, 2023)).isCloseTo(11_774.88, within(0.01));
    }

    @Test
    void revenus_stables_sous_le_seuil_d_exoneration_la_pension_reste_exoneree() {
        // 12 000 € : RFR sans CSG 10 800 ≤ 11 614 : l'exonération se reproduit, la pension imposable est la brute.
        lire("'r': {'date_naissance': {'ETERNITY': '1975-03-01'}, 'retraite_brute': {'2023': 12000, '2024': 12000, '2025': 12000}}", "'r'", "");
        assertThat(fiscalite.tauxCsgDeductiblePensions(s, 0, 2023)).isZero();
        assertThat(fiscalite.pensionsImposables(s, 0, 2023)).isEqualTo(12_000);
    }
}
