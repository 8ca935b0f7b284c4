package fr.passerelle.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Échéancier et notifications dans Chromium : chaque page, avec et sans erreur de saisie, passe axe-core
 * (zéro violation serious/critical) ; les parcours marchent aussi sans JavaScript.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "passerelle.notifications.ordonnanceur.actif=false")
@ActiveProfiles({"demo", "test"})
class EcheancesBrowserIT extends DeuxNavigateurs {

    @Test
    void usager_echeancier_et_preferences() throws Exception {
        connecter(navigateur, "usager@demo.passerelle.fr");
        ouvrir(navigateur, "/mon-echeancier");
        assertThat(navigateur.findElement(By.tagName("h1")).getText()).isEqualTo("Mon échéancier");
        accessible("mon-echeancier");
        navigateur.findElement(By.id("enfantsScolarises")).clear();
        navigateur.findElement(By.id("enfantsScolarises")).sendKeys("beaucoup");
        navigateur.findElement(By.id("bouton-situation")).click();
        assertThat(navigateur.findElement(By.id("enfantsScolarises-erreur")).getText()).contains("en chiffres");
        assertThat(navigateur.findElement(By.id("enfantsScolarises")).getDomProperty("value")).isEqualTo("beaucoup");
        accessible("mon-echeancier-erreur");

        ouvrir(navigateur, "/mes-preferences");
        accessible("mes-preferences");
        navigateur.findElement(By.id("telephone")).clear();
        navigateur.findElement(By.id("telephone")).sendKeys("01 23");
        navigateur.findElement(By.id("bouton-preferences")).click();
        assertThat(navigateur.findElement(By.id("telephone-erreur")).getText()).contains("n'existe pas");
        assertThat(navigateur.findElement(By.id("telephone")).getDomAttribute("aria-describedby")).contains("telephone-erreur");
        accessible("mes-preferences-erreur");
    }

    @Test
    void aidant_rendez_vous_et_appels() throws Exception {
        connecter(navigateur, "aidant@demo.passerelle.fr");
        ouvrir(navigateur, "/aidant/rendez-vous");
        accessible("aidant-rendez-vous");
        navigateur.findElement(By.id("bouton-rendez-vous")).click();
        assertThat(navigateur.findElement(By.id("email-erreur")).getText()).contains("adresse de courriel");
        accessible("aidant-rendez-vous-erreur");
        ouvrir(navigateur, "/aidant/appels");
        accessible("aidant-appels");
    }

    @Test
    void administrateur_modeles_apercu_et_erreur() throws Exception {
        connecter(navigateur, "admin@demo.passerelle.fr");
        ouvrir(navigateur, "/notifications/modeles?code=rappel-echeance");
        accessible("modeles");
        navigateur.findElement(By.id("bouton-apercu")).click();
        assertThat(navigateur.findElement(By.id("apercu")).getText()).contains("Camille");
        accessible("modeles-apercu");
        var corps = navigateur.findElement(By.id("corps"));
        corps.clear();
        corps.sendKeys("Bonjour ((nom_inconnu))");
        navigateur.findElement(By.id("bouton-apercu")).click();
        assertThat(navigateur.findElement(By.id("corps-erreur")).getText()).contains("((nom_inconnu)) n'existe pas");
        accessible("modeles-erreur");
    }

    @Test
    void sans_javascript_la_situation_recalcule_l_echeancier() {
        connecter(sansJs, "usager@demo.passerelle.fr");
        ouvrir(sansJs, "/mon-echeancier");
        assertThat(sansJs.findElement(By.tagName("html")).getDomAttribute("data-fr-js")).isNull();
        if (!sansJs.findElement(By.id("rsa")).isSelected()) {
            sansJs.findElement(By.cssSelector("label[for='rsa']")).click();
        }
        sansJs.findElement(By.id("bouton-situation")).click();
        assertThat(sansJs.findElement(By.cssSelector(".fr-alert--success")).getText()).contains("enregistrée");
        assertThat(sansJs.findElements(By.cssSelector("[data-regle='dtr']"))).isNotEmpty();
    }
}
