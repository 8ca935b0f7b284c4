package fr.passerelle.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Budget de poids de « Mes droits » (issue 4) dans un Chromium neuf (cache vide) : tout ce qu'une première visite
 * du questionnaire télécharge (octets transférés, compressés) sous 400 Ko ; temps jusqu'au questionnaire
 * utilisable avec le profil « Slow 3G » des DevTools (latence 2 000 ms, 50 000 octets/s). Résultats dans
 * target/mesures/ (repris dans docs/benchmarks.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class PoidsDesPagesBrowserIT {

    static final long BUDGET_PREMIERE_VISITE = 400 * 1024;

    @LocalServerPort
    int port;

    static long octetsTransferes(ChromeDriver n) {
        return ((Number) n.executeScript("""
                const nav = performance.getEntriesByType('navigation')[0];
                return performance.getEntriesByType('resource').reduce((t, r) => t + r.transferSize, nav.transferSize);
                """)).longValue();
    }

    @Test
    void premiere_visite_du_questionnaire_sous_400_ko_et_temps_en_slow_3g() throws Exception {
        ChromeDriver n = Navigateur.demarrer(true);
        long octets;
        String detail;
        try {
            n.get("http://localhost:" + port + "/mes-droits/foyer");
            assertThat(n.findElement(By.id("age")).isDisplayed()).isTrue();
            Thread.sleep(500); // polices chargées à l'affichage
            octets = octetsTransferes(n);
            detail = (String) n.executeScript("""
                    return JSON.stringify(performance.getEntriesByType('resource').map(r => ({nom: r.name.replace(location.origin, ''), octets: r.transferSize})));""");
        } finally {
            n.quit();
        }
        assertThat(octets).as("octets transférés à la première visite").isLessThan(BUDGET_PREMIERE_VISITE);

        ChromeDriver lent = Navigateur.demarrer(true);
        double dcl;
        double charge;
        try {
            lent.executeCdpCommand("Network.enable", Map.of());
            lent.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 2000,
                    "downloadThroughput", 50_000, "uploadThroughput", 50_000));
            lent.manage().timeouts().pageLoadTimeout(java.time.Duration.ofSeconds(120));
            lent.get("http://localhost:" + port + "/mes-droits/foyer");
            assertThat(lent.findElement(By.id("age")).isEnabled()).isTrue();
            dcl = ((Number) lent.executeScript("return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")).doubleValue();
            charge = ((Number) lent.executeScript("return performance.getEntriesByType('navigation')[0].loadEventEnd")).doubleValue();
        } finally {
            lent.quit();
        }
        Files.createDirectories(Path.of("target", "mesures"));
        Files.writeString(Path.of("target", "mesures", "premiere-visite.json"), """
                {"page": "/mes-droits/foyer", "octets_transferes": %d, "slow3g_dom_content_loaded_ms": %.0f, "slow3g_load_ms": %.0f,
                 "ressources": %s}
                """.formatted(octets, dcl, charge, detail));
    }
}
