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

/**
 * Observatoire dans Chromium : les quatre tableaux de bord, un filtre refusé, la saisie des critères et l'open data
 * passent axe-core (zéro violation serious/critical) ; le filtre marche sans JavaScript et reste dans l'URL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "passerelle.notifications.ordonnanceur.actif=false")
@ActiveProfiles({"demo", "test"})
class ObservatoireBrowserIT {

    static ChromeDriver navigateur;
    static ChromeDriver sansJs;
    static String axe;

    @LocalServerPort
    int port;

    @BeforeAll
    static void demarrer() {
        axe = Navigateur.axeSource();
        navigateur = Navigateur.demarrer(true);
        sansJs = Navigateur.demarrer(false);
    }

    @AfterAll
    static void arreter() {
        if (navigateur != null) {
            navigateur.quit();
        }
        if (sansJs != null) {
            sansJs.quit();
        }
    }

    void connecter(ChromeDriver n, String email) {
        n.get("http://localhost:" + port + "/connexion");
        n.findElement(By.id("email")).sendKeys(email);
        n.findElement(By.id("motDePasse")).sendKeys("passerelle-demo");
        Navigateur.soumettre(n, By.id("bouton-connexion"));
    }

    void accessible(String nom) throws Exception {
        assertThat(navigateur.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
        assertThat(Navigateur.violationsGraves(navigateur, axe, nom)).as("violations axe serious/critical sur %s", nom).isEmpty();
    }

    @Test
    void tableaux_de_bord_accessibles_et_filtres_partageables() throws Exception {
        connecter(navigateur, "coordinateur@demo.passerelle.fr");
        for (String id : new String[] {"acces-aux-droits", "qualite-du-contact", "demarches-en-ligne", "territoires"}) {
            navigateur.get("http://localhost:" + port + "/observatoire/" + id + "?departement=33");
            assertThat(navigateur.findElement(By.tagName("h1")).getText()).startsWith("Observatoire : ");
            accessible("observatoire-" + id);
        }
        navigateur.get("http://localhost:" + port + "/observatoire/acces-aux-droits?departement=Gironde");
        assertThat(navigateur.findElement(By.id("departement-erreur")).getText()).contains("numéro de département");
        assertThat(navigateur.findElement(By.id("departement")).getDomProperty("value")).isEqualTo("Gironde");
        accessible("observatoire-filtre-erreur");

        navigateur.get("http://localhost:" + port + "/observatoire/demarches-en-ligne");
        navigateur.findElement(By.id("intitule")).sendKeys("Demande de RSA");
        navigateur.findElement(By.id("satisfaction")).sendKeys("cent dix");
        navigateur.findElement(By.cssSelector("#formulaire-criteres button[type=submit]")).click();
        assertThat(navigateur.findElement(By.id("satisfaction-erreur")).getText()).contains("Satisfaction");
        accessible("observatoire-criteres-erreur");

        navigateur.get("http://localhost:" + port + "/observatoire/open-data");
        accessible("observatoire-open-data");

        connecter(sansJs, "coordinateur@demo.passerelle.fr");
        sansJs.get("http://localhost:" + port + "/observatoire/qualite-du-contact");
        sansJs.findElement(By.id("departement")).sendKeys("33");
        Navigateur.soumettre(sansJs, By.cssSelector("#filtres button[type=submit]"));
        assertThat(sansJs.getCurrentUrl()).contains("/observatoire/qualite-du-contact?").contains("departement=33");
        assertThat(sansJs.findElement(By.tagName("h1")).getText()).isEqualTo("Observatoire : Qualité du contact");
    }
}
