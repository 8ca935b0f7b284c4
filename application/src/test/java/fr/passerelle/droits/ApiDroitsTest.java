package fr.passerelle.droits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.openfisca.LecteurSituation;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Situation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * L'API : {@code /api/v1/calculate} (forme OpenFisca, valeurs égales au moteur), {@code /api/v1/droits},
 * erreurs RFC 9457 nommant le champ, rien de personnel dans les journaux, OpenAPI (limite de débit :
 * {@code LimiteDeDebitFilterTest}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@ExtendWith(OutputCaptureExtension.class)
class ApiDroitsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String SITUATION = """
            {"individus": {"parent": {"age": {"2025-01": 34}, "salaire_de_base": {"2025": 9876.54, "2024": 9876.54, "2023": 9876.54}},
                           "enfant1": {"age": {"2025-01": 6}}, "enfant2": {"age": {"2025-01": 3}}},
             "familles": {"f": {"parents": ["parent"], "enfants": ["enfant1", "enfant2"],
                                "rsa": {"2025-01": null}, "af": {"2025-01": null}, "cmu_c": {"2025-01": null}, "ars": {"2025": null}}},
             "menages": {"m": {"personne_de_reference": ["parent"], "enfants": ["enfant1", "enfant2"],
                               "loyer": {"2025-01": 600}, "statut_occupation_logement": {"2025-01": "locataire_vide"},
                               "depcom": {"2025-01": "33039"}, "aide_logement": {"2025-01": null}}}}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    Moteur moteur;

    @Test
    void calculate_rend_la_situation_avec_les_valeurs_du_moteur() throws Exception {
        String corps = mvc.perform(post("/api/v1/calculate").contentType(MediaType.APPLICATION_JSON).content(SITUATION))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode reponse = JSON.readTree(corps);
        JsonNode demande = JSON.readTree(SITUATION);
        Situation s = new Situation();
        new LecteurSituation().lire("t", Mois.de("2025-01"), demande, s);
        var r = moteur.calculer(s);
        assertThat(reponse.at("/familles/f/rsa/2025-01").asDouble()).isEqualTo(Math.round(r.get(Variable.RSA) * 100) / 100.0);
        assertThat(reponse.at("/familles/f/af/2025-01").asDouble()).isEqualTo(Math.round(r.get(Variable.AF) * 100) / 100.0);
        assertThat(reponse.at("/familles/f/cmu_c/2025-01").isBoolean()).isTrue();
        assertThat(reponse.at("/menages/m/aide_logement/2025-01").isNumber()).isTrue();
        assertThat(reponse.at("/familles/f/ars/2025").isNumber()).isTrue();
        // Les entrées sont rendues telles quelles, comme OpenFisca
        assertThat(reponse.at("/menages/m/loyer/2025-01").asInt()).isEqualTo(600);
    }

    @Test
    void calculate_refuse_en_problem_details_avec_le_champ() throws Exception {
        mvc.perform(post("/api/v1/calculate").contentType(MediaType.APPLICATION_JSON)
                        .content(SITUATION.replace("\"loyer\": {\"2025-01\": 600}", "\"loyer\": {\"2025-01\": -600}")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.champ").value("menages.m.loyer (2025-01)"))
                .andExpect(jsonPath("$.detail", containsString("négatif")));
        mvc.perform(post("/api/v1/calculate").contentType(MediaType.APPLICATION_JSON)
                        .content(SITUATION.replace("33039", "99999")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.champ").value("menages.m.depcom"));
        mvc.perform(post("/api/v1/calculate").contentType(MediaType.APPLICATION_JSON)
                        .content(SITUATION.replace("\"rsa\": {\"2025-01\": null}", "\"rsa\": {\"2025\": null}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.champ").value("familles.f.rsa (2025)"));
        mvc.perform(post("/api/v1/calculate").contentType(MediaType.APPLICATION_JSON).content("{pas du json"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.champ").value("corps"));
    }

    @Test
    void droits_rend_verdicts_explications_demarches_et_aide_proche(CapturedOutput sortie) throws Exception {
        String corps = mvc.perform(post("/api/v1/droits").contentType(MediaType.APPLICATION_JSON).content("""
                        {"age": 31, "enfants": [4, 9], "revenus": {"salaire": 1234.56, "pensionAlimentaire": 0},
                         "logement": "LOCATAIRE", "loyer": 612, "codePostal": "33130"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.droits.length()").value(14))
                .andExpect(jsonPath("$.droits[0].code").value("rsa"))
                .andExpect(jsonPath("$.droits[0].demarche.telephone").value("3230"))
                .andExpect(jsonPath("$.aideProximite.length()").value(3))
                .andReturn().getResponse().getContentAsString();
        JsonNode reponse = JSON.readTree(corps);
        for (JsonNode d : reponse.get("droits")) {
            assertThat(d.get("pourquoi").size()).as(d.get("code").asString()).isBetween(1, 4);
        }
        assertThat(reponse.at("/aideProximite/0/nom").asString()).contains("France services");
        // Aucune donnée personnelle dans les journaux
        assertThat(sortie.getAll()).doesNotContain("1234.56").doesNotContain("1234,56").doesNotContain("612");
    }

    @Test
    void droits_refuse_les_reponses_impossibles_en_nommant_le_champ() throws Exception {
        mvc.perform(post("/api/v1/droits").contentType(MediaType.APPLICATION_JSON).content("""
                        {"age": 150, "logement": "LOCATAIRE", "loyer": -5, "codePostal": "99999"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.champ").value("age"))
                .andExpect(jsonPath("$.erreurs[?(@.champ == 'codePostal')].message").value(hasItem(containsString("99999"))))
                .andExpect(jsonPath("$.erreurs[?(@.champ == 'loyer')].message").value(hasItem(containsString("négatif"))));
        mvc.perform(post("/api/v1/droits").contentType(MediaType.APPLICATION_JSON).content("""
                        {"age": 40, "logement": "HEBERGE", "codePostal": "23000"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.champ").value("codeInsee"));
        mvc.perform(post("/api/v1/droits").contentType(MediaType.APPLICATION_JSON).content("""
                        {"age": "quarante"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.champ").value("age"));
    }

    @Test
    void description_openapi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/calculate")))
                .andExpect(content().string(containsString("/api/v1/droits")));
    }
}
