package fr.passerelle.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Chromium sans interface, piloté par Selenium avec le ChromeDriver de la machine (jamais Selenium Manager),
 * et vérification d'accessibilité axe-core (aucune violation « serious » ou « critical »).
 */
final class Navigateur {

    static final String CHROMIUM = System.getenv().getOrDefault("PASSERELLE_CHROMIUM", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getenv().getOrDefault("PASSERELLE_CHROMEDRIVER", "/usr/bin/chromedriver");
    static final Path RAPPORTS_AXE = Path.of("target", "axe");

    private Navigateur() {
    }

    static ChromeDriver demarrer(boolean javascript) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,900", "--lang=fr-FR");
        try {
            options.addArguments("--user-data-dir=" + Files.createTempDirectory("passerelle-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!javascript) {
            Map<String, Object> preferences = new HashMap<>();
            preferences.put("profile.managed_default_content_settings.javascript", 2);
            options.setExperimentalOption("prefs", preferences);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // Sous charge, la page qui suit un envoi de formulaire peut arriver après la recherche de l'élément.
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }

    static String axeSource() {
        try (InputStream in = Navigateur.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js absent de target/test-classes/axe (copié au build depuis node_modules)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lance axe-core sur la page courante, écrit le résumé JSON dans target/axe/{nom}.json et renvoie les
     * violations d'impact serious ou critical (« id : description (n nœuds) »).
     */
    @SuppressWarnings("unchecked")
    static List<String> violationsGraves(ChromeDriver driver, String axe, String nom) throws IOException {
        JavascriptExecutor js = driver;
        js.executeScript(axe);
        Map<String, Object> resultat = (Map<String, Object>) js.executeAsyncScript("""
                const fini = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then(r => {
                  const violations = r.violations.map(v => ({ id: v.id, impact: v.impact, description: v.help,
                      noeuds: v.nodes.map(n => n.target.join(' ')) }));
                  fini({
                    json: JSON.stringify({ page: location.pathname + location.search, titre: document.title,
                        outil: 'axe-core ' + r.testEngine.version, violations: violations,
                        nombreReussites: r.passes.length }, null, 2),
                    graves: violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.id + ' : ' + v.description + ' ' + v.noeuds.join(', '))
                  });
                }).catch(e => fini({ erreur: String(e) }));
                """);
        if (resultat.containsKey("erreur")) {
            throw new IllegalStateException("axe-core a échoué : " + resultat.get("erreur"));
        }
        Files.createDirectories(RAPPORTS_AXE);
        Files.writeString(RAPPORTS_AXE.resolve(nom + ".json"), (String) resultat.get("json"));
        return (List<String>) resultat.get("graves");
    }

    /**
     * Attend que la page de {@code ancienne} (un élément lu avant un clic) ait été remplacée. ChromeDriver le signale
     * tantôt par « stale element », tantôt par une erreur d'inspecteur (« does not belong to the document ») : les
     * deux veulent dire que la page a changé.
     */
    static void attendreRemplacement(org.openqa.selenium.WebDriver n, org.openqa.selenium.WebElement ancienne) {
        new org.openqa.selenium.support.ui.WebDriverWait(n, java.time.Duration.ofSeconds(30)).until(d -> {
            try {
                ancienne.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /** Clique sur {@code bouton} et attend que la page suivante ait remplacé l'ancienne (pas de course clic/lecture). */
    static void soumettre(org.openqa.selenium.WebDriver n, org.openqa.selenium.By bouton) {
        org.openqa.selenium.WebElement ancienne = n.findElement(org.openqa.selenium.By.tagName("html"));
        n.findElement(bouton).click();
        attendreRemplacement(n, ancienne);
    }

    /** Le mot de passe des comptes de démonstration (profil {@code demo}). */
    static final String MOT_DE_PASSE_DEMO = "passerelle-demo";

    /**
     * Se connecte avec un compte de démonstration puis attend d'avoir quitté la page de connexion : une navigation
     * lancée avant la fin de la connexion l'annulerait.
     */
    static void connecter(WebDriver n, int port, String email) {
        n.get("http://localhost:" + port + "/connexion");
        n.findElement(By.id("email")).sendKeys(email);
        n.findElement(By.id("motDePasse")).sendKeys(MOT_DE_PASSE_DEMO);
        soumettre(n, By.id("bouton-connexion"));
        new org.openqa.selenium.support.ui.WebDriverWait(n, Duration.ofSeconds(30))
                .until(d -> !d.getCurrentUrl().contains("/connexion"));
    }

    /** La page courante est en français et axe-core n'y trouve aucune violation grave ou critique. */
    static void verifierAccessible(ChromeDriver n, String axe, String nom) throws IOException {
        assertThat(n.findElement(By.tagName("html")).getDomAttribute("lang")).as("langue de %s", nom).isEqualTo("fr");
        assertThat(violationsGraves(n, axe, nom)).as("violations axe serious/critical sur %s", nom).isEmpty();
    }
}
