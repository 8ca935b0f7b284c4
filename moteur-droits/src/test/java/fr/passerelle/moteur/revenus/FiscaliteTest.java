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
        lire("'r': {'date_naissance': {'ETERNITY': '1954-03-01'}, 'retraite_brute': {'2024': 20000}}", "'r'", "");
        // CSG déductible de 5,9 % : 18 820 imposables ; abattement de 10 % : 1 882 ; revenu net global 16 938,
        // sous le plafond de 17 510 : abattement spécial de 2 796 pour une personne de 65 ans ou plus.
        assertThat(fiscalite.pensionsImposables(s, 0, 2024)).isCloseTo(18_820, within(0.01));
        assertThat(fiscalite.revenuNetCategoriel(s, 0, 2024)).isCloseTo(16_938, within(0.01));
        assertThat(fiscalite.revenuFiscalDeReference(s, 0, 2024)).isCloseTo(14_142, within(0.01));
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
        lire("'a': {'date_naissance': {'ETERNITY': '1955-01-01'}, 'retraite_brute': {'2024': 30000}},"
                + "'b': {'date_naissance': {'ETERNITY': '1956-01-01'}, 'retraite_brute': {'2024': 30000}}", "'a', 'b'", "");
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
}
