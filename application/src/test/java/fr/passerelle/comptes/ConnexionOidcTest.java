package fr.passerelle.comptes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * Connexion OpenID Connect de bout en bout : l'application (port aléatoire) et un vrai serveur OIDC de test
 * (mock-oauth2-server) jouent tout le flux « authorization code » ; un client HTTP suit les redirections.
 * Vérifie aussi, en HTTP réel, le changement d'identifiant de session et les pages d'erreur du conteneur.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ConnexionOidcTest {

    static final MockOAuth2Server OIDC = new MockOAuth2Server();

    static {
        OIDC.start();
    }

    @DynamicPropertySource
    static void fournisseurs(DynamicPropertyRegistry registre) {
        registre.add("passerelle.oidc.franceconnect.issuer-uri", () -> OIDC.issuerUrl("franceconnect").toString());
        registre.add("passerelle.oidc.franceconnect.client-id", () -> "passerelle-fc");
        registre.add("passerelle.oidc.franceconnect.client-secret", () -> "secret-fc");
        registre.add("passerelle.oidc.proconnect.issuer-uri", () -> OIDC.issuerUrl("proconnect").toString());
        registre.add("passerelle.oidc.proconnect.client-id", () -> "passerelle-pc");
        registre.add("passerelle.oidc.proconnect.client-secret", () -> "secret-pc");
    }

    @AfterAll
    static void arreter() {
        OIDC.shutdown();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    HttpResponse<String> get(String chemin) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + chemin))
                        .header("Accept", "text/html,application/xhtml+xml").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void prochaineIdentite(String fournisseur, String clientId, String sujet, Map<String, Object> claims) {
        OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(fournisseur, sujet, "JWT", List.of(clientId), claims, 3600));
    }

    @Test
    void franceconnect_cree_un_compte_usager_a_la_premiere_connexion() throws Exception {
        prochaineIdentite("franceconnect", "passerelle-fc", "fc-sub-marie",
                Map.of("email", "Marie.Durand@exemple.fr", "given_name", "Marie", "family_name", "Durand"));

        HttpResponse<String> fin = get("/oauth2/authorization/franceconnect");

        assertThat(fin.uri().getPath()).isEqualTo("/espace/usager");
        assertThat(fin.statusCode()).isEqualTo(200);
        assertThat(fin.body()).contains("Mon espace usager", "Marie Durand");
        assertThat(jdbc.queryForObject("SELECT c.role FROM compte c JOIN identite_externe i ON i.compte_id = c.id "
                + "WHERE i.fournisseur = 'FRANCECONNECT' AND i.sujet = 'fc-sub-marie'", String.class)).isEqualTo("USAGER");
        assertThat(jdbc.queryForObject("SELECT email FROM compte WHERE nom_affiche = 'Marie Durand'", String.class))
                .isEqualTo("marie.durand@exemple.fr");
    }

    @Test
    void proconnect_relie_un_compte_professionnel_existant_par_son_adresse() throws Exception {
        prochaineIdentite("proconnect", "passerelle-pc", "pc-sub-karim",
                Map.of("email", "aidant@demo.passerelle.fr", "given_name", "Karim"));

        HttpResponse<String> fin = get("/oauth2/authorization/proconnect");

        assertThat(fin.uri().getPath()).isEqualTo("/espace/aidant");
        assertThat(fin.body()).contains("Mon espace aidant", "France services de Bègles");
        assertThat(jdbc.queryForObject("SELECT c.email FROM compte c JOIN identite_externe i ON i.compte_id = c.id "
                + "WHERE i.fournisseur = 'PROCONNECT' AND i.sujet = 'pc-sub-karim'", String.class))
                .isEqualTo("aidant@demo.passerelle.fr");
    }

    @Test
    void proconnect_refuse_une_adresse_sans_compte_professionnel() throws Exception {
        prochaineIdentite("proconnect", "passerelle-pc", "pc-sub-inconnu", Map.of("email", "inconnu@exemple.fr"));

        HttpResponse<String> fin = get("/oauth2/authorization/proconnect");

        assertThat(fin.uri().getPath()).isEqualTo("/connexion");
        assertThat(fin.uri().getQuery()).isEqualTo("refus=compte_inconnu");
        assertThat(fin.body()).contains("Aucun compte professionnel Passerelle");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM compte WHERE email = 'inconnu@exemple.fr'", Integer.class)).isZero();
    }

    @Test
    void franceconnect_refuse_un_compte_professionnel() throws Exception {
        prochaineIdentite("franceconnect", "passerelle-fc", "fc-sub-agent", Map.of("email", "agent@demo.passerelle.fr"));

        HttpResponse<String> fin = get("/oauth2/authorization/franceconnect");

        assertThat(fin.uri().getQuery()).isEqualTo("refus=role_refuse");
        assertThat(fin.body()).contains("Connexion refusée");
    }

    @Test
    void la_page_de_connexion_propose_les_deux_fournisseurs() throws Exception {
        assertThat(get("/connexion").body()).contains("/oauth2/authorization/franceconnect",
                "/oauth2/authorization/proconnect", "FranceConnect", "ProConnect");
    }

    @Test
    void la_connexion_locale_change_l_identifiant_de_session() throws Exception {
        HttpResponse<String> page = get("/connexion");
        String avant = session();
        Matcher jeton = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(jeton.find()).isTrue();
        String formulaire = "email=" + URLEncoder.encode("coordinateur@demo.passerelle.fr", StandardCharsets.UTF_8)
                + "&motDePasse=passerelle-demo&_csrf=" + URLEncoder.encode(jeton.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> fin = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulaire)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fin.uri().getPath()).isEqualTo("/espace/coordinateur");
        assertThat(avant).isNotNull();
        assertThat(session()).isNotNull().isNotEqualTo(avant);

        HttpResponse<String> interdit = get("/espace/agent");
        assertThat(interdit.statusCode()).isEqualTo(403);
        assertThat(interdit.body()).contains("Accès refusé", "fr-header").doesNotContain("Exception");
    }

    @Test
    void le_conteneur_rend_la_page_404_dsfr() throws Exception {
        HttpResponse<String> reponse = get("/adresse/mal/tapee");
        assertThat(reponse.statusCode()).isEqualTo(404);
        assertThat(reponse.body()).contains("Page non trouvée", "fr-footer").doesNotContain("Exception", "Whitelabel");
    }

    private String session() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }
}
