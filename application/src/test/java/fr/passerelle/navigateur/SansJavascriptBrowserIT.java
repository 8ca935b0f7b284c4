package fr.passerelle.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Avec JavaScript désactivé dans Chromium, la connexion et le formulaire fonctionnent quand même. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SansJavascriptBrowserIT {

    static ChromeDriver navigateur;

    @LocalServerPort
    int port;

    @BeforeAll
    static void demarrer() {
        navigateur = Navigateur.demarrer(false);
    }

    @AfterAll
    static void arreter() {
        if (navigateur != null) {
            navigateur.quit();
        }
    }

    @Test
    void connexion_sans_javascript() {
        navigateur.get("http://localhost:" + port + "/connexion");
        // Preuve que le JavaScript est bien coupé : le DSFR n'a pas marqué la page.
        assertThat(navigateur.findElement(By.tagName("html")).getDomAttribute("data-fr-js")).isNull();
        navigateur.findElement(By.id("email")).sendKeys("aidant@demo.passerelle.fr");
        navigateur.findElement(By.id("motDePasse")).sendKeys("passerelle-demo");
        navigateur.findElement(By.id("bouton-connexion")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(navigateur, java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/espace/"));
        assertThat(navigateur.getCurrentUrl()).endsWith("/espace/aidant");
        assertThat(navigateur.findElement(By.tagName("h1")).getText()).isEqualTo("Mon espace aidant");
        navigateur.findElement(By.xpath("//button[normalize-space()='Se déconnecter']")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(navigateur, java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("deconnexion"));
        assertThat(navigateur.getCurrentUrl()).endsWith("/?deconnexion");
    }

    @Test
    void recherche_sans_javascript() {
        navigateur.get("http://localhost:" + port + "/structures/recherche");
        navigateur.findElement(By.id("codePostal")).sendKeys("abcde");
        navigateur.findElement(By.id("bouton-rechercher")).click();
        assertThat(navigateur.findElement(By.id("codePostal-erreur")).getText()).contains("5 chiffres");
    }
}
