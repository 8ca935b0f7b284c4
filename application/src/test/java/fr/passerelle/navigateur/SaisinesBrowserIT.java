package fr.passerelle.navigateur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.dossiers.DossierVu;
import fr.passerelle.dossiers.Dossiers;
import fr.passerelle.mandats.AccesRefuse;
import fr.passerelle.mandats.DecisionAcces;
import fr.passerelle.mandats.Mandats;
import fr.passerelle.mandats.Perimetre;

/**
 * Saisines dans Chromium : l'aidant saisit la CAF avec une pièce, l'agent de la CAF répond et clôt ; chaque page
 * (avec et sans erreur, refus 403 compris) passe axe-core sans violation serious/critical ; le formulaire marche
 * sans JavaScript. Le dossier 77 a un mandat « prestations sociales » (services des dossiers et des mandats
 * espionnés : le test dicte l'accès).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "passerelle.notifications.ordonnanceur.actif=false")
@ActiveProfiles({"demo", "test"})
class SaisinesBrowserIT extends DeuxNavigateurs {

    static final long DOSSIER = 77;

    /** Vrai service des dossiers, dont seule l'ouverture sous mandat est dictée par le test. */
    @MockitoSpyBean
    Dossiers dossiers;
    @MockitoSpyBean
    Mandats mandats;

    @BeforeEach
    void preparer() {
        doAnswer(appel -> appel.getArgument(1, Long.class) == DOSSIER && appel.getArgument(2) == Perimetre.PRESTATIONS_SOCIALES
                ? new DecisionAcces.Autorise(1L, Instant.MAX) : new DecisionAcces.Refuse("Aucun mandat actif ne couvre ce périmètre."))
                .when(mandats).decider(any(), anyLong(), any());
        doAnswer(appel -> {
            CompteConnecte aidant = appel.getArgument(0);
            if (appel.getArgument(1, Long.class) != DOSSIER || appel.getArgument(2) != Perimetre.PRESTATIONS_SOCIALES) {
                throw new AccesRefuse("Aucun mandat actif de cette personne ne couvre ce périmètre.");
            }
            return new DossierVu(DOSSIER, aidant.structureId().orElseThrow(), "Camille Martin", Optional.empty());
        }).when(dossiers).ouvrir(any(), anyLong(), any(), anyString());
    }

    @Test
    void l_aidant_saisit_la_caf_et_l_agent_repond_puis_clot() throws Exception {
        Path piece = Files.createTempFile("attestation", ".pdf");
        Files.writeString(piece, "%PDF-1.4\n%%EOF\n");
        connecter(navigateur, "aidant@demo.passerelle.fr");
        ouvrir(navigateur, "/dossiers/" + DOSSIER + "/saisines");
        accessible("saisines-dossier");
        Navigateur.soumettre(navigateur, By.id("lien-nouvelle-saisine"));
        accessible("saisine-nouvelle");
        new Select(navigateur.findElement(By.id("organisation"))).selectByVisibleText(
                "CAF de la Gironde — mandat « Prestations sociales (CAF, MSA, RSA, aides au logement…) »");
        navigateur.findElement(By.id("objet")).sendKeys("RSA suspendu (navigateur)");
        Navigateur.soumettre(navigateur, By.id("bouton-saisine"));
        assertThat(navigateur.findElement(By.id("blocage-erreur")).getText()).contains("Décrivez ce qui est bloqué");
        assertThat(navigateur.findElement(By.id("objet")).getDomProperty("value")).isEqualTo("RSA suspendu (navigateur)");
        accessible("saisine-nouvelle-erreurs");
        navigateur.findElement(By.id("blocage")).sendKeys("Plus de versement depuis mars");
        navigateur.findElement(By.id("tentatives")).sendKeys("Deux appels au 3230");
        navigateur.findElement(By.id("pieces")).sendKeys(piece.toString());
        navigateur.findElement(By.cssSelector("label[for=consentement]")).click();
        Navigateur.soumettre(navigateur, By.id("bouton-saisine"));
        assertThat(navigateur.findElement(By.tagName("h1")).getText()).isEqualTo("Saisine : RSA suspendu (navigateur)");
        assertThat(navigateur.getPageSource()).contains(piece.getFileName().toString());
        accessible("saisine-fil-aidant");
        String fil = navigateur.getCurrentUrl();
        ouvrir(navigateur, "/dossiers/" + (DOSSIER + 1) + "/saisines");
        assertThat(navigateur.findElement(By.id("raison-refus")).getText()).contains("Aucun mandat actif");
        accessible("saisine-refus-403");

        navigateur.manage().deleteAllCookies();
        connecter(navigateur, "agent@demo.passerelle.fr");
        ouvrir(navigateur, "/agent/saisines");
        accessible("saisines-agent");
        Navigateur.soumettre(navigateur, By.linkText("RSA suspendu (navigateur)"));
        accessible("saisine-fil-agent");
        Navigateur.soumettre(navigateur, By.id("bouton-cloture"));
        assertThat(navigateur.findElement(By.id("issue-erreur")).getText()).contains("Choisissez l’issue".replace('’', '\''));
        accessible("saisine-fil-agent-erreur");
        navigateur.findElement(By.id("texteReponse")).sendKeys("Dossier repris, versement sous 8 jours.");
        Navigateur.soumettre(navigateur, By.id("bouton-reponse"));
        navigateur.findElement(By.cssSelector("label[for=issue-RESOLUE]")).click();
        navigateur.findElement(By.id("texteCloture")).sendKeys("Versement rétabli.");
        Navigateur.soumettre(navigateur, By.id("bouton-cloture"));
        assertThat(navigateur.getPageSource()).contains("Close : Résolue", "Dossier repris, versement sous 8 jours.");
        accessible("saisine-close-agent");

        navigateur.manage().deleteAllCookies();
        connecter(navigateur, "aidant@demo.passerelle.fr");
        navigateur.get(fil);
        assertThat(navigateur.getPageSource()).contains("Close : Résolue", "Versement rétabli.");
    }

    @Test
    void sans_javascript_la_saisine_et_la_lettre_de_droit_a_l_erreur_se_remplissent() throws Exception {
        connecter(sansJs, "aidant@demo.passerelle.fr");
        ouvrir(sansJs, "/dossiers/" + DOSSIER + "/saisines/nouvelle");
        new Select(sansJs.findElement(By.id("organisation"))).selectByIndex(1);
        sansJs.findElement(By.id("objet")).sendKeys("Sans JavaScript");
        Navigateur.soumettre(sansJs, By.id("bouton-saisine"));
        assertThat(sansJs.findElement(By.id("consentement-erreur")).getText()).contains("Cochez la case");
        assertThat(sansJs.findElement(By.id("objet")).getDomProperty("value")).isEqualTo("Sans JavaScript");

        connecter(navigateur, "aidant@demo.passerelle.fr");
        ouvrir(navigateur, "/dossiers/" + DOSSIER + "/rectifications");
        accessible("rectifications");
        Navigateur.soumettre(navigateur, By.id("bouton-lettre"));
        assertThat(navigateur.findElement(By.id("ceQuiEtaitFaux-erreur")).getText()).contains("information fausse");
        accessible("rectifications-erreurs");
    }
}
