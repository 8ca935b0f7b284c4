package fr.passerelle.droits.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Le seau à jetons par client : rafale, recharge, 429 en problem+json avec Retry-After, clients indépendants. */
class LimiteDeDebitFilterTest {

    static final long SECONDE = 1_000_000_000L;

    @Test
    void rafale_puis_recharge_par_client() {
        LimiteDeDebitFilter filtre = new LimiteDeDebitFilter(2, 3);
        long t = 1_000 * SECONDE;
        assertThat(filtre.prendreUnJeton("a", t)).isTrue();
        assertThat(filtre.prendreUnJeton("a", t)).isTrue();
        assertThat(filtre.prendreUnJeton("a", t)).isTrue();
        assertThat(filtre.prendreUnJeton("a", t)).as("rafale de 3 épuisée").isFalse();
        assertThat(filtre.prendreUnJeton("b", t)).as("un autre client n'est pas touché").isTrue();
        assertThat(filtre.prendreUnJeton("a", t + SECONDE / 2)).as("un jeton rechargé en 0,5 s à 2/s").isTrue();
        assertThat(filtre.prendreUnJeton("a", t + SECONDE / 2)).isFalse();
        assertThat(filtre.prendreUnJeton("a", t + 100 * SECONDE)).isTrue();
    }

    @Test
    void au_dela_de_la_limite_429_en_problem_details() throws Exception {
        LimiteDeDebitFilter filtre = new LimiteDeDebitFilter(0.001, 1);
        MockHttpServletRequest requete = new MockHttpServletRequest("POST", "/api/v1/droits");
        requete.setRemoteAddr("client-a");
        MockHttpServletResponse premiere = new MockHttpServletResponse();
        filtre.doFilter(requete, premiere, new MockFilterChain());
        assertThat(premiere.getStatus()).isEqualTo(200);
        MockHttpServletResponse seconde = new MockHttpServletResponse();
        filtre.doFilter(requete, seconde, new MockFilterChain());
        assertThat(seconde.getStatus()).isEqualTo(429);
        assertThat(seconde.getHeader("Retry-After")).isEqualTo("1");
        assertThat(seconde.getContentType()).startsWith("application/problem+json");
        assertThat(seconde.getContentAsString()).contains("\"status\":429").contains("Trop de requêtes");
        // Les pages ne sont pas limitées
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/mes-droits/foyer");
        page.setRemoteAddr("client-a");
        MockHttpServletResponse reponsePage = new MockHttpServletResponse();
        filtre.doFilter(page, reponsePage, new MockFilterChain());
        assertThat(reponsePage.getStatus()).isEqualTo(200);
    }
}
