package fr.passerelle.moteur.prestations.famille;

import fr.passerelle.moteur.calcul.Variable;
import org.junit.jupiter.api.Test;

import static fr.passerelle.moteur.prestations.famille.CasFamille.en;
import static fr.passerelle.moteur.prestations.famille.CasFamille.salairePourRessources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Allocations familiales, depuis CSS L521-1 à L521-3 et D521-1 à D521-3 (BMAF 466,44 € puis 474,37 € au 1er avril 2025). */
class AllocationsFamilialesTest {

    private static final double BMAF_2024 = 466.44;
    private static final double BMAF_2025 = 474.37;

    @Test
    void deux_enfants_sous_le_premier_plafond_32_pour_cent_de_la_bmaf() {
        double af = en(2025, 5).parent(24_000).enfant("2015-02-01").enfant("2018-06-01").montant(Variable.AF);
        assertThat(af).isCloseTo(151.80, within(0.01));
    }

    @Test
    void la_revalorisation_du_1er_avril_change_le_montant() {
        CasFamille mars = en(2025, 3).parent(24_000).enfant("2015-02-01").enfant("2018-06-01");
        CasFamille avril = en(2025, 4).parent(24_000).enfant("2015-02-01").enfant("2018-06-01");
        assertThat(mars.montant(Variable.AF)).isCloseTo(Math.round(BMAF_2024 * 0.32 * 100) / 100.0, within(0.001));
        assertThat(avril.montant(Variable.AF)).isCloseTo(Math.round(BMAF_2025 * 0.32 * 100) / 100.0, within(0.001));
    }

    @Test
    void un_seul_enfant_ne_donne_rien_et_l_explication_dit_pourquoi() {
        CasFamille cas = en(2025, 5).parent(24_000).enfant("2015-02-01");
        assertThat(cas.montant(Variable.AF)).isZero();
        assertThat(cas.raisonDuRefus(Variable.AF)).contains("1 enfant à charge").contains("deuxième enfant");
    }

    @Test
    void trois_enfants_avec_majoration_pour_age_a_14_ans() {
        // 32 % + 41 % de la BMAF, plus 16 % pour l'enfant de 15 ans (l'aîné compte dans une famille de trois enfants).
        double af = en(2025, 1).parent(24_000).enfant("2009-06-01").enfant("2015-02-01").enfant("2018-06-01").montant(Variable.AF);
        assertThat(af).isCloseTo(Math.round(BMAF_2024 * 0.73 * 100) / 100.0 + BMAF_2024 * 0.16, within(0.01));
    }

    @Test
    void l_aine_de_deux_enfants_n_a_pas_de_majoration_le_cadet_oui() {
        double seulAine = en(2025, 5).parent(24_000).enfant("2009-06-01").enfant("2015-02-01").montant(Variable.AF);
        double lesDeux = en(2025, 5).parent(24_000).enfant("2009-06-01").enfant("2010-02-01").montant(Variable.AF);
        assertThat(seulAine).isCloseTo(151.80, within(0.01));
        assertThat(lesDeux).isCloseTo(151.80 + BMAF_2025 * 0.16, within(0.01));
    }

    @Test
    void reforme_2026_la_majoration_passe_a_18_ans_pour_les_enfants_qui_ont_14_ans_apres_le_1er_mars_2026() {
        // Cadet né le 1er juin 2012 : 14 ans en juin 2026, après la réforme ; rien en juillet 2026.
        double apres = en(2026, 7).parent(24_000).enfant("2008-01-01").enfant("2012-06-01").montant(Variable.AF);
        // Cadet né le 1er juin 2011 : 14 ans en juin 2025, il garde sa majoration.
        double avant = en(2026, 7).parent(24_000).enfant("2008-01-01").enfant("2011-06-01").montant(Variable.AF);
        double base = Math.round(478.16 * 0.32 * 100) / 100.0;
        assertThat(apres).isCloseTo(base, within(0.01));
        assertThat(avant).isCloseTo(base + 478.16 * 0.16, within(0.01));
    }

    @Test
    void modulation_pile_au_plafond_puis_un_euro_au_dessus_avec_complement_degressif() {
        double plafond = 65_473 + 2 * 6_546; // deux enfants, plafonds 2025
        double pile = salairePourRessources(2025, plafond);
        double auDessus = salairePourRessources(2025, plafond + 1);
        double afPile = en(2025, 5).parent(pile).enfant("2015-02-01").enfant("2018-06-01").montant(Variable.AF);
        CasFamille cas = en(2025, 5).parent(auDessus).enfant("2015-02-01").enfant("2018-06-01");
        double afAuDessus = cas.montant(Variable.AF);
        assertThat(afPile).isCloseTo(151.80, within(0.01));
        // Moitié des allocations plus un complément dégressif : au total, les allocations moins le dépassement / 12.
        assertThat(afAuDessus).isCloseTo(151.80 - 1.0 / 12, within(0.01));
        assertThat(cas.explication.de(Variable.AF).toString()).contains("Complément dégressif");
    }

    @Test
    void au_dela_du_second_plafond_un_quart_des_allocations() {
        double af = en(2025, 5).parent(200_000).enfant("2015-02-01").enfant("2018-06-01").montant(Variable.AF);
        assertThat(af).isCloseTo(151.80 * 0.25, within(0.01));
    }

    @Test
    void allocation_forfaitaire_pour_l_enfant_de_20_ans_d_une_famille_de_trois() {
        double af = en(2025, 5).parent(24_000).enfant("2005-01-10").enfant("2015-02-01").enfant("2018-06-01").montant(Variable.AF);
        double forfait = Math.round(BMAF_2025 * 0.20234 * 100) / 100.0;
        assertThat(af).isCloseTo(151.80 + forfait, within(0.01));
    }

    @Test
    void l_enfant_en_residence_alternee_compte_pour_moitie() {
        double af = en(2025, 5).parent(24_000).enfant("2015-02-01", true, null).enfant("2018-06-01").montant(Variable.AF);
        assertThat(af).isCloseTo(151.80 * 0.75, within(0.01));
    }
}
