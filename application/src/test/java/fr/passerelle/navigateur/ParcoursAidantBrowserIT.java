package fr.passerelle.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import fr.passerelle.journal.Journal;

/**
 * L'aidant augmenté de bout en bout, sans aucune doublure (issue 6) : l'aidant crée le dossier d'une personne,
 * recueille son mandat par un code SMS, fait pour elle le questionnaire « Mes droits » et joint les droits au
 * dossier, saisit la CAF ; l'agent de la CAF répond ; la personne retire son mandat depuis son espace et l'aidant
 * perd l'accès à l'instant (dossier et saisine). axe-core sur chaque page : zéro violation grave ou critique ; le
 * journal reste intact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "passerelle.notifications.ordonnanceur.actif=false")
@ActiveProfiles({"demo", "test"})
class ParcoursAidantBrowserIT extends UnNavigateur {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Journal journal;

    void connecter(String email) {
        navigateur.manage().deleteAllCookies();
        Navigateur.connecter(navigateur, port, email);
    }

    void taper(String id, String valeur) {
        WebElement champ = navigateur.findElement(By.id(id));
        champ.clear();
        champ.sendKeys(valeur);
    }

    @Override
    void accessible(String nom) throws Exception {
        super.accessible("parcours-aidant-" + nom);
    }

    long numeroDansLAdresse(String segment) {
        Matcher m = Pattern.compile("/" + segment + "/(\\d+)").matcher(navigateur.getCurrentUrl());
        assertThat(m.find()).as(navigateur.getCurrentUrl()).isTrue();
        return Long.parseLong(m.group(1));
    }

    String codeEnvoye(long mandat) {
        String corps = jdbc.sql("SELECT corps FROM notification WHERE cle LIKE :c ORDER BY id DESC")
                .param("c", "mandat-code:" + mandat + ":%").query(String.class).list().getFirst();
        Matcher m = Pattern.compile("(\\d{6})").matcher(corps);
        assertThat(m.find()).as(corps).isTrue();
        return m.group(1);
    }

    @Test
    void dossier_mandat_par_sms_questionnaire_saisine_caf_reponse_de_l_agent_puis_retrait_par_la_personne()
            throws Exception {
        // 1. L'aidant crée le dossier de Camille (compte usager de démonstration) : sans mandat, il ne voit rien.
        connecter("aidant@demo.passerelle.fr");
        ouvrir("/dossiers/nouveau");
        accessible("nouveau-dossier");
        taper("nom", "Parcours");
        taper("prenom", "Camille");
        taper("dateNaissance", "12/05/1990");
        taper("commune", "Bègles");
        taper("portable", "07 61 23 45 67");
        taper("compte", "usager@demo.passerelle.fr");
        Navigateur.soumettre(navigateur, By.id("bouton-creer"));
        long dossier = numeroDansLAdresse("dossiers");
        assertThat(navigateur.findElement(By.id("raison-refus")).getText()).contains("Aucun mandat");
        accessible("dossier-sans-mandat");

        // 2. Mandat recueilli par un code envoyé par SMS au portable de la personne.
        Navigateur.soumettre(navigateur, By.id("lien-mandat"));
        accessible("nouveau-mandat");
        navigateur.findElement(By.cssSelector("label[for='perimetre-PRESTATIONS_SOCIALES']")).click();
        taper("duree", "6");
        navigateur.findElement(By.cssSelector("label[for='mode-CODE_SMS']")).click();
        Navigateur.soumettre(navigateur, By.id("bouton-preparer"));
        long mandat = numeroDansLAdresse("mandats");
        assertThat(jdbc.sql("SELECT destinataire FROM notification WHERE cle LIKE :c").param("c", "mandat-code:" + mandat + ":%")
                .query(String.class).list()).containsOnly("+33761234567");
        accessible("code-sms");
        taper("code", codeEnvoye(mandat));
        Navigateur.soumettre(navigateur, By.id("bouton-code"));
        assertThat(navigateur.findElement(By.id("etat-mandat")).getDomAttribute("data-etat")).isEqualTo("ACTIF");
        accessible("mandat-actif");

        // 3. Le questionnaire « Mes droits » fait pour la personne, et ses droits joints au dossier.
        ouvrir("/dossiers/" + dossier);
        MesDroitsBrowserIT.questionnairePourLeDossier(navigateur, "36");
        accessible("resultats-pour-le-dossier");
        MesDroitsBrowserIT.cliquerEtAttendre(navigateur, "bouton-joindre");
        assertThat(navigateur.findElement(By.id("droits")).getText()).contains("Revenu de solidarité active");
        accessible("dossier-avec-droits");

        // 4. Saisine de la CAF : le RSA n'est pas versé.
        ouvrir("/dossiers/" + dossier + "/saisines/nouvelle");
        accessible("nouvelle-saisine");
        new Select(navigateur.findElement(By.id("organisation"))).selectByVisibleText(
                "CAF de la Gironde — mandat « Prestations sociales (CAF, MSA, RSA, aides au logement…) »");
        taper("objet", "Demande de RSA sans réponse (parcours)");
        taper("blocage", "Demande déposée il y a deux mois, aucune réponse");
        taper("tentatives", "Appel au 3230, message sur le compte en ligne");
        navigateur.findElement(By.cssSelector("label[for=consentement]")).click();
        Navigateur.soumettre(navigateur, By.id("bouton-saisine"));
        long saisine = numeroDansLAdresse("saisines");
        assertThat(navigateur.findElement(By.tagName("h1")).getText()).contains("Demande de RSA sans réponse (parcours)");
        accessible("saisine-ouverte");

        // 5. L'agent de la CAF répond dans le fil ; l'aidant est prévenu par courriel (boîte d'envoi).
        connecter("agent@demo.passerelle.fr");
        ouvrir("/agent/saisines/" + saisine);
        accessible("saisine-agent");
        taper("texteReponse", "Demande retrouvée : elle sera instruite cette semaine.");
        Navigateur.soumettre(navigateur, By.id("bouton-reponse"));
        assertThat(navigateur.getPageSource()).contains("Demande retrouvée : elle sera instruite cette semaine.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE cle LIKE :c AND destinataire = 'aidant@demo.passerelle.fr'")
                .param("c", "saisine:" + saisine + ":%").query(Long.class).single()).isEqualTo(1L);

        connecter("aidant@demo.passerelle.fr");
        ouvrir("/saisines/" + saisine);
        assertThat(navigateur.getPageSource()).contains("Demande retrouvée : elle sera instruite cette semaine.");

        // 6. La personne retire son mandat depuis son espace.
        connecter("usager@demo.passerelle.fr");
        ouvrir("/mes-mandats");
        accessible("mes-mandats");
        Navigateur.soumettre(navigateur, By.id("retirer-" + mandat));
        assertThat(navigateur.findElement(By.cssSelector(".fr-alert--success")).getText()).contains("ne peut plus agir pour vous");

        // 7. L'aidant perd l'accès à l'instant : ni le dossier, ni la saisine.
        connecter("aidant@demo.passerelle.fr");
        ouvrir("/dossiers/" + dossier);
        assertThat(navigateur.findElement(By.id("raison-refus")).getText()).containsIgnoringCase("révoqué");
        assertThat(navigateur.getPageSource()).doesNotContain("Revenu de solidarité active");
        accessible("dossier-apres-retrait");
        ouvrir("/saisines/" + saisine);
        assertThat(navigateur.findElement(By.id("raison-refus")).getText()).containsIgnoringCase("révoqué");
        assertThat(navigateur.getPageSource()).doesNotContain("Demande retrouvée");

        // Tout a été écrit au journal, qui reste intact ; les refus d'après le retrait y sont.
        assertThat(journal.duDossier(dossier)).anySatisfy(e -> assertThat(e.resultat().name()).isEqualTo("REFUSE"));
        assertThat(journal.verifier().intacte()).as(journal.verifier().explication()).isTrue();
    }
}
