package fr.passerelle.moteur.prestations.energie;

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
 * Chèque énergie, depuis l'arrêté du 11 avril 2016 modifié (barème du 26 décembre 2018) et l'article R124-2 du
 * code de l'énergie : unités de consommation 1 / 0,5 / 0,3, tranches « revenu par UC inférieur à 5 600, 6 700,
 * 7 700, 10 800 € ».
 */
class ChequeEnergieTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Moteur MOTEUR = Moteur.francais();
    private final ChequeEnergie cheque = new ChequeEnergie(Socle.de(Legislation.francaise()));
    private final Mois mai2026 = new Mois(2026, 5);

    @Test
    void une_personne_seule_sous_5600_euros_par_uc_recoit_194_euros_et_pile_au_seuil_146() {
        assertThat(cheque.montant(5599.99, 1, mai2026)).isEqualTo(194.0);
        assertThat(cheque.montant(5600, 1, mai2026)).isEqualTo(146.0);
        assertThat(cheque.montant(6700, 1, mai2026)).isEqualTo(98.0);
        assertThat(cheque.montant(7699, 1, mai2026)).isEqualTo(98.0);
        assertThat(cheque.montant(10799, 1, mai2026)).isEqualTo(48.0);
        assertThat(cheque.montant(10800, 1, mai2026)).isZero();
    }

    @Test
    void le_bareme_depend_du_nombre_d_unites_de_consommation() {
        assertThat(cheque.montant(0, 1.5, mai2026)).isEqualTo(240.0);
        assertThat(cheque.montant(7000, 1.8, mai2026)).isEqualTo(113.0);
        assertThat(cheque.montant(0, 2, mai2026)).isEqualTo(277.0);
        assertThat(cheque.montant(10000, 2.1, mai2026)).isEqualTo(76.0);
        assertThat(cheque.montant(7700, 2.1, mai2026)).isEqualTo(76.0);
        assertThat(cheque.montant(7699.5, 2.1, mai2026)).isEqualTo(126.0);
    }

    private Resultats calculer(Mois mois, String json, Explication explication) {
        Situation s = new Situation();
        new LecteurSituation().lire("essai", mois, JSON.readTree(json.replace('\'', '"')), s);
        return MOTEUR.calculateur().calculer(s, explication);
    }

    private static String couple(String statut, String gardeAlternee) {
        return """
                {'individus': {
                   'a': {'date_naissance': {'ETERNITY': '1980-01-15'}},
                   'b': {'date_naissance': {'ETERNITY': '1982-02-01'}},
                   'e1': {'date_naissance': {'ETERNITY': '2012-01-01'}},
                   'e2': {'date_naissance': {'ETERNITY': '2016-01-01'}, 'garde_alternee': {'2026': %s}}},
                 'familles': {'f': {'parents': ['a', 'b'], 'enfants': ['e1', 'e2']}},
                 'foyers_fiscaux': {'ff': {'declarants': ['a', 'b'], 'personnes_a_charge': ['e1', 'e2']}},
                 'menages': {'m': {'personne_de_reference': ['a'], 'conjoint': ['b'], 'enfants': ['e1', 'e2'],
                                   'statut_occupation_logement': {'2026': '%s'}}}}
                """.formatted(gardeAlternee, statut);
    }

    @Test
    void un_couple_sans_revenus_avec_deux_enfants_compte_2_1_uc_et_recoit_277_euros() {
        Explication explication = new Explication();
        assertThat(calculer(mai2026, couple("locataire_hlm", "false"), explication).get(Variable.CHEQUE_ENERGIE)).isEqualTo(277.0);
        assertThat(explication.de(Variable.CHEQUE_ENERGIE)).anySatisfy(l -> assertThat(l.texte()).contains("4 personnes, 2,1 UC"));
    }

    @Test
    void un_enfant_en_garde_alternee_compte_pour_moitie() {
        Situation s = new Situation();
        new LecteurSituation().lire("essai", mai2026, JSON.readTree(couple("locataire_hlm", "true").replace('\'', '"')), s);
        assertThat(cheque.unitesDeConsommation(s, s.menage(0), mai2026)).isEqualTo(1 + 0.5 + 0.3 + 0.15, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void le_revenu_retenu_est_celui_de_l_annee_n_moins_2() {
        // Salaire versé en 2024 seulement : compte pour le chèque 2026, pas pour le chèque 2025 (revenus 2023).
        String seul = """
                {'individus': {'a': {'date_naissance': {'ETERNITY': '1980-01-15'}, 'salaire_de_base': {'2024': 40000}}},
                 'familles': {'f': {'parents': ['a']}},
                 'foyers_fiscaux': {'ff': {'declarants': ['a']}},
                 'menages': {'m': {'personne_de_reference': ['a'], 'statut_occupation_logement': {'2025': 'proprietaire', '2026': 'proprietaire'}}}}
                """;
        assertThat(calculer(new Mois(2025, 12), seul, new Explication()).get(Variable.CHEQUE_ENERGIE)).isEqualTo(194.0);
        assertThat(calculer(mai2026, seul, new Explication()).get(Variable.CHEQUE_ENERGIE)).isZero();
    }

    @Test
    void une_personne_logee_gratuitement_n_a_pas_de_cheque_et_l_explication_dit_pourquoi() {
        Explication explication = new Explication();
        assertThat(calculer(mai2026, couple("loge_gratuitement", "false"), explication).get(Variable.CHEQUE_ENERGIE)).isZero();
        assertThat(explication.refus(Variable.CHEQUE_ENERGIE).raison()).contains("logées gratuitement");
    }
}
