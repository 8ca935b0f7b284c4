package fr.passerelle.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Parcours « aller vers » dans Chromium : le coordinateur consulte le classement, génère l'année, prépare un atelier
 * (refus hors fenêtre), inscrit une personne ; le jour J, un aidant saisit deux fiches réseau coupé, puis le réseau
 * revient : les fiches partent, une seule fois chacune. Une difficulté est notée, le rapport est ouvert. axe-core :
 * zéro violation serious/critical sur chaque page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "passerelle.notifications.ordonnanceur.actif=false")
@ActiveProfiles({"demo", "test"})
class AteliersBrowserIT extends DeuxNavigateurs {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    fr.passerelle.ateliers.internal.ServiceAteliers service;

    @Test
    void jour_j_sans_javascript_le_formulaire_marche_en_ligne() throws Exception {
        int annee = LocalDate.now().getYear() + 2; // une autre année que le parcours du coordinateur
        service.genererAnnee(annee);
        long id = jdbc.sql("SELECT a.id FROM atelier a JOIN campagne c ON c.id = a.campagne_id WHERE c.annee = ? ORDER BY a.id DESC")
                .param(annee).query(Long.class).list().get(0);
        sansJs.manage().deleteAllCookies();
        sansJs.get("http://localhost:" + port + "/connexion");
        sansJs.findElement(By.id("email")).sendKeys("aidant@demo.passerelle.fr");
        sansJs.findElement(By.id("motDePasse")).sendKeys("passerelle-demo");
        Navigateur.soumettre(sansJs, By.id("bouton-connexion"));
        sansJs.get("http://localhost:" + port + "/ateliers/" + id + "/jour-j");
        sansJs.findElement(By.id("nom")).sendKeys("Sans Script");
        sansJs.findElement(By.id("droits")).sendKeys("1");
        Navigateur.soumettre(sansJs, By.id("bouton-passage"));
        attendreTexte(sansJs, "passages", "Sans Script");
        assertThat(sansJs.getPageSource()).contains("Sans Script : passage enregistré.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM passage WHERE atelier_id = ? AND nom = 'Sans Script'").param(id)
                .query(Integer.class).single()).isEqualTo(1);
    }

    /**
     * Les pages ajoutées pour fermer l'issue 7 : suivi dans le dossier refusé sans accord (erreurs reliées aux champs),
     * contacts d'un atelier et d'une campagne (refus puis enregistrement), résultats de l'année. axe-core sur chacune.
     */
    @Test
    void suivi_contacts_et_resultats_accessibles() throws Exception {
        int annee = LocalDate.now().getYear(); // ni l'année du parcours du coordinateur, ni celle du jour J sans script
        service.genererAnnee(annee);
        long id = jdbc.sql("SELECT a.id FROM atelier a JOIN campagne c ON c.id = a.campagne_id WHERE c.annee = ? ORDER BY a.id")
                .param(annee).query(Long.class).list().get(0);
        long campagne = jdbc.sql("SELECT campagne_id FROM atelier WHERE id = ?").param(id).query(Long.class).single();

        connecter("aidant@demo.passerelle.fr");
        ouvrir("/ateliers/" + id + "/jour-j");
        assertThat(navigateur.findElement(By.id("suivi-sans-fiche")).getText()).contains("Enregistrez d'abord la fiche");
        saisir("nom", "Personne Suivie");
        navigateur.findElement(By.id("bouton-passage")).click();
        new WebDriverWait(navigateur, Duration.ofSeconds(30)).until(d ->
                d.findElement(By.id("etat-reseau")).getText().startsWith("Connexion : tout est envoyé"));
        navigateur.navigate().refresh();
        new org.openqa.selenium.support.ui.Select(navigateur.findElement(By.id("passage"))).selectByVisibleText("Personne Suivie");
        saisir("dossier", "123456");
        saisir("intitule", "Demande de prime d'activité");
        saisir("organisation", "CAF");
        new org.openqa.selenium.support.ui.Select(navigateur.findElement(By.id("perimetre"))).selectByValue("PRESTATIONS_SOCIALES");
        saisir("prochaineEtape", "Envoyer les bulletins de salaire");
        Navigateur.soumettre(navigateur, By.id("bouton-suivi"));
        assertThat(navigateur.findElement(By.id("consentement-erreur")).getText()).contains("Sans son accord, rien n'est écrit");
        assertThat(navigateur.findElement(By.id("intitule")).getDomProperty("value")).isEqualTo("Demande de prime d'activité");
        accessible("jour-j-suivi-refuse");
        cocher("consentement");
        Navigateur.soumettre(navigateur, By.id("bouton-suivi"));
        assertThat(navigateur.findElement(By.id("dossier-erreur")).getText()).contains("Dossier n° 123456 :");
        accessible("jour-j-suivi-sans-dossier");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM suivi_atelier WHERE atelier_id = ?").param(id).query(Integer.class).single()).isZero();

        connecter("coordinateur@demo.passerelle.fr");
        ouvrir("/ateliers/" + id + "/contacts");
        saisir("qui", "M. Durand");
        saisir("le", LocalDate.now().plusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        Navigateur.soumettre(navigateur, By.id("bouton-contact"));
        assertThat(navigateur.findElement(By.id("le-erreur")).getText()).contains("est dans le futur");
        assertThat(navigateur.findElement(By.id("role-erreur")).getText()).startsWith("Rôle :");
        accessible("atelier-contacts-refus");
        new org.openqa.selenium.support.ui.Select(navigateur.findElement(By.id("role"))).selectByValue("MAIRE");
        saisir("le", LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        saisir("objet", "Prêt de la salle des fêtes");
        Navigateur.soumettre(navigateur, By.id("bouton-contact"));
        assertThat(navigateur.findElement(By.id("tableau-contacts")).getText()).contains("M. Durand").contains("Maire");
        accessible("atelier-contacts");
        ouvrir("/ateliers/campagnes/" + campagne + "/contacts");
        assertThat(navigateur.findElement(By.id("aucun-contact")).getText()).isEqualTo("Aucun contact enregistré.");
        accessible("campagne-contacts");
        ouvrir("/ateliers/resultats?annee=" + annee);
        // Colonnes : trimestre, inscrits, personnes rencontrées.
        assertThat(navigateur.findElement(By.cssSelector("#resultats-ateliers tr[data-atelier='" + id + "'] td:nth-of-type(3)"))
                .getText()).isEqualTo("1");
        accessible("ateliers-resultats");
        ouvrir("/ateliers/resultats?annee=deux-mille");
        assertThat(navigateur.findElement(By.id("annee-erreur")).getText()).contains("« deux-mille » n'est pas une année");
        accessible("ateliers-resultats-erreur");
    }

    void connecter(String email) {
        navigateur.manage().deleteAllCookies();
        Navigateur.connecter(navigateur, port, email);
    }

    void saisir(String id, String valeur) {
        WebElement champ = navigateur.findElement(By.id(id));
        champ.clear();
        champ.sendKeys(valeur);
    }

    /** Après un envoi, la page suivante peut arriver après la recherche : on relit jusqu'à trouver le texte. */

    static void attendreTexte(ChromeDriver n, String id, String texte) {
        new WebDriverWait(n, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(id)).getText().contains(texte));
    }

    /** Les cases et boutons radio du DSFR sont recouverts par leur libellé : on clique le libellé. */
    void cocher(String id) {
        navigateur.findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    void dateJs(String id, LocalDate jour) {
        navigateur.executeScript("arguments[0].value = arguments[1]", navigateur.findElement(By.id(id)), jour.toString());
    }

    @Test
    void du_classement_au_jour_j_avec_le_reseau_coupe() throws Exception {
        connecter("coordinateur@demo.passerelle.fr");
        ouvrir("/ateliers/communes?departement=23");
        assertThat(navigateur.findElements(By.cssSelector("#tableau-communes tbody tr"))).isNotEmpty();
        accessible("ateliers-communes");

        int annee = LocalDate.now().getYear() + 1;
        ouvrir("/ateliers/campagnes?annee=" + annee);
        accessible("ateliers-campagnes-vide");
        saisir("annee", String.valueOf(annee));
        Navigateur.soumettre(navigateur, By.id("bouton-generer"));
        assertThat(navigateur.findElements(By.cssSelector("#tableau-ateliers tbody tr"))).hasSize(8);
        accessible("ateliers-campagnes");
        org.openqa.selenium.WebElement campagnes = navigateur.findElement(By.tagName("html"));
        navigateur.findElements(By.cssSelector("#tableau-ateliers tbody a")).get(0).click();
        Navigateur.attendreRemplacement(navigateur, campagnes);
        String urlAtelier = navigateur.getCurrentUrl();
        long id = Long.parseLong(urlAtelier.substring(urlAtelier.lastIndexOf('/') + 1));
        accessible("atelier");

        dateJs("jour", LocalDate.of(annee, 2, 21));
        Navigateur.soumettre(navigateur, By.id("bouton-date"));
        assertThat(navigateur.findElement(By.id("jour-erreur")).getText()).contains("hors de la fenêtre");
        assertThat(navigateur.findElement(By.id("jour")).getDomAttribute("aria-describedby")).contains("jour-erreur");
        accessible("atelier-erreur-date");

        saisir("administration", "CAF de la Gironde");
        saisir("agentNom", "Agent CAF");
        saisir("agentCourriel", "agent.caf@exemple.fr");
        Navigateur.soumettre(navigateur, By.id("bouton-table"));
        saisir("benevoleNom", "Tom");
        saisir("benevoleCourriel", "tom@exemple.fr");
        dateJs("formeLe", LocalDate.now());
        Navigateur.soumettre(navigateur, By.id("bouton-benevole"));
        navigateur.findElement(By.cssSelector("#typeLieu option[value='BUS']")).click();
        saisir("adresse", "Place du marché");
        saisir("capacite", "30");
        saisir("accessibilite", "Plain-pied, rampe");
        Navigateur.soumettre(navigateur, By.id("bouton-lieu"));
        Navigateur.soumettre(navigateur, By.id("bouton-confirmer"));
        attendreTexte(navigateur, "etat", "Confirmé");
        accessible("atelier-confirme");

        ouvrir("/ateliers/" + id + "/inscriptions");
        cocher("origine-telephone");
        saisir("nom", "Marie Dupont");
        saisir("telephone", "06 12 34 56 78");
        Navigateur.soumettre(navigateur, By.id("bouton-inscrire"));
        attendreTexte(navigateur, "inscrits", "Marie Dupont (par téléphone)");
        accessible("atelier-inscriptions");

        // Jour J : un aidant, réseau coupé.
        connecter("aidant@demo.passerelle.fr");
        ouvrir("/ateliers/" + id + "/jour-j");
        accessible("jour-j");
        navigateur.setNetworkConditions(hors(true));
        for (String nom : List.of("Hors ligne Un", "Hors ligne Deux")) {
            saisir("nom", nom);
            if (nom.equals("Hors ligne Un")) { // accueil d'une personne inscrite à l'avance
                new org.openqa.selenium.support.ui.Select(navigateur.findElement(By.id("inscription"))).selectByVisibleText("Marie Dupont");
            }
            cocher("table-0");
            cocher("questionnaire");
            saisir("droits", "2");
            navigateur.findElement(By.id("bouton-passage")).click();
        }
        new WebDriverWait(navigateur, Duration.ofSeconds(10)).until(d ->
                d.findElement(By.id("etat-reseau")).getText().startsWith("2 saisies gardées"));
        Object enAttente = navigateur.executeScript("return JSON.parse(localStorage.getItem('passerelle-jour-j-" + id + "')).length");
        assertThat(enAttente).isEqualTo(2L);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM passage WHERE atelier_id = ?").param(id).query(Integer.class).single()).isZero();
        accessible("jour-j-hors-connexion");

        navigateur.deleteNetworkConditions();
        new WebDriverWait(navigateur, Duration.ofSeconds(30)).until(d ->
                d.findElement(By.id("etat-reseau")).getText().startsWith("Connexion : tout est envoyé"));
        assertThat(jdbc.sql("SELECT nom FROM passage WHERE atelier_id = ? ORDER BY nom").param(id).query(String.class).list())
                .containsExactly("Hors ligne Deux", "Hors ligne Un");
        // Un renvoi de la même fiche (réseau revenu deux fois) ne crée rien.
        navigateur.executeScript("window.dispatchEvent(new Event('online'))");
        Thread.sleep(500);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM passage WHERE atelier_id = ?").param(id).query(Integer.class).single()).isEqualTo(2);
        navigateur.navigate().refresh();
        assertThat(navigateur.findElement(By.id("chiffres")).getText()).startsWith("2 personnes vues, 4 droits découverts");
        assertThat(navigateur.findElement(By.id("arrivees")).getText()).contains("Marie Dupont : accueillie");

        // Une difficulté notée depuis le jour J, puis le rapport de propositions.
        navigateur.findElement(By.linkText("Noter une difficulté rencontrée avec une démarche en ligne")).click();
        accessible("remontee-saisie");
        navigateur.findElement(By.cssSelector("#administration option[value='CAF']")).click();
        saisir("demarche", "Prime d'activité");
        cocher("nature-JARGON");
        saisir("personnes", "3");
        Navigateur.soumettre(navigateur, By.id("bouton-remontee"));
        assertThat(navigateur.getPageSource()).contains("Difficulté enregistrée");
        connecter("coordinateur@demo.passerelle.fr");
        ouvrir("/remontees/rapport?administration=CAF");
        assertThat(navigateur.findElement(By.id("propositions")).getText()).contains("Prime d'activité — Jargon administratif");
        accessible("remontees-rapport");
        rendreLeRapportEnPng();
        navigateur.manage().deleteAllCookies();
        ouvrir("/je-donne-mon-avis");
        accessible("je-donne-mon-avis");
        ouvrir("/ateliers/inscription/" + id);
        accessible("inscription-en-ligne");
    }

    /**
     * Le PDF du rapport, téléchargé avec la session du navigateur, rendu en PNG dans les artefacts de test
     * ({@code target/artefacts/rapport-propositions-caf.png}) : une page A4, et de l'encre dessus (le texte).
     */
    void rendreLeRapportEnPng() throws Exception {
        String cookies = navigateur.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        java.net.http.HttpResponse<byte[]> reponse = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://localhost:" + port + "/remontees/rapport.pdf?administration=CAF")).header("Cookie", cookies).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(reponse.statusCode()).isEqualTo(200);
        java.nio.file.Path png = java.nio.file.Path.of("target", "artefacts", "rapport-propositions-caf.png");
        java.nio.file.Files.createDirectories(png.getParent());
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(reponse.body())) {
            java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 72);
            javax.imageio.ImageIO.write(image, "png", png.toFile());
            assertThat((double) image.getHeight() / image.getWidth()).as("page A4").isCloseTo(297.0 / 210, org.assertj.core.data.Offset.offset(0.02));
            long encre = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 384) {
                        encre++;
                    }
                }
            }
            assertThat(encre).as("pixels sombres (texte) sur la page rendue").isGreaterThan(image.getWidth() * image.getHeight() / 200L);
        }
    }

    static ChromiumNetworkConditions hors(boolean horsLigne) {
        ChromiumNetworkConditions c = new ChromiumNetworkConditions();
        c.setOffline(horsLigne);
        c.setLatency(Duration.ZERO);
        c.setDownloadThroughput(-1);
        c.setUploadThroughput(-1);
        return c;
    }
}
