package fr.passerelle.moteur.openfisca;

import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Activite;
import fr.passerelle.moteur.situation.Situation;
import fr.passerelle.moteur.situation.StatutOccupationLogement;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LecteurSituationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final LecteurSituation lecteur = new LecteurSituation();
    private final Situation situation = new Situation();
    private final Mois janvier2025 = new Mois(2025, 1);

    private static JsonNode json(String texte) {
        return JSON.readTree(texte.replace('\'', '"'));
    }

    private static String parentSeul(String salaire, String depcom, String dateEnfant) {
        return """
                {'individus': {
                   'p': {'date_naissance': {'ETERNITY': '1985-05-02'}, 'salaire_de_base': %s, 'activite': {'2025': 'actif'}},
                   'e': {'date_naissance': {'ETERNITY': '%s'}}},
                 'familles': {'f': {'parents': ['p'], 'enfants': ['e']}},
                 'foyers_fiscaux': {'ff': {'declarants': ['p'], 'personnes_a_charge': ['e']}},
                 'menages': {'m': {'personne_de_reference': ['p'], 'enfants': ['e'], 'loyer': {'2025-01': 600},
                                   'statut_occupation_logement': {'2025': 'locataire_vide'}, 'depcom': {'2025': '%s'}}}}
                """.formatted(salaire, dateEnfant, depcom);
    }

    @Test
    void lit_une_situation_openfisca_et_etale_les_montants_annuels_sur_les_mois() {
        List<Demande> demandes = lecteur.lire("h1", janvier2025, json(parentSeul("{'2024': 24000, '2025-01': 2500}", "75056", "2015-01-01")), situation);
        assertThat(demandes).isEmpty();
        assertThat(situation.nombreIndividus()).isEqualTo(2);
        assertThat(situation.individu(0).salaireDeBase[situation.indice(new Mois(2024, 6))]).isEqualTo(2000.0);
        assertThat(situation.individu(0).salaireDeBase[situation.indice(janvier2025)]).isEqualTo(2500.0);
        assertThat(situation.individu(0).activite).isEqualTo(Activite.ACTIF);
        assertThat(situation.famille(0).enfants.taille()).isEqualTo(1);
        assertThat(situation.menage(0).statutOccupation).isEqualTo(StatutOccupationLogement.LOCATAIRE_VIDE);
        assertThat(situation.menage(0).zoneLogement).isEqualTo(1);
        assertThat(situation.menage(0).loyer[situation.indice(janvier2025)]).isEqualTo(600.0);
    }

    @Test
    void un_montant_negatif_est_refuse_avec_le_champ_et_le_menage() {
        assertThatThrownBy(() -> lecteur.lire("h7", janvier2025, json(parentSeul("{'2025': -100}", "75056", "2015-01-01")), situation))
                .isInstanceOf(EntreeInvalide.class)
                .hasMessageContaining("ménage h7")
                .hasMessageContaining("individus.p.salaire_de_base (2025)")
                .hasMessageContaining("négatif");
    }

    @Test
    void un_montant_non_numerique_est_refuse() {
        assertThatThrownBy(() -> lecteur.lire("h7", janvier2025, json(parentSeul("{'2025': 'beaucoup'}", "75056", "2015-01-01")), situation))
                .isInstanceOf(EntreeInvalide.class)
                .hasMessageContaining("nombre attendu");
    }

    @Test
    void une_commune_inconnue_est_refusee() {
        assertThatThrownBy(() -> lecteur.lire("h7", janvier2025, json(parentSeul("{'2025': 100}", "99999", "2015-01-01")), situation))
                .isInstanceOf(EntreeInvalide.class)
                .satisfies(e -> assertThat(((EntreeInvalide) e).champ()).isEqualTo("menages.m.depcom"))
                .hasMessageContaining("commune « 99999 » inconnue");
    }

    @Test
    void une_commune_d_outre_mer_est_refusee_hors_du_champ_de_la_metropole() {
        assertThatThrownBy(() -> lecteur.lire("h7", janvier2025, json(parentSeul("{'2025': 100}", "97411", "2015-01-01")), situation))
                .isInstanceOf(EntreeInvalide.class)
                .satisfies(e -> assertThat(((EntreeInvalide) e).champ()).isEqualTo("menages.m.depcom"))
                .hasMessageContaining("97411").hasMessageContaining("outre-mer").hasMessageContaining("métropole");
    }

    @Test
    void une_personne_dans_deux_familles_ou_deux_menages_est_refusee_avec_les_deux_groupes() {
        String deuxFamilles = parentSeul("{'2025': 100}", "75056", "2015-01-01")
                .replace("'familles': {'f': {'parents': ['p'], 'enfants': ['e']}}",
                        "'familles': {'f': {'parents': ['p'], 'enfants': ['e']}, 'g': {'parents': ['e']}}");
        assertThatThrownBy(() -> lecteur.lire("h7", janvier2025, json(deuxFamilles), situation))
                .isInstanceOf(EntreeInvalide.class)
                .satisfies(e -> assertThat(((EntreeInvalide) e).champ()).isEqualTo("familles.g.parents"))
                .hasMessageContaining("personne « e » déjà dans la famille « f »");
        String deuxMenages = parentSeul("{'2025': 100}", "75056", "2015-01-01")
                .replace("'enfants': ['e'], 'loyer'", "'loyer'")
                .replace("'depcom': {'2025': '75056'}}}", "'depcom': {'2025': '75056'}}, 'n': {'personne_de_reference': ['p']}}");
        assertThatThrownBy(() -> lecteur.lire("h7", janvier2025, json(deuxMenages), situation))
                .isInstanceOf(EntreeInvalide.class)
                .hasMessageContaining("personne « p » déjà dans le ménage « m »");
    }

    @Test
    void un_enfant_plus_age_que_ses_parents_est_refuse() {
        assertThatThrownBy(() -> lecteur.lire("h7", janvier2025, json(parentSeul("{'2025': 100}", "75056", "1980-01-01")), situation))
                .isInstanceOf(EntreeInvalide.class)
                .hasMessageContaining("individus.e.date_naissance")
                .hasMessageContaining("plus âgé que ses parents");
    }

    @Test
    void une_variable_inconnue_est_nommee() {
        String texte = parentSeul("{'2025': 100}", "75056", "2015-01-01").replace("'activite'", "'revenu_magique': {'2025': 3}, 'activite'");
        assertThatThrownBy(() -> lecteur.lire("h7", janvier2025, json(texte), situation))
                .isInstanceOf(EntreeInvalide.class)
                .hasMessageContaining("individus.p.revenu_magique")
                .hasMessageContaining("non prise en charge");
    }

    @Test
    void une_valeur_d_enumeration_inconnue_liste_les_valeurs_possibles() {
        String texte = parentSeul("{'2025': 100}", "75056", "2015-01-01").replace("'actif'", "'astronaute'");
        assertThatThrownBy(() -> lecteur.lire("h7", janvier2025, json(texte), situation))
                .isInstanceOf(EntreeInvalide.class)
                .hasMessageContaining("astronaute")
                .hasMessageContaining("chomeur");
    }

    @Test
    void une_periode_mal_ecrite_est_refusee() {
        assertThatThrownBy(() -> lecteur.lire("h7", janvier2025, json(parentSeul("{'2025-13': 100}", "75056", "2015-01-01")), situation))
                .isInstanceOf(EntreeInvalide.class)
                .hasMessageContaining("2025-13");
    }

    @Test
    void un_mois_avant_la_legislation_saisie_est_refuse_sur_le_champ_period() {
        String texte = parentSeul("{'2023': 100}", "75056", "2015-01-01");
        assertThatThrownBy(() -> lecteur.lire("h7", new Mois(2023, 12), json(texte), situation))
                .isInstanceOf(EntreeInvalide.class)
                .satisfies(e -> assertThat(((EntreeInvalide) e).champ()).isEqualTo("period"))
                .hasMessageContaining("2023-12")
                .hasMessageContaining("à partir de 2024-01");
    }

    @Test
    void les_variables_demandees_a_null_sont_rendues_comme_demandes() {
        String texte = parentSeul("{'2025': 100}", "75056", "2015-01-01").replace("'parents': ['p'],", "'parents': ['p'], 'rsa': {'2025-01': null},");
        List<Demande> demandes = lecteur.lire("h7", janvier2025, json(texte), situation);
        assertThat(demandes).singleElement().satisfies(d -> {
            assertThat(d.variable().nom()).isEqualTo("rsa");
            assertThat(d.periode()).isEqualTo("2025-01");
        });
    }

    @Test
    void une_personne_sans_entites_forme_sa_propre_famille_et_son_menage() {
        lecteur.lire("h8", janvier2025, json("{'individus': {'seul': {'date_naissance': {'ETERNITY': '1960-01-01'}}}}"), situation);
        assertThat(situation.nombreFamilles()).isEqualTo(1);
        assertThat(situation.nombreMenages()).isEqualTo(1);
        assertThat(situation.nombreFoyers()).isEqualTo(1);
    }

    @Test
    void la_situation_est_reutilisable_sans_reste_du_menage_precedent() {
        lecteur.lire("h1", janvier2025, json(parentSeul("{'2025': 24000}", "75056", "2015-01-01")), situation);
        lecteur.lire("h2", janvier2025, json("{'individus': {'seul': {'date_naissance': {'ETERNITY': '1960-01-01'}}}}"), situation);
        assertThat(situation.nombreIndividus()).isEqualTo(1);
        assertThat(situation.individu(0).salaireDeBase[situation.indice(janvier2025)]).isZero();
        assertThat(situation.individu(1).salaireDeBase[situation.indice(janvier2025)]).isZero();
    }
}
