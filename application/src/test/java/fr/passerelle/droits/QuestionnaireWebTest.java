package fr.passerelle.droits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Le questionnaire « Mes droits » en MockMvc : parcours, pages sautées, mauvaises entrées, rien de perdu. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class QuestionnaireWebTest {

    @Autowired
    MockMvc mvc;

    MockHttpSession session = new MockHttpSession();

    String poster(String etape, String... champs) throws Exception {
        var requete = post("/mes-droits/" + etape).session(session).with(csrf()).param("action", "continuer");
        for (int i = 0; i < champs.length; i += 2) {
            requete.param(champs[i], champs[i + 1]);
        }
        var r = mvc.perform(requete).andReturn().getResponse();
        return r.getRedirectedUrl() != null ? r.getRedirectedUrl() : r.getContentAsString();
    }

    @Test
    void personne_seule_sans_enfant_saute_la_page_famille_et_le_loyer_si_hebergee() throws Exception {
        mvc.perform(get("/mes-droits")).andExpect(status().isOk()).andExpect(content().string(containsString("Commencer")));
        mvc.perform(get("/mes-droits/foyer").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Étape 1 sur 4")));
        assertThat(poster("foyer", "age", "35", "couple", "non", "enfants", "0")).isEqualTo("/mes-droits/revenus");
        assertThat(poster("revenus", "salaire", "", "retraite", "0", "chomage", "")).isEqualTo("/mes-droits/handicap");
        assertThat(poster("handicap", "handicap", "AUCUN")).isEqualTo("/mes-droits/logement");
        assertThat(poster("logement", "logement", "HEBERGE", "commune", "33130")).isEqualTo("/mes-droits/resultats");
        mvc.perform(get("/mes-droits/resultats").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vos droits estimés")))
                .andExpect(content().string(containsString("France services")));
    }

    @Test
    void mauvaises_entrees_refusees_avec_le_champ_et_la_raison_sans_rien_perdre() throws Exception {
        String page = poster("foyer", "age", "150", "couple", "oui", "enfants", "2");
        assertThat(page).contains("Votre âge : l’âge doit être entre 16 et 120 ans.")
                .contains("aria-describedby=\"age-erreur\"").contains("value=\"150\"").contains("Erreur : ");
        assertThat(poster("foyer", "age", "22", "couple", "oui", "enfants", "2")).isEqualTo("/mes-droits/famille");
        page = poster("famille", "ageConjoint", "38", "ageEnfant0", "23", "ageEnfant1", "abc");
        assertThat(page).contains("Âge de l’enfant 1 : un enfant ne peut pas être plus âgé que vous")
                .contains("value=\"abc\"").contains("value=\"38\"");
        assertThat(poster("famille", "ageConjoint", "38", "ageEnfant0", "10", "ageEnfant1", "5")).isEqualTo("/mes-droits/revenus");
        page = poster("revenus", "salaire", "-5");
        assertThat(page).contains("Salaire : un montant ne peut pas être négatif");
        assertThat(poster("revenus", "salaire", "1 500,50")).isEqualTo("/mes-droits/handicap");
        assertThat(poster("handicap", "handicap", "AUCUN", "handicapConjoint", "AUCUN")).isEqualTo("/mes-droits/logement");
        page = poster("logement", "logement", "LOCATAIRE", "commune", "99999");
        assertThat(page).contains("Commune : le code postal 99999 n’existe pas");
        page = poster("logement", "logement", "LOCATAIRE", "commune", "Saint-Denis");
        assertThat(page).contains("plusieurs communes correspondent").contains("name=\"communeChoisie\"");
        page = poster("logement", "logement", "LOCATAIRE", "commune", "Saint-Denis", "communeChoisie", "97411-97400");
        assertThat(page).contains("Commune : Saint-Denis est en outre-mer").contains("aria-describedby=\"commune-erreur\"")
                .contains("value=\"Saint-Denis\"");
        assertThat(poster("logement", "logement", "LOCATAIRE", "commune", "Saint-Denis", "communeChoisie", "93066-93200"))
                .isEqualTo("/mes-droits/loyer");
        page = poster("loyer", "loyer", "-300");
        assertThat(page).contains("Loyer : un loyer ne peut pas être négatif").contains("value=\"-300\"");
        // Revenir en arrière ne perd rien
        mvc.perform(post("/mes-droits/loyer").session(session).with(csrf()).param("action", "precedent").param("loyer", "-300"))
                .andExpect(redirectedUrl("/mes-droits/logement"));
        mvc.perform(get("/mes-droits/revenus").session(session)).andExpect(content().string(containsString("value=\"1 500,50\"")));
        mvc.perform(get("/mes-droits/loyer").session(session)).andExpect(content().string(containsString("value=\"-300\"")));
        assertThat(poster("loyer", "loyer", "650")).isEqualTo("/mes-droits/resultats");
        mvc.perform(get("/mes-droits/resultats").session(session)).andExpect(status().isOk());
    }

    @Test
    void resultats_sans_reponses_renvoient_au_debut() throws Exception {
        mvc.perform(get("/mes-droits/resultats").session(session)).andExpect(redirectedUrl("/mes-droits/foyer"));
    }
}
