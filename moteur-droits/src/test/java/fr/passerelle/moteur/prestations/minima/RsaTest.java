package fr.passerelle.moteur.prestations.minima;

import fr.passerelle.moteur.calcul.Explication;
import fr.passerelle.moteur.calcul.Resultats;
import fr.passerelle.moteur.calcul.Variable;
import org.junit.jupiter.api.Test;

import static fr.passerelle.moteur.prestations.minima.Foyers.foyer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * RSA, d'après le CASF : montant forfaitaire de 646,52 € au 1er avril 2025 (décret n° 2025-293), 635,71 €
 * avant ; +50 % pour la 2e personne, +30 % par personne suivante (R262-1) ; forfait logement de 12 %, 16 % et
 * 16,5 % des montants d'un foyer d'une, deux et trois personnes (R262-10) ; rien sous 6 € (R262-39).
 */
class RsaTest {

    private static double rsa(Foyers f, String mois) {
        return f.calculer(mois).get(Variable.RSA);
    }

    @Test
    void personne_seule_sans_ressources_logee_gratuitement_recoit_le_forfaitaire_moins_le_forfait_logement() {
        // 646,52 − 12 % × 646,52 = 568,94
        assertThat(rsa(foyer().adulte(40, 0, 0).logeGratuitement(), "2025-07")).isCloseTo(568.94, within(0.01));
    }

    @Test
    void revalorisation_au_1er_avril() {
        Foyers seul = foyer().adulte(40, 0, 0).logeGratuitement();
        assertThat(rsa(seul, "2025-03")).isCloseTo(635.71 * 0.88, within(0.01));
        assertThat(rsa(seul, "2025-04")).isCloseTo(646.52 * 0.88, within(0.01));
        assertThat(rsa(seul, "2024-03")).isCloseTo(607.75 * 0.88, within(0.01));
    }

    @Test
    void couple_sans_enfant_proprietaire() {
        // 1,5 × 646,52 = 969,78 ; forfait logement 16 % → 814,62
        assertThat(rsa(foyer().adulte(40, 0, 0).adulte(38, 0, 0).maries().proprietaire(), "2025-07"))
                .isCloseTo(969.78 * 0.84, within(0.01));
    }

    @Test
    void couple_avec_un_enfant_et_avec_trois_enfants() {
        // 1 enfant : 1,8 × 646,52 = 1 163,74 ; forfait 16,5 % → 971,72
        assertThat(rsa(foyer().adulte(40, 0, 0).adulte(38, 0, 0).maries().proprietaire().enfant(120), "2025-07"))
                .isCloseTo(1163.736 * 0.835, within(0.01));
        // 3 enfants de moins de 14 ans : 1 + 0,5 + 0,3 + 0,3 + 0,4 = 2,5 ; le forfait reste celui de trois personnes
        // (16,5 % de 1,8) ; les AF comptent en entier (pas de majoration pour âge), le complément familial au plus
        // à 41,65 % de la BMAF (474,37 € au 1er avril 2025, R262-10-1)
        Resultats r = foyer().adulte(40, 0, 0).adulte(38, 0, 0).maries().proprietaire().enfant(120).enfant(130).enfant(140).calculer("2025-07");
        assertThat(r.get(Variable.AF)).isPositive();
        double prestationsFamiliales = r.get(Variable.AF) + Math.min(r.get(Variable.CF), 0.4165 * 474.37) + r.get(Variable.PAJE_BASE);
        assertThat(r.get(Variable.RSA)).isCloseTo(2.5 * 646.52 - 0.165 * 1.8 * 646.52 - prestationsFamiliales, within(0.01));
    }

    @Test
    void parent_isole_avec_un_enfant_de_moins_de_trois_ans_a_le_montant_majore() {
        // 646,52 × (128,412 % + 42,804 %) = 1 106,96, moins le forfait logement de deux personnes, la PAJE et
        // l'ASF dans la limite de 22,5 % de la BMAF (R262-10-1)
        Resultats r = foyer().adulte(30, 0, 0).logeGratuitement().enfant(10).calculer("2025-07");
        assertThat(r.get(Variable.ASF)).isGreaterThan(0.225 * 474.37);
        double prestationsFamiliales = 0.225 * 474.37 + r.get(Variable.PAJE_BASE);
        double majore = 646.52 * (1.28412 + 0.42804);
        assertThat(r.get(Variable.RSA)).isCloseTo(majore - 0.16 * 1.5 * 646.52 - prestationsFamiliales, within(0.02));
        Explication e = foyer().adulte(30, 0, 0).logeGratuitement().enfant(10).expliquer("2025-07");
        assertThat(e.de(Variable.RSA)).anySatisfy(l -> assertThat(l.texte()).contains("majoré").contains("1 adulte et 1 enfant"));
    }

    @Test
    void les_pensions_se_deduisent_et_rien_n_est_verse_sous_six_euros() {
        // Forfaitaire net du forfait logement : 646,52 × 0,88 = 568,9376 €
        assertThat(rsa(foyer().adulte(50, 0, 562.93).logeGratuitement(), "2025-07")).isCloseTo(6.01, within(0.01));
        assertThat(rsa(foyer().adulte(50, 0, 562.94).logeGratuitement(), "2025-07")).isZero();
        assertThat(rsa(foyer().adulte(50, 0, 563.94).logeGratuitement(), "2025-07")).isZero();
        assertThat(rsa(foyer().adulte(50, 0, 568.94).logeGratuitement(), "2025-07")).isZero();
    }

    @Test
    void les_salaires_nets_des_trois_derniers_mois_se_deduisent() {
        double net = Foyers.salaireNet(400, "2025-06");
        assertThat(rsa(foyer().adulte(40, 400, 0).logeGratuitement(), "2025-07")).isCloseTo(568.94 - net, within(0.02));
    }

    @Test
    void moins_de_vingt_cinq_ans_sans_enfant_le_rsa_est_refuse_avec_sa_raison() {
        assertThat(rsa(foyer().adulte(24, 0, 0), "2025-07")).isZero();
        assertThat(rsa(foyer().adulte(25, 0, 0), "2025-07")).isPositive();
        Explication e = foyer().adulte(24, 0, 0).expliquer("2025-07");
        assertThat(e.refus(Variable.RSA)).isNotNull();
        assertThat(e.refus(Variable.RSA).nom()).isEqualTo("age");
        assertThat(e.refus(Variable.RSA).raison()).contains("24 ans").contains("25 ans");
    }

    @Test
    void l_explication_donne_les_etapes_chiffrees() {
        Explication e = foyer().adulte(40, 0, 0).logeGratuitement().expliquer("2025-07");
        assertThat(e.de(Variable.RSA)).extracting(Explication.Ligne::texte)
                .contains("Montant forfaitaire pour 1 adulte sans enfant : 646,52 €")
                .contains("Forfait logement déduit (logé sans loyer) : 77,58 €")
                .contains("RSA du mois : 568,94 €");
    }
}
