package fr.passerelle.comptes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Règles d'accès, connexion locale, en-têtes, pages d'erreur et formulaire (MockMvc, comptes de démonstration). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class SecuriteWebTest {

    static final String MOT_DE_PASSE = "passerelle-demo";

    @Autowired
    MockMvc mvc;

    MockHttpSession connecter(String email) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/connexion").session(session).with(csrf())
                        .param("email", email).param("motDePasse", MOT_DE_PASSE))
                .andExpect(redirectedUrl("/mon-espace"));
        return session;
    }

    @Test
    void accueil_public_en_dsfr_avec_en_tetes_de_securite() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html lang=\"fr\""), containsString("fr-skiplinks"),
                        containsString("République<br>Française"), containsString("fr-header__service-title"),
                        containsString("/dsfr/dsfr.min.css"), not(containsString("<script>")))))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("img-src 'self' data:")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void les_fichiers_dsfr_sont_servis() throws Exception {
        mvc.perform(get("/dsfr/dsfr.min.css")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Marianne")));
        mvc.perform(get("/dsfr/dsfr.module.min.js")).andExpect(status().isOk());
        mvc.perform(get("/dsfr/fonts/Marianne-Regular.woff2")).andExpect(status().isOk());
        mvc.perform(get("/favicon.ico")).andExpect(redirectedUrl("/dsfr/favicon/favicon.ico"));
        mvc.perform(get("/dsfr/favicon/favicon.ico")).andExpect(status().isOk());
    }

    @Test
    void sante_publique_et_prometheus_reserve_a_l_administrateur() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"status\":\"UP\"")));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/prometheus").with(user("u").roles("USAGER"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").session(connecter("admin@demo.passerelle.fr")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void refus_par_defaut_des_routes_sans_regle() throws Exception {
        mvc.perform(post("/").with(csrf()).with(user("a").roles("ADMINISTRATEUR"))).andExpect(status().isForbidden());
        mvc.perform(post("/structures/recherche").with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/espace/usager")).andExpect(redirectedUrl("/connexion"));
    }

    @Test
    void une_adresse_inconnue_donne_la_page_404_dsfr_sans_trace() throws Exception {
        mvc.perform(get("/cette-page-n-existe-pas")).andExpect(status().isNotFound());
        // MockMvc ne rejoue pas la redirection d'erreur du conteneur : la page est rendue par /error.
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/cette-page-n-existe-pas"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("Page non trouvée"), containsString("fr-header"),
                        not(containsString("Exception")), not(containsString("at org.")))));
    }

    @Test
    void la_page_500_ne_montre_jamais_l_exception() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/quelque-part")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("détail-secret-interne")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(allOf(containsString("Erreur inattendue"),
                        not(containsString("détail-secret-interne")), not(containsString("IllegalStateException")))));
    }

    @ParameterizedTest
    @CsvSource({"usager@demo.passerelle.fr, usager, Mon espace usager",
            "aidant@demo.passerelle.fr, aidant, France services de Bègles",
            "agent@demo.passerelle.fr, agent, CAF de la Gironde",
            "coordinateur@demo.passerelle.fr, coordinateur, Mon espace coordinateur",
            "admin@demo.passerelle.fr, administrateur, Mon espace administrateur"})
    void chaque_compte_de_demo_arrive_dans_son_espace(String email, String segment, String texte) throws Exception {
        MockHttpSession session = connecter(email);
        mvc.perform(get("/mon-espace").session(session)).andExpect(redirectedUrl("/espace/" + segment));
        mvc.perform(get("/espace/" + segment).session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(texte), containsString("Bientôt dans votre espace"),
                        containsString("Se déconnecter"))));
    }

    @Test
    void un_usager_ne_voit_pas_l_espace_administrateur() throws Exception {
        mvc.perform(get("/espace/administrateur").session(connecter("usager@demo.passerelle.fr")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/espace/administrateur"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(allOf(containsString("Accès refusé"), containsString("fr-header"))));
    }

    @Test
    void mauvais_mot_de_passe_signale_en_dsfr() throws Exception {
        mvc.perform(post("/connexion").with(csrf()).param("email", "usager@demo.passerelle.fr").param("motDePasse", "faux"))
                .andExpect(redirectedUrl("/connexion?erreur"));
        mvc.perform(get("/connexion").param("erreur", ""))
                .andExpect(content().string(allOf(containsString("fr-input-group--error"),
                        containsString("aria-describedby=\"erreur-identifiants\""),
                        containsString("id=\"erreur-identifiants\""), containsString("mot de passe incorrect"))));
    }

    @Test
    void connexion_sans_jeton_csrf_refusee() throws Exception {
        mvc.perform(post("/connexion").param("email", "usager@demo.passerelle.fr").param("motDePasse", MOT_DE_PASSE))
                .andExpect(status().isForbidden());
    }

    @Test
    void la_deconnexion_ferme_la_session() throws Exception {
        MockHttpSession session = connecter("aidant@demo.passerelle.fr");
        mvc.perform(post("/deconnexion").session(session).with(csrf())).andExpect(redirectedUrl("/?deconnexion"));
        mvc.perform(get("/mon-espace").session(session)).andExpect(redirectedUrl("/connexion"));
    }

    @Test
    void formulaire_de_recherche_erreur_en_francais_et_valeur_conservee() throws Exception {
        mvc.perform(get("/structures/recherche").param("codePostal", "331").param("type", "CCAS"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("fr-input-group--error"),
                        containsString("aria-describedby=\"codePostal-erreur\""),
                        containsString("id=\"codePostal-erreur\""),
                        containsString("Code postal : le code postal doit comporter exactement 5 chiffres"),
                        containsString("value=\"331\""), containsString("<title>Erreur : "))));
        mvc.perform(get("/structures/recherche").param("codePostal", "")).andExpect(content().string(
                containsString("Code postal : indiquez le code postal de votre commune")));
    }

    @Test
    void formulaire_de_recherche_trouve_les_lieux_du_departement() throws Exception {
        String page = mvc.perform(get("/structures/recherche").param("codePostal", "33130").param("type", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("France services de Bègles", "CCAS de Bordeaux").doesNotContain("Guéret")
                .doesNotContain("fr-input-group--error");
        assertThat(page.indexOf("France services de Bègles")).isLessThan(page.indexOf("CCAS de Bordeaux"));
    }
}
