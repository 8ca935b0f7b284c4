package fr.passerelle.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Observatoire dans Chromium : les quatre tableaux de bord, un filtre refusé, la saisie des critères et l'open data
 * passent axe-core (zéro violation serious/critical) ; le filtre marche sans JavaScript et reste dans l'URL. Les blocs
 * de la suite (ADR 0016 : non-recours proactif, décroché, rappels, ateliers, personnes rencontrées) sont remplis par
 * le scénario semé de l'observatoire et vérifiés aussi ; la vue d'un agent (son organisation seulement) aussi.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "passerelle.notifications.ordonnanceur.actif=false")
@ActiveProfiles({"demo", "test"})
class ObservatoireBrowserIT extends DeuxNavigateurs {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    fr.passerelle.dossiers.internal.persistance.DossierJdbc dossiers;

    @Test
    void tableaux_de_bord_accessibles_et_filtres_partageables() throws Exception {
        fr.passerelle.observatoire.ScenarioObservatoire.semerPourNavigateur(jdbc, dossiers);
        connecter(navigateur, "coordinateur@demo.passerelle.fr");
        for (String id : new String[] {"acces-aux-droits", "qualite-du-contact", "demarches-en-ligne", "territoires"}) {
            navigateur.get("http://localhost:" + port + "/observatoire/" + id + "?departement=33");
            assertThat(navigateur.findElement(By.tagName("h1")).getText()).startsWith("Observatoire : ");
            accessible("observatoire-" + id);
        }
        // Les nouveaux blocs, remplis (graphique, tableau, résumé) : année 2025, toute la France.
        String[][] blocs = {{"acces-aux-droits", "non-recours-par-prestation", "non-recours-par-territoire"},
                {"qualite-du-contact", "decroche"}, {"territoires", "ateliers", "personnes-rencontrees"}};
        for (String[] b : blocs) {
            navigateur.get("http://localhost:" + port + "/observatoire/" + b[0] + "?du=2025-01-01&au=2025-12-31");
            for (int i = 1; i < b.length; i++) {
                assertThat(navigateur.findElement(By.cssSelector("#" + b[i] + " .observatoire-resume")).getText()).isNotBlank()
                        .doesNotStartWith("Aucun");
                assertThat(navigateur.findElements(By.cssSelector("#" + b[i] + " tbody tr"))).isNotEmpty();
            }
            accessible("observatoire-" + b[0] + "-2025");
        }
        navigateur.get("http://localhost:" + port + "/observatoire/qualite-du-contact?du=2025-01-01&au=2025-12-31");
        assertThat(navigateur.findElements(By.cssSelector("#decroche svg[role=img]"))).hasSize(1);
        navigateur.get("http://localhost:" + port + "/observatoire/qualite-du-contact?du=2024-01-01&au=2024-12-31");
        assertThat(navigateur.findElement(By.cssSelector("#rappels .observatoire-resume")).getText()).contains("Délai médian");
        accessible("observatoire-rappels-2024");
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

        // La vue d'un agent : son organisation seulement, sans les onglets ni les blocs du réseau ; accessible.
        navigateur.manage().deleteAllCookies();
        connecter(navigateur, fr.passerelle.observatoire.ScenarioObservatoire.AGENT_CAF);
        for (String id : new String[] {"acces-aux-droits", "qualite-du-contact", "territoires"}) {
            navigateur.get("http://localhost:" + port + "/observatoire/" + id + "?du=2025-01-01&au=2025-12-31");
            assertThat(navigateur.findElement(By.id("perimetre-organisation")).getText()).contains("CAF essai Lozère");
            assertThat(navigateur.findElements(By.linkText("Démarches en ligne"))).isEmpty();
            accessible("observatoire-agent-" + id);
        }
        assertThat(navigateur.findElements(By.id("premier-contact"))).isEmpty();

        connecter(sansJs, "coordinateur@demo.passerelle.fr");
        sansJs.get("http://localhost:" + port + "/observatoire/qualite-du-contact");
        sansJs.findElement(By.id("departement")).sendKeys("33");
        Navigateur.soumettre(sansJs, By.cssSelector("#filtres button[type=submit]"));
        assertThat(sansJs.getCurrentUrl()).contains("/observatoire/qualite-du-contact?").contains("departement=33");
        assertThat(sansJs.findElement(By.tagName("h1")).getText()).isEqualTo("Observatoire : Qualité du contact");
    }
}
