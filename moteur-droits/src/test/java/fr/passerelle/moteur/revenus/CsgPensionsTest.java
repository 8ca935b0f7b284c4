package fr.passerelle.moteur.revenus;

import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.openfisca.LecteurSituation;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Situation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Taux de CSG déductible des pensions versées en 2025 selon le RFR 2023 (art. L136-8, III CSS ; seuils 2025 :
 * 12 817 € exonération, 16 755 € taux réduit, 26 004 € taux médian pour une part, + 3 422 / 4 474 / 6 941 € par
 * demi-part). Pensionnés de 50 ans (pas d'abattement pour âge) : RFR = pension × 94,1 % × 90 %.
 */
class CsgPensionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Legislation LEGISLATION = Legislation.francaise();
    private final Revenus revenus = new Revenus(LEGISLATION);
    private final CsgPensions csg = new CsgPensions(LEGISLATION, new Fiscalite(LEGISLATION, revenus));
    private final Situation s = new Situation();

    private double taux2025(double pensionAnnuelle, boolean couple) {
        String p = "{'date_naissance': {'ETERNITY': '1975-01-01'}, 'retraite_brute': {'2023': %s, '2024': %s, '2025': %s}}"
                .formatted(pensionAnnuelle, pensionAnnuelle, pensionAnnuelle);
        String json = ("{'individus': {'a': " + p + (couple ? ", 'b': {'date_naissance': {'ETERNITY': '1975-01-01'}}" : "")
                + "}, 'foyers_fiscaux': {'ff': {'declarants': ['a'" + (couple ? ", 'b'" : "") + "], 'personnes_a_charge': []}}}")
                .replace('\'', '"');
        new LecteurSituation().lire("t", new Mois(2025, 6), JSON.readTree(json), s);
        return csg.tauxDeductible(s, 0, 2025);
    }

    @Test
    void exoneration_taux_reduit_median_et_normal_pour_une_part() {
        assertThat(taux2025(12_000, false)).isZero();          // RFR 10 163 ≤ 12 817
        assertThat(taux2025(18_000, false)).isEqualTo(0.038);  // RFR 15 244 ≤ 16 755
        assertThat(taux2025(25_000, false)).isEqualTo(0.042);  // RFR 21 172 ≤ 26 004
        assertThat(taux2025(40_000, false)).isEqualTo(0.059);  // RFR 33 876
    }

    @Test
    void les_seuils_montent_avec_les_demi_parts() {
        // 18 000 € pour un couple (2 parts) : RFR 15 244 ≤ 12 817 + 2 × 3 422 = 19 661 : exonéré.
        assertThat(taux2025(18_000, true)).isZero();
    }

    @Test
    void la_pension_imposable_retire_la_csg_deductible_du_taux_de_l_annee() {
        taux2025(24_000, false);
        assertThat(csg.retraiteImposable(s, 0, new Mois(2025, 3), 0.038)).isEqualTo(2_000 * (1 - 0.038));
    }
}
