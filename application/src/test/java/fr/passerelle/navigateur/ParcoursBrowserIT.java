package fr.passerelle.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Parcours dans un vrai Chromium sans interface : accueil, connexion, chaque rôle de démonstration et son espace,
 * formulaire en erreur, pages 404 et 403 ; axe-core sur chaque page (zéro violation serious/critical,
 * rapports JSON dans target/axe/), largeur 320 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ParcoursBrowserIT extends UnNavigateur {

    @BeforeEach
    void sansEmulationDEcran() {
        navigateur.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Sans violation axe grave ou critique, et le rapport JSON écrit dans target/axe/. */
    @Override
    void accessible(String nom) throws Exception {
        assertThat(Navigateur.violationsGraves(navigateur, axe, nom))
                .as("violations axe serious/critical sur %s", nom).isEmpty();
        assertThat(Files.exists(Navigateur.RAPPORTS_AXE.resolve(nom + ".json"))).isTrue();
    }

    String h1() {
        return navigateur.findElement(By.tagName("h1")).getText();
    }

    /** Le clic soumet un formulaire : la page suivante peut tarder sur une machine chargée. */
    private void attendreUrlFinissantPar(String fin) {
        new WebDriverWait(navigateur, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith(fin));
    }

    void connecter(String email) {
        Navigateur.connecter(navigateur, port, email);
    }

    @Test
    void accueil() throws Exception {
        ouvrir("/");
        assertThat(navigateur.getTitle()).isEqualTo("Accueil — Passerelle");
        assertThat(navigateur.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
        assertThat(navigateur.findElements(By.cssSelector(".fr-skiplinks a[href='#contenu']"))).hasSize(1);
        assertThat(navigateur.findElement(By.cssSelector(".fr-header__service-title")).getText()).isEqualTo("Passerelle");
        // Le JavaScript du DSFR s'est exécuté malgré la CSP stricte (il marque la page).
        assertThat(navigateur.executeScript("return document.documentElement.hasAttribute('data-fr-js')")).isEqualTo(true);
        accessible("accueil");
    }

    @Test
    void page_de_connexion() throws Exception {
        ouvrir("/connexion");
        assertThat(h1()).isEqualTo("Se connecter à Passerelle");
        accessible("connexion");
    }

    @ParameterizedTest
    @CsvSource({"usager@demo.passerelle.fr, usager, Mon espace usager",
            "aidant@demo.passerelle.fr, aidant, Mon espace aidant",
            "agent@demo.passerelle.fr, agent, Mon espace agent",
            "coordinateur@demo.passerelle.fr, coordinateur, Mon espace coordinateur",
            "admin@demo.passerelle.fr, administrateur, Mon espace administrateur"})
    void connexion_et_espace_de_chaque_role(String email, String segment, String titre) throws Exception {
        connecter(email);
        attendreUrlFinissantPar("/espace/" + segment);
        assertThat(navigateur.getCurrentUrl()).endsWith("/espace/" + segment);
        assertThat(h1()).isEqualTo(titre);
        accessible("espace-" + segment);
        Navigateur.soumettre(navigateur, By.xpath("//button[normalize-space()='Se déconnecter']"));
        attendreUrlFinissantPar("/?deconnexion");
        assertThat(navigateur.getCurrentUrl()).endsWith("/?deconnexion");
        assertThat(navigateur.getPageSource()).contains("Vous êtes déconnecté");
    }

    @Test
    void connexion_refusee_affichee_en_dsfr() throws Exception {
        ouvrir("/connexion");
        navigateur.findElement(By.id("email")).sendKeys("usager@demo.passerelle.fr");
        navigateur.findElement(By.id("motDePasse")).sendKeys("mauvais");
        Navigateur.soumettre(navigateur, By.id("bouton-connexion"));
        assertThat(navigateur.findElement(By.id("erreur-identifiants")).getText()).contains("mot de passe incorrect");
        assertThat(navigateur.findElement(By.id("email")).getDomAttribute("aria-describedby")).isEqualTo("erreur-identifiants");
        accessible("connexion-erreur");
    }

    @Test
    void formulaire_avec_erreur_de_validation() throws Exception {
        ouvrir("/structures/recherche");
        accessible("recherche");
        navigateur.findElement(By.id("codePostal")).sendKeys("3313");
        Navigateur.soumettre(navigateur, By.id("bouton-rechercher"));
        var champ = navigateur.findElement(By.id("codePostal"));
        assertThat(champ.getDomProperty("value")).isEqualTo("3313");
        assertThat(champ.getDomAttribute("aria-describedby")).isEqualTo("codePostal-erreur");
        assertThat(navigateur.findElement(By.id("codePostal-erreur")).getText())
                .startsWith("Code postal :").contains("5 chiffres");
        assertThat(navigateur.findElements(By.cssSelector(".fr-input-group--error"))).hasSize(1);
        assertThat(navigateur.getTitle()).startsWith("Erreur : ");
        accessible("recherche-erreur");

        champ.clear();
        champ.sendKeys("33130");
        Navigateur.soumettre(navigateur, By.id("bouton-rechercher"));
        assertThat(navigateur.findElement(By.id("titre-resultats")).getText()).contains("lieu(x)");
        assertThat(navigateur.getPageSource()).contains("France services de Bègles");
        accessible("recherche-resultats");
    }

    @Test
    void page_404() throws Exception {
        ouvrir("/cette/page/n-existe/pas");
        assertThat(h1()).isEqualTo("Page non trouvée");
        assertThat(navigateur.getPageSource()).doesNotContain("Exception").doesNotContain("Whitelabel");
        accessible("erreur-404");
    }

    @Test
    void page_403() throws Exception {
        connecter("usager@demo.passerelle.fr");
        ouvrir("/espace/administrateur");
        assertThat(h1()).isEqualTo("Accès refusé");
        accessible("erreur-403");
    }

    @Test
    void accueil_a_320_pixels_sans_defilement_horizontal() throws Exception {
        navigateur.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        for (String chemin : new String[] {"/", "/connexion", "/structures/recherche?codePostal=1"}) {
            ouvrir(chemin);
            Number largeurVisible = (Number) navigateur.executeScript("return window.innerWidth");
            Number largeurContenu = (Number) navigateur.executeScript("return document.documentElement.scrollWidth");
            assertThat(largeurVisible.intValue()).isEqualTo(320);
            assertThat(largeurContenu.intValue()).as("largeur du contenu de %s à 320 px", chemin).isLessThanOrEqualTo(320);
        }
        ouvrir("/");
        accessible("accueil-320px");
    }
}
