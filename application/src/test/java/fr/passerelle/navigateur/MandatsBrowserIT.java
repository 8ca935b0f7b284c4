package fr.passerelle.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import fr.passerelle.comptes.Annuaire;
import fr.passerelle.comptes.internal.ComptesService;
import fr.passerelle.mandats.DecisionAcces;
import fr.passerelle.mandats.Mandats;
import fr.passerelle.mandats.Perimetre;
import fr.passerelle.mandats.PersonnesDeTest;
import fr.passerelle.mandats.PersonnesMandantes.Mandant;

/**
 * Mandats dans Chromium : l'aidant prépare un mandat par code SMS (erreur de saisie, code faux, code juste), la
 * personne le retire depuis « Mes mandats » et l'aidant perd l'accès aussitôt ; signature à l'écran et formulaire
 * imprimable. Chaque page, avec et sans erreur, passe axe-core (zéro violation serious/critical), et le parcours de
 * signature marche sans JavaScript.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "passerelle.notifications.ordonnanceur.actif=false")
@ActiveProfiles({"demo", "test"})
class MandatsBrowserIT extends DeuxNavigateurs {

    static final PersonnesDeTest PERSONNES = new PersonnesDeTest();
    static final AtomicLong DOSSIERS = new AtomicLong(9000);

    @TestConfiguration
    static class Reglages {
        @Bean
        @Primary
        PersonnesDeTest personnesDeTest() {
            return PERSONNES;
        }
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Mandats mandats;
    @Autowired
    ComptesService comptes;
    @Autowired
    Annuaire annuaire;

    long dossier;

    @BeforeEach
    void unDossierDeLaStructureDeKarim() {
        long structure = comptes.parEmail("aidant@demo.passerelle.fr").orElseThrow().compte().structureId();
        long usager = annuaire.usagerParEmail("usager@demo.passerelle.fr").orElseThrow().id();
        dossier = DOSSIERS.incrementAndGet();
        PERSONNES.ajouter(new Mandant(dossier, structure, "Camille Usager",
                Optional.of(String.format("07 55 44 %02d %02d", dossier / 100 % 100, dossier % 100)), Optional.of(usager)));
    }

    long mandatDeLAdresse(ChromeDriver n) {
        Matcher m = Pattern.compile("/mandats/(\\d+)").matcher(n.getCurrentUrl());
        assertThat(m.find()).as(n.getCurrentUrl()).isTrue();
        return Long.parseLong(m.group(1));
    }

    String codeEnvoye(long mandat) {
        String corps = jdbc.sql("SELECT corps FROM notification WHERE cle LIKE :c ORDER BY id DESC")
                .param("c", "mandat-code:" + mandat + ":%").query(String.class).list().getFirst();
        Matcher m = Pattern.compile("est (\\d{6})\\.").matcher(corps);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void code_par_sms_puis_retrait_par_la_personne_et_l_aidant_perd_l_acces() throws Exception {
        connecter(navigateur, "aidant@demo.passerelle.fr");
        ouvrir(navigateur, "/dossiers/" + dossier + "/mandats");
        accessible("mandats-du-dossier-vide");
        Navigateur.soumettre(navigateur, By.id("lien-nouveau-mandat"));
        assertThat(navigateur.findElement(By.tagName("h1")).getText()).contains("Camille Usager");
        accessible("nouveau-mandat");
        navigateur.findElement(By.id("duree")).clear();
        navigateur.findElement(By.id("duree")).sendKeys("quinze");
        Navigateur.soumettre(navigateur, By.id("bouton-preparer"));
        assertThat(navigateur.findElement(By.id("perimetres-erreur")).getText()).contains("Cochez au moins un périmètre");
        assertThat(navigateur.findElement(By.id("duree")).getDomProperty("value")).isEqualTo("quinze");
        assertThat(navigateur.findElement(By.id("duree")).getDomAttribute("aria-describedby")).contains("duree-erreur");
        accessible("nouveau-mandat-erreur");

        navigateur.findElement(By.cssSelector("label[for='perimetre-PRESTATIONS_SOCIALES']")).click();
        navigateur.findElement(By.id("duree")).clear();
        navigateur.findElement(By.id("duree")).sendKeys("6");
        navigateur.findElement(By.cssSelector("label[for='mode-CODE_SMS']")).click();
        Navigateur.soumettre(navigateur, By.id("bouton-preparer"));
        assertThat(navigateur.findElement(By.tagName("h1")).getText()).isEqualTo("Code reçu par la personne");
        long mandat = mandatDeLAdresse(navigateur);
        accessible("code");
        navigateur.findElement(By.id("code")).sendKeys("000000".equals(codeEnvoye(mandat)) ? "111111" : "000000");
        Navigateur.soumettre(navigateur, By.id("bouton-code"));
        assertThat(navigateur.findElement(By.id("code-erreur")).getText()).contains("Il reste 2 essais");
        accessible("code-erreur");
        navigateur.findElement(By.id("code")).clear();
        navigateur.findElement(By.id("code")).sendKeys(codeEnvoye(mandat));
        Navigateur.soumettre(navigateur, By.id("bouton-code"));
        assertThat(navigateur.findElement(By.id("etat-mandat")).getDomAttribute("data-etat")).isEqualTo("ACTIF");
        accessible("mandat-actif");
        assertThat(mandats.decider(comptes.vue(comptes.parEmail("aidant@demo.passerelle.fr").orElseThrow().compte()),
                dossier, Perimetre.PRESTATIONS_SOCIALES)).isInstanceOf(DecisionAcces.Autorise.class);

        connecter(sansJs, "usager@demo.passerelle.fr");
        sansJs.get("http://localhost:" + port + "/mes-mandats");
        Navigateur.soumettre(sansJs, By.id("retirer-" + mandat));
        assertThat(sansJs.findElement(By.cssSelector(".fr-alert--success")).getText()).contains("ne peut plus agir pour vous");

        assertThat(mandats.decider(comptes.vue(comptes.parEmail("aidant@demo.passerelle.fr").orElseThrow().compte()),
                dossier, Perimetre.PRESTATIONS_SOCIALES).toString()).contains("révoqué", "depuis son espace");
        navigateur.navigate().refresh();
        assertThat(navigateur.findElement(By.id("etat-mandat")).getDomAttribute("data-etat")).isEqualTo("REVOQUE");

        navigateur.manage().deleteAllCookies();
        connecter(navigateur, "usager@demo.passerelle.fr");
        ouvrir(navigateur, "/mes-mandats");
        accessible("mes-mandats");
    }

    @Test
    void signature_a_l_ecran_sans_javascript_et_formulaire_imprimable() throws Exception {
        connecter(sansJs, "aidant@demo.passerelle.fr");
        sansJs.get("http://localhost:" + port + "/dossiers/" + dossier + "/mandats/nouveau");
        assertThat(sansJs.findElement(By.tagName("html")).getDomAttribute("data-fr-js")).isNull();
        sansJs.findElement(By.cssSelector("label[for='perimetre-SANTE']")).click();
        sansJs.findElement(By.cssSelector("label[for='mode-SIGNATURE_ECRAN']")).click();
        Navigateur.soumettre(sansJs, By.id("bouton-preparer"));
        assertThat(sansJs.findElement(By.tagName("h1")).getText()).isEqualTo("Signature du mandat");
        sansJs.findElement(By.id("nom")).sendKeys("Camille Usager");
        Navigateur.soumettre(sansJs, By.id("bouton-signer"));
        assertThat(sansJs.findElement(By.id("accepte-erreur")).getText()).contains("Cochez « J'accepte »");
        assertThat(sansJs.findElement(By.id("nom")).getDomProperty("value")).isEqualTo("Camille Usager");
        sansJs.findElement(By.cssSelector("label[for='accepte']")).click();
        Navigateur.soumettre(sansJs, By.id("bouton-signer"));
        assertThat(sansJs.findElement(By.id("etat-mandat")).getDomAttribute("data-etat")).isEqualTo("ACTIF");
        long mandat = mandatDeLAdresse(sansJs);

        connecter(navigateur, "aidant@demo.passerelle.fr");
        ouvrir(navigateur, "/dossiers/" + dossier + "/mandats/" + mandat + "/imprimer");
        assertThat(navigateur.findElement(By.id("personne")).getText()).isEqualTo("Camille Usager");
        accessible("mandat-imprimable");
        ouvrir(navigateur, "/dossiers/" + dossier + "/mandats/" + mandat);
        Navigateur.soumettre(navigateur, By.id("bouton-retirer"));
        assertThat(navigateur.findElement(By.id("demandeParLaPersonne-erreur")).getText()).contains("Cochez la case");
        accessible("mandat-retrait-erreur");
        ouvrir(navigateur, "/dossiers/" + dossier + "/mandats");
        accessible("mandats-du-dossier");
    }
}
