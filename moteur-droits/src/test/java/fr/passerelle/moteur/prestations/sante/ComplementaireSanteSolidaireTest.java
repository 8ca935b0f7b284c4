package fr.passerelle.moteur.prestations.sante;

import fr.passerelle.moteur.calcul.Explication;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.calcul.Resultats;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.openfisca.LecteurSituation;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Situation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complémentaire santé solidaire, depuis les textes : plafond D861-1 (10 339 € pour une personne au 1er avril 2025,
 * 10 166 € avant), coefficients R861-2, plafond majoré de 35 % (L861-1), participation selon l'âge au 1er janvier
 * (arrêté du 21 juin 2019), ressources des douze mois M-13 à M-2 (R861-8).
 * Les ménages n'ont pas de logement (sans domicile : ni forfait logement ni aide au logement) et des ressources
 * sans prélèvements (pension alimentaire reçue) pour que le montant comparé au plafond soit exact ; la personne
 * de 22 ans n'a pas droit au RSA, qui donnerait la gratuité d'office.
 */
class ComplementaireSanteSolidaireTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Moteur MOTEUR = Moteur.francais();

    private final Explication explication = new Explication();

    private Resultats calculer(Mois mois, String json) {
        Situation s = new Situation();
        new LecteurSituation().lire("essai", mois, JSON.readTree(json.replace('\'', '"')), s);
        return MOTEUR.calculateur().calculer(s, explication);
    }

    /** Une personne née le {@code naissance}, une pension alimentaire reçue en un mois, sans domicile. */
    private static String seul(String naissance, String moisPension, double pension) {
        return """
                {'individus': {'a': {'date_naissance': {'ETERNITY': '%s'}, 'activite': {'2025': 'etudiant'},
                                     'pensions_alimentaires_percues': {'%s': %s}}},
                 'familles': {'f': {'parents': ['a']}},
                 'foyers_fiscaux': {'ff': {'declarants': ['a']}},
                 'menages': {'m': {'personne_de_reference': ['a'], 'statut_occupation_logement': {'2025': 'sans_domicile'}}}}
                """.formatted(naissance, moisPension, pension);
    }

    @Test
    void pile_au_plafond_la_css_est_gratuite_et_un_euro_au_dessus_elle_demande_une_participation() {
        Mois juillet = new Mois(2025, 7);
        Resultats auPlafond = calculer(juillet, seul("2003-03-10", "2025-05", 10339));
        assertThat(auPlafond.oui(Variable.CMU_C)).isTrue();
        assertThat(auPlafond.get(Variable.CSS_PARTICIPATION_FORFAITAIRE)).isZero();

        Resultats auDessus = calculer(juillet, seul("2003-03-10", "2025-05", 10340));
        assertThat(auDessus.oui(Variable.CMU_C)).isFalse();
        assertThat(auDessus.get(Variable.CSS_PARTICIPATION_FORFAITAIRE)).isEqualTo(8.0);
    }

    @Test
    void au_dela_du_plafond_majore_de_35_pour_cent_il_n_y_a_plus_de_droit() {
        Mois juillet = new Mois(2025, 7);
        // 10 339 × 1,35 = 13 957,65 €
        assertThat(calculer(juillet, seul("2003-03-10", "2025-05", 13957)).get(Variable.CSS_PARTICIPATION_FORFAITAIRE)).isEqualTo(8.0);
        Resultats trop = calculer(juillet, seul("2003-03-10", "2025-05", 13958));
        assertThat(trop.oui(Variable.CMU_C)).isFalse();
        assertThat(trop.get(Variable.CSS_PARTICIPATION_FORFAITAIRE)).isZero();
    }

    @Test
    void le_plafond_est_revalorise_au_premier_avril() {
        // 10 200 € : au-dessus du plafond de 10 166 € (jusqu'au 31 mars 2025), sous celui de 10 339 € ensuite.
        String personne = seul("2003-03-10", "2024-06", 10200);
        assertThat(calculer(new Mois(2025, 3), personne).oui(Variable.CMU_C)).isFalse();
        assertThat(calculer(new Mois(2025, 4), personne).oui(Variable.CMU_C)).isTrue();
    }

    @Test
    void le_plafond_de_2026_suit_le_coefficient_du_premier_avril() {
        // 10 400 € : au-dessus de 10 339 € (jusqu'au 31 mars 2026), sous 10 422 € (10 339 × 1,008) ensuite.
        String personne = seul("2003-03-10", "2025-06", 10400);
        assertThat(calculer(new Mois(2026, 3), personne).oui(Variable.CMU_C)).isFalse();
        assertThat(calculer(new Mois(2026, 4), personne).oui(Variable.CMU_C)).isTrue();
        assertThat(calculer(new Mois(2026, 4), seul("2003-03-10", "2025-06", 10423)).oui(Variable.CMU_C)).isFalse();
    }

    @Test
    void seules_comptent_les_ressources_des_douze_mois_qui_precedent_l_avant_dernier_mois() {
        Mois juillet = new Mois(2025, 7);
        // Fenêtre de juillet 2025 : juin 2024 à mai 2025. Une pension reçue en juin 2025 n'est pas comptée.
        assertThat(calculer(juillet, seul("2003-03-10", "2025-06", 20000)).oui(Variable.CMU_C)).isTrue();
        assertThat(calculer(juillet, seul("2003-03-10", "2024-06", 20000)).oui(Variable.CMU_C)).isFalse();
        assertThat(calculer(juillet, seul("2003-03-10", "2024-05", 20000)).oui(Variable.CMU_C)).isTrue();
    }

    @Test
    void la_participation_depend_de_l_age_de_chaque_membre_au_premier_janvier() {
        // Couple de 45 et 62 ans, un enfant de 10 ans : 14 + 25 + 8 = 47 € par mois.
        String famille = """
                {'individus': {
                   'a': {'date_naissance': {'ETERNITY': '1980-01-15'}, 'pensions_alimentaires_percues': {'2025-05': 18000}},
                   'b': {'date_naissance': {'ETERNITY': '1963-02-01'}},
                   'e': {'date_naissance': {'ETERNITY': '2015-01-01'}}},
                 'familles': {'f': {'parents': ['a', 'b'], 'enfants': ['e']}},
                 'foyers_fiscaux': {'ff': {'declarants': ['a', 'b'], 'personnes_a_charge': ['e']}},
                 'menages': {'m': {'personne_de_reference': ['a'], 'conjoint': ['b'], 'enfants': ['e'],
                                   'statut_occupation_logement': {'2025': 'sans_domicile'}}}}
                """;
        // Plafond pour 3 personnes : 10 339 × 1,8 = 18 610 € ; 18 000 € en dessous… donc gratuit.
        assertThat(calculer(new Mois(2025, 7), famille).oui(Variable.CMU_C)).isTrue();
        Resultats r = calculer(new Mois(2025, 7), famille.replace("18000", "20000"));
        assertThat(r.oui(Variable.CMU_C)).isFalse();
        assertThat(r.get(Variable.CSS_PARTICIPATION_FORFAITAIRE)).isEqualTo(47.0);
    }

    @Test
    void une_personne_qui_a_trente_ans_apres_le_premier_janvier_paie_encore_le_tarif_des_moins_de_trente_ans() {
        Mois juillet = new Mois(2025, 7);
        assertThat(calculer(juillet, seul("1995-03-10", "2025-05", 12000)).get(Variable.CSS_PARTICIPATION_FORFAITAIRE)).isEqualTo(8.0);
        assertThat(calculer(juillet, seul("1994-12-31", "2025-05", 12000)).get(Variable.CSS_PARTICIPATION_FORFAITAIRE)).isEqualTo(14.0);
    }

    @Test
    void le_plafond_d_un_couple_avec_deux_enfants_a_le_coefficient_2_1() {
        // Enfants de 21 et 22 ans : toujours du foyer de la CSS (moins de 25 ans), plus d'allocations familiales.
        String famille = """
                {'individus': {
                   'a': {'date_naissance': {'ETERNITY': '1980-01-15'}, 'pensions_alimentaires_percues': {'2025-05': %s}},
                   'b': {'date_naissance': {'ETERNITY': '1982-02-01'}},
                   'e1': {'date_naissance': {'ETERNITY': '2003-06-01'}},
                   'e2': {'date_naissance': {'ETERNITY': '2004-01-01'}}},
                 'familles': {'f': {'parents': ['a', 'b'], 'enfants': ['e1', 'e2']}},
                 'foyers_fiscaux': {'ff': {'declarants': ['a', 'b'], 'personnes_a_charge': ['e1', 'e2']}},
                 'menages': {'m': {'personne_de_reference': ['a'], 'conjoint': ['b'], 'enfants': ['e1', 'e2'],
                                   'statut_occupation_logement': {'2025': 'sans_domicile'}}}}
                """;
        // 10 339 × (1 + 0,5 + 0,3 + 0,3) = 21 711,9 € arrondi à 21 712 €.
        assertThat(calculer(new Mois(2025, 7), famille.formatted(21712)).oui(Variable.CMU_C)).isTrue();
        assertThat(explication.de(Variable.CMU_C)).anySatisfy(l -> assertThat(l.texte())
                .isEqualTo("Plafond annuel sans participation pour un foyer de 4 personnes (coefficient 2,1) : 21 712,00 €"));
        assertThat(calculer(new Mois(2025, 7), famille.formatted(21713)).oui(Variable.CMU_C)).isFalse();
    }

    @Test
    void un_enfant_de_vingt_cinq_ans_ne_compte_plus_dans_le_foyer() {
        String famille = """
                {'individus': {
                   'a': {'date_naissance': {'ETERNITY': '1970-01-15'}, 'pensions_alimentaires_percues': {'2025-05': 15000}},
                   'e': {'date_naissance': {'ETERNITY': '%s'}}},
                 'familles': {'f': {'parents': ['a'], 'enfants': ['e']}},
                 'foyers_fiscaux': {'ff': {'declarants': ['a'], 'personnes_a_charge': ['e']}},
                 'menages': {'m': {'personne_de_reference': ['a'], 'enfants': ['e'],
                                   'statut_occupation_logement': {'2025': 'sans_domicile'}}}}
                """;
        // Deux personnes : 15 508 € ; une seule : 10 339 €.
        assertThat(calculer(new Mois(2025, 7), famille.formatted("2001-01-01")).oui(Variable.CMU_C)).isTrue();
        assertThat(calculer(new Mois(2025, 7), famille.formatted("2000-01-01")).oui(Variable.CMU_C)).isFalse();
    }

    @Test
    void le_proprietaire_compte_un_forfait_logement_de_12_pour_cent_du_rsa() {
        String proprietaire = seul("2003-03-10", "2025-05", 9500).replace("sans_domicile", "proprietaire");
        // 9 500 + 12 × 12 % × 646,52 = 9 500 + 930,99 = 10 430,99 € > 10 339 €
        assertThat(calculer(new Mois(2025, 7), seul("2003-03-10", "2025-05", 9500)).oui(Variable.CMU_C)).isTrue();
        assertThat(calculer(new Mois(2025, 7), proprietaire).oui(Variable.CMU_C)).isFalse();
        assertThat(explication.de(Variable.CMU_C)).anySatisfy(l -> assertThat(l.texte()).startsWith("Forfait logement annuel : 930,99 €"));
    }

    @Test
    void les_prestations_familiales_d_un_enfant_ne_comptent_qu_a_partir_de_sa_naissance() {
        // Parent isolé, enfant né en mars 2025 : sur juin 2024 - mai 2025, trois mois de prestations familiales, dont
        // mars 2025 au montant d'avant la revalorisation d'avril (BMAF de 466,44 € au lieu de 474,37 €).
        String famille = """
                {'individus': {
                   'a': {'date_naissance': {'ETERNITY': '1990-01-15'}},
                   'e': {'date_naissance': {'ETERNITY': '2025-03-10'}}},
                 'familles': {'f': {'parents': ['a'], 'enfants': ['e']}},
                 'foyers_fiscaux': {'ff': {'declarants': ['a'], 'personnes_a_charge': ['e']}},
                 'menages': {'m': {'personne_de_reference': ['a'], 'enfants': ['e'],
                                   'statut_occupation_logement': {'2025': 'sans_domicile'}}}}
                """;
        Resultats r = calculer(new Mois(2025, 7), famille);
        double familiales = r.get(Variable.AF) + r.get(Variable.CF) + r.get(Variable.ASF);
        assertThat(familiales).isPositive();
        assertThat(explication.de(Variable.CMU_C)).anySatisfy(l -> {
            assertThat(l).isInstanceOf(Explication.Etape.class);
            Explication.Etape e = (Explication.Etape) l;
            assertThat(e.libelle()).startsWith("Prestations sur 12 mois");
            assertThat(e.montant()).isCloseTo(familiales * (466.44 / 474.37 + 2), org.assertj.core.data.Offset.offset(1e-6));
        });
    }

    @Test
    void le_refus_dit_quelles_ressources_depassent_quel_plafond() {
        calculer(new Mois(2025, 7), seul("2003-03-10", "2025-05", 15000));
        assertThat(explication.refus(Variable.CSS_PARTICIPATION_FORFAITAIRE).raison())
                .isEqualTo("Vos ressources des 12 derniers mois (15 000,00 €) dépassent le plafond avec participation (13 957,65 €)");
        assertThat(explication.refus(Variable.CMU_C).raison())
                .isEqualTo("Vos ressources des 12 derniers mois (15 000,00 €) dépassent le plafond sans participation (10 339,00 €)");
    }
    @Test
    void l_aspa_ne_compte_que_pour_les_mois_de_la_periode_ou_elle_etait_percue() {
        // Juillet 2025 : période de juin 2024 à mai 2025. Une personne seule sans autre ressource, qui a eu 65 ans
        // le 15 janvier 2025, perçoit l'ASPA (12 411,40 € par an, D815-1) de février à mai 2025 : quatre mois,
        // chacun diminué de l'abattement de 71 € (R861-10) : 4 × (1 034,28 − 71) = 3 853,12 €, sous le plafond de
        // 10 339 € : la complémentaire est gratuite. Comptée douze fois, l'ASPA du mois (11 559,40 €) le dépasserait.
        Mois juillet = new Mois(2025, 7);
        Resultats r = calculer(juillet, seul("1960-01-15", "2025-05", 0));
        assertThat(r.get(Variable.ASPA)).isPositive();
        assertThat(r.oui(Variable.CMU_C)).isTrue();
        assertThat(explication.de(Variable.CMU_C)).extracting(Explication.Ligne::texte)
                .anySatisfy(t -> assertThat(t).startsWith("Prestations sur 12 mois").endsWith("3 853,12 €"));
    }

    @Test
    void l_aspa_percue_toute_la_periode_compte_douze_fois() {
        // Même personne, 65 ans depuis avril 2024 (avant la période) : douze mois d'ASPA, 2024 puis 2025 ;
        // au-dessus du plafond sans participation (10 339 €), sous le plafond majoré : 25 € (60-69 ans au 1er janvier).
        Resultats r = calculer(new Mois(2025, 7), seul("1959-04-15", "2025-05", 0));
        assertThat(r.oui(Variable.CMU_C)).isFalse();
        assertThat(r.get(Variable.CSS_PARTICIPATION_FORFAITAIRE)).isEqualTo(25.0);
    }

    /** Une personne de 40 ans, incapacité de 80 %, sans autre ressource qu'une pension alimentaire reçue en juin 2024. */
    private static String allocataireAah(double pension) {
        return """
                {'individus': {'a': {'date_naissance': {'ETERNITY': '1984-05-10'}, 'taux_incapacite': {'2023': 0.8, '2024': 0.8, '2025': 0.8},
                                     'pensions_alimentaires_percues': {'2024-06': %s}}},
                 'familles': {'f': {'parents': ['a']}},
                 'foyers_fiscaux': {'ff': {'declarants': ['a']}},
                 'menages': {'m': {'personne_de_reference': ['a'], 'statut_occupation_logement': {'2025': 'sans_domicile'}}}}
                """.formatted(pension);
    }

    @Test
    void l_aah_compte_pour_le_montant_de_chaque_mois_de_la_periode() {
        // Janvier 2025 : période de décembre 2023 à novembre 2024 (R861-8). AAH à taux plein : 971,37 € jusqu'en mars
        // 2024, 1 016,05 € à partir du 1er avril 2024 (revalorisation), chaque mois diminuée de l'abattement de 68 € :
        // 4 × 903,37 + 8 × 948,05 = 11 197,88 € (et non 12 × 948,05 = 11 376,60 €).
        Resultats r = calculer(new Mois(2025, 1), allocataireAah(0));
        assertThat(r.get(Variable.AAH)).isEqualTo(1016.05);
        assertThat(explication.de(Variable.CMU_C)).extracting(Explication.Ligne::texte)
                .anySatisfy(t -> assertThat(t).startsWith("Prestations sur 12 mois").endsWith("11 197,88 €"));
        // Au-dessus du plafond sans participation (10 166 € jusqu'au 31 mars 2025), sous le plafond majoré : 14 € (40 ans).
        assertThat(r.oui(Variable.CMU_C)).isFalse();
        assertThat(r.get(Variable.CSS_PARTICIPATION_FORFAITAIRE)).isEqualTo(14.0);
    }

    @Test
    void avec_l_aah_de_chaque_mois_le_plafond_majore_se_juge_a_l_euro_pres() {
        // Plafond majoré de janvier 2025 : 10 166 × 1,35 = 13 724,10 €. AAH de la période : 11 197,88 €.
        // Pension alimentaire de 2 526 € : 13 723,88 €, participation due ; 2 527 € : 13 724,88 €, plus de droit.
        // (Comptée douze fois, l'AAH du mois aurait mis les deux au-dessus du plafond.)
        assertThat(calculer(new Mois(2025, 1), allocataireAah(2526)).get(Variable.CSS_PARTICIPATION_FORFAITAIRE)).isEqualTo(14.0);
        assertThat(calculer(new Mois(2025, 1), allocataireAah(2527)).get(Variable.CSS_PARTICIPATION_FORFAITAIRE)).isZero();
    }

    @Test
    void les_allocations_familiales_des_mois_avant_une_naissance_sont_celles_de_deux_enfants() {
        // Janvier 2025 (période de décembre 2023 à novembre 2024), couple marié sans revenu, enfants nés en 2015 et
        // 2017, troisième né le 14 juin 2024. Allocations familiales du mois calculé : 73 % de la BMAF (466,44 €) =
        // 340,50 € (trois enfants, ni majoration pour âge ni modulation). De décembre 2023 à mai 2024, la famille
        // n'avait que deux enfants : 32 % de la BMAF, soit 142,70 € de décembre à mars (BMAF de 445,93 € avant la
        // revalorisation d'avril 2024) puis 149,26 € en avril et mai ; de juin à novembre 2024, 340,50 € (R861-8,
        // L521-1, D521-1). Total : 4 × 142,70 + 2 × 149,26 + 6 × 340,50 = 2 912,31 € (et non 340,50 € × 30
        // mois-enfants / 3 = 3 405 €, ni 6 × 149,26 + 6 × 340,50 = 2 938,56 € au montant d'un seul mois).
        String famille = """
                {'individus': {
                   'a': {'date_naissance': {'ETERNITY': '1985-01-15'}},
                   'b': {'date_naissance': {'ETERNITY': '1986-01-15'}},
                   'e1': {'date_naissance': {'ETERNITY': '2015-03-10'}},
                   'e2': {'date_naissance': {'ETERNITY': '2017-03-10'}},
                   'e3': {'date_naissance': {'ETERNITY': '2024-06-14'}}},
                 'familles': {'f': {'parents': ['a', 'b'], 'enfants': ['e1', 'e2', 'e3']}},
                 'foyers_fiscaux': {'ff': {'declarants': ['a', 'b'], 'personnes_a_charge': ['e1', 'e2', 'e3']}},
                 'menages': {'m': {'personne_de_reference': ['a'], 'conjoint': ['b'], 'enfants': ['e1', 'e2', 'e3'],
                                   'statut_occupation_logement': {'2025': 'sans_domicile'}}}}
                """;
        Resultats r = calculer(new Mois(2025, 1), famille);
        assertThat(r.get(Variable.AF)).isEqualTo(340.50);
        assertThat(r.get(Variable.CF) + r.get(Variable.ASF)).isZero();
        assertThat(explication.de(Variable.CMU_C)).extracting(Explication.Ligne::texte)
                .anySatisfy(t -> assertThat(t).startsWith("Prestations sur 12 mois").endsWith("2 912,31 €"));
    }
}
