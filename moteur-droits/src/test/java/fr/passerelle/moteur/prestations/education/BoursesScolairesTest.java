package fr.passerelle.moteur.prestations.education;

import fr.passerelle.moteur.calcul.Explication;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.calcul.Resultats;
import fr.passerelle.moteur.calcul.Socle;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.openfisca.LecteurSituation;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Situation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bourses de collège et de lycée, depuis les arrêtés du 22 mars 2016 : plafonds en SMIC horaires bruts selon le
 * nombre d'enfants à charge (SMIC de juillet de l'année des revenus : 11,65 € en juillet 2024), montants en part de
 * la BMAF au 1er janvier (474,37 € en janvier 2026), arrondis au multiple de 3 €.
 */
class BoursesScolairesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Moteur MOTEUR = Moteur.francais();
    private final BoursesScolaires bourses = new BoursesScolaires(Socle.de(Legislation.francaise()));

    @Test
    void college_un_enfant_les_plafonds_sont_des_parts_du_smic_et_le_plafond_lui_meme_ouvre_l_echelon() {
        // Échelon 3 : 296,8 × 11,65 = 3 457,72 → 3 458 € ; échelon 2 : 841,2 × 11,65 = 9 799,98 → 9 800 € ;
        // échelon 1 : 1 556,2 × 11,65 = 18 129,73 → 18 130 €.
        assertThat(bourses.echelonCollege(3458, 1, 2024)).isEqualTo(3);
        assertThat(bourses.echelonCollege(3459, 1, 2024)).isEqualTo(2);
        assertThat(bourses.echelonCollege(9800, 1, 2024)).isEqualTo(2);
        assertThat(bourses.echelonCollege(18130, 1, 2024)).isEqualTo(1);
        assertThat(bourses.echelonCollege(18131, 1, 2024)).isZero();
    }

    @Test
    void le_plafond_augmente_avec_le_nombre_d_enfants_a_charge() {
        // Échelon 1 avec 3 enfants : 2 274,4 × 11,65 = 26 496,76 → 26 497 €.
        assertThat(bourses.echelonCollege(26497, 3, 2024)).isEqualTo(1);
        assertThat(bourses.echelonCollege(26498, 3, 2024)).isZero();
        // Au-delà de 8 enfants, le plafond de 8 enfants : 4 070 × 11,65 = 47 415,5 → 47 416 €.
        assertThat(bourses.echelonCollege(47416, 10, 2024)).isEqualTo(1);
    }

    @Test
    void lycee_six_echelons_et_le_smic_de_l_annee_des_revenus() {
        // Échelon 6, un enfant : 244,3 × 11,65 = 2 846,1 → 2 846 € (revenus 2024) ; 244,3 × 11,52 = 2 814,34 → 2 814 € (revenus 2023).
        assertThat(bourses.echelonLycee(2846, 1, 2024)).isEqualTo(6);
        assertThat(bourses.echelonLycee(2846, 1, 2023)).isEqualTo(5);
        // Échelon 1, un enfant : 1 855 × 11,65 = 21 610,75 → 21 611 €.
        assertThat(bourses.echelonLycee(21611, 1, 2024)).isEqualTo(1);
        assertThat(bourses.echelonLycee(21612, 1, 2024)).isZero();
    }

    @Test
    void les_revenus_retenus_sont_ceux_de_l_annee_qui_precede_la_rentree() {
        assertThat(BoursesScolaires.anneeDesRevenus(new Mois(2026, 5))).isEqualTo(2024);
        assertThat(BoursesScolaires.anneeDesRevenus(new Mois(2025, 9))).isEqualTo(2024);
        assertThat(BoursesScolaires.anneeDesRevenus(new Mois(2025, 8))).isEqualTo(2023);
    }

    private static String famille(String salaire) {
        return """
                {'individus': {
                   'a': {'date_naissance': {'ETERNITY': '1980-01-15'}, 'salaire_de_base': {'2024': %s}},
                   'c': {'date_naissance': {'ETERNITY': '2013-01-01'}, 'scolarite': {'2026': 'college'}},
                   'l1': {'date_naissance': {'ETERNITY': '2010-01-01'}, 'scolarite': {'2026': 'lycee'}},
                   'l2': {'date_naissance': {'ETERNITY': '2009-01-01'}, 'scolarite': {'2026': 'lycee'}}},
                 'familles': {'f': {'parents': ['a'], 'enfants': ['c', 'l1', 'l2']}},
                 'foyers_fiscaux': {'ff': {'declarants': ['a'], 'personnes_a_charge': ['c', 'l1', 'l2']}},
                 'menages': {'m': {'personne_de_reference': ['a'], 'enfants': ['c', 'l1', 'l2'],
                                   'statut_occupation_logement': {'2026': 'locataire_vide'}}}}
                """.formatted(salaire);
    }

    private Resultats calculer(String json, Explication explication) {
        Situation s = new Situation();
        new LecteurSituation().lire("essai", new Mois(2026, 5), JSON.readTree(json.replace('\'', '"')), s);
        return MOTEUR.calculateur().calculer(s, explication);
    }

    @Test
    void sans_revenus_un_collegien_et_deux_lyceens_ont_l_echelon_le_plus_haut() {
        Resultats r = calculer(famille("0"), new Explication());
        // Collège échelon 3 : 1,1075 × 474,37 = 525,37 → 525 € ; lycée échelon 6 : 2,2584 × 474,37 = 1 071,32 → 1 071 €.
        assertThat(r.get(Variable.BOURSE_COLLEGE)).isEqualTo(525.0);
        assertThat(r.get(Variable.BOURSE_LYCEE)).isEqualTo(2 * 1071.0);
    }

    @Test
    void au_dessus_du_plafond_le_refus_donne_le_revenu_et_le_plafond() {
        Explication explication = new Explication();
        Resultats r = calculer(famille("90000"), explication);
        assertThat(r.get(Variable.BOURSE_COLLEGE)).isZero();
        assertThat(r.get(Variable.BOURSE_LYCEE)).isZero();
        // Collège, 3 enfants : 2 274,4 × 11,65 → 26 497 €.
        assertThat(explication.refus(Variable.BOURSE_COLLEGE).raison())
                .startsWith("Votre revenu fiscal de référence (")
                .endsWith("dépasse le plafond de la bourse pour 3 enfants à charge (26 497,00 €)");
    }
}
