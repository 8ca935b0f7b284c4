package fr.passerelle.moteur.prestations.famille;

import fr.passerelle.moteur.calcul.Variable;
import org.junit.jupiter.api.Test;

import static fr.passerelle.moteur.prestations.famille.CasFamille.en;
import static fr.passerelle.moteur.prestations.famille.CasFamille.salairePourRessources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Complément familial, depuis CSS L522-1 à L522-3, R522-2, D522-1 et D522-2 (plafonds 2025). */
class ComplementFamilialTest {

    private static final double BMAF = 474.37;

    @Test
    void trois_enfants_de_plus_de_3_ans_ressources_modestes_montant_majore() {
        double cf = en(2025, 5).parent(15_000).enfant("2012-01-01").enfant("2015-01-01").enfant("2019-01-01").montant(Variable.CF);
        assertThat(cf).isCloseTo(BMAF * 0.6248, within(0.01));
    }

    @Test
    void un_enfant_de_moins_de_3_ans_le_complement_cede_a_la_paje() {
        CasFamille cas = en(2025, 5).parent(15_000).enfant("2012-01-01").enfant("2015-01-01").enfant("2023-06-01");
        assertThat(cas.montant(Variable.CF)).isZero();
        assertThat(cas.raisonDuRefus(Variable.CF)).contains("2 enfant(s) à charge de 3 ans ou plus");
    }

    @Test
    void trois_grands_et_un_enfant_de_moins_de_3_ans_pas_de_complement_meme_le_mois_sans_paje() {
        // Le plus jeune a 3 ans le 15 mai 2025 : plus de PAJE en mai (mois de l'anniversaire), pas encore de complément.
        CasFamille mai = en(2025, 5).parent(15_000).enfant("2012-01-01").enfant("2015-01-01").enfant("2018-01-01").enfant("2022-05-15");
        assertThat(mai.montant(Variable.PAJE_BASE)).isZero();
        assertThat(mai.montant(Variable.CF)).isZero();
        assertThat(mai.raisonDuRefus(Variable.CF)).contains("ayant tous au moins 3 ans");
        double juin = en(2025, 6).parent(15_000).enfant("2012-01-01").enfant("2015-01-01").enfant("2018-01-01").enfant("2022-05-15")
                .montant(Variable.CF);
        assertThat(juin).isCloseTo(BMAF * 0.6248, within(0.01));
    }

    @Test
    void pile_au_plafond_montant_de_base_un_euro_au_dessus_complement_differentiel() {
        // Personne seule, 3 enfants : 24 414 × 1,8 + 9 812.
        double plafond = 24_414 * 1.8 + 9_812;
        double pile = en(2025, 5).parent(salairePourRessources(2025, plafond))
                .enfant("2012-01-01").enfant("2015-01-01").enfant("2019-01-01").montant(Variable.CF);
        double auDessus = en(2025, 5).parent(salairePourRessources(2025, plafond + 1))
                .enfant("2012-01-01").enfant("2015-01-01").enfant("2019-01-01").montant(Variable.CF);
        assertThat(pile).isCloseTo(BMAF * 0.4165, within(0.01));
        assertThat(auDessus).isCloseTo(BMAF * 0.4165 - 1.0 / 12, within(0.01));
    }

    @Test
    void pile_au_plafond_du_montant_majore_puis_un_euro_au_dessus() {
        double plafondMajore = 12_209 * 1.8 + 4_907;
        double pile = en(2025, 5).parent(salairePourRessources(2025, plafondMajore))
                .enfant("2012-01-01").enfant("2015-01-01").enfant("2019-01-01").montant(Variable.CF);
        double auDessus = en(2025, 5).parent(salairePourRessources(2025, plafondMajore + 1))
                .enfant("2012-01-01").enfant("2015-01-01").enfant("2019-01-01").montant(Variable.CF);
        assertThat(pile).isCloseTo(BMAF * 0.6248, within(0.01));
        assertThat(auDessus).isCloseTo(BMAF * 0.4165, within(0.01));
    }

    @Test
    void ressources_trop_elevees_refus_explique() {
        CasFamille cas = en(2025, 5).parent(150_000).enfant("2012-01-01").enfant("2015-01-01").enfant("2019-01-01");
        assertThat(cas.montant(Variable.CF)).isZero();
        assertThat(cas.raisonDuRefus(Variable.CF)).contains("dépassent le plafond");
    }
}
