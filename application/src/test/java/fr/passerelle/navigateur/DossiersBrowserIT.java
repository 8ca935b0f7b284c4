package fr.passerelle.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import fr.passerelle.dossiers.DossiersDeTest;
import fr.passerelle.dossiers.DossiersDeTest.EtatMandat;
import fr.passerelle.dossiers.internal.persistance.DossierJdbc;
import fr.passerelle.structures.ReferentielStructures;
import fr.passerelle.structures.Structure;
import fr.passerelle.structures.TypeStructure;

/**
 * Les dossiers dans Chromium : l'aidant crée un dossier (erreurs nommées, saisie gardée), voit l'en-tête et la
 * raison sans mandat, puis le dossier complet sous mandat ; la personne voit son dossier et qui l'a consulté.
 * Chaque page passe axe-core (zéro violation serious/critical) ; l'ajout d'un échange marche sans JavaScript.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "passerelle.notifications.ordonnanceur.actif=false")
@ActiveProfiles({"demo", "test"})
class DossiersBrowserIT extends DeuxNavigateurs {

    @Autowired
    DossierJdbc dossierJdbc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReferentielStructures referentiel;

    long begles() {
        return referentiel.enregistrer(new Structure(null, "France services de Bègles", TypeStructure.FRANCE_SERVICES,
                "Bègles", "33130")).id();
    }

    @Test
    void aidant_cree_un_dossier_voit_l_en_tete_sans_mandat_puis_le_dossier_sous_mandat() throws Exception {
        connecter(navigateur, "aidant@demo.passerelle.fr");
        ouvrir(navigateur, "/dossiers");
        accessible("dossiers-liste");
        ouvrir(navigateur, "/dossiers/nouveau");
        accessible("dossiers-nouveau");
        navigateur.findElement(By.id("prenom")).sendKeys("Élodie");
        navigateur.findElement(By.id("nir")).sendKeys("1 23");
        navigateur.findElement(By.id("bouton-creer")).click();
        assertThat(navigateur.findElement(By.id("nom-erreur")).getText()).contains("Nom : ce champ est obligatoire");
        assertThat(navigateur.findElement(By.id("nir-erreur")).getText()).contains("15 caractères");
        assertThat(navigateur.findElement(By.id("prenom")).getDomProperty("value")).isEqualTo("Élodie");
        assertThat(navigateur.findElement(By.id("nir")).getDomAttribute("aria-describedby")).contains("nir-erreur");
        accessible("dossiers-nouveau-erreur");
        navigateur.findElement(By.id("nom")).sendKeys("Navigateur");
        navigateur.findElement(By.id("dateNaissance")).sendKeys("03/12/1984");
        navigateur.findElement(By.id("commune")).sendKeys("Bègles");
        navigateur.findElement(By.id("nir")).clear();
        navigateur.findElement(By.id("nir")).sendKeys("2 84 12 33 063 045 37");
        navigateur.findElement(By.id("bouton-creer")).click();
        // La raison du refus n'existe que sur la page du dossier : la lire d'abord attend la nouvelle page.
        assertThat(navigateur.findElement(By.id("raison-refus")).getText()).contains("Aucun mandat");
        assertThat(navigateur.findElement(By.tagName("h1")).getText()).isEqualTo("Dossier de Élodie Navigateur");
        assertThat(navigateur.findElements(By.id("nir"))).isEmpty();
        assertThat(navigateur.findElement(By.id("lien-mandat")).getDomAttribute("href")).endsWith("/mandats/nouveau");
        accessible("dossier-sans-mandat");

        long id = Long.parseLong(navigateur.getCurrentUrl().replaceAll("^.*/dossiers/(\\d+).*$", "$1"));
        new DossiersDeTest(dossierJdbc, jdbc).mandat(id, begles(), EtatMandat.ACTIF_COUVRANT);
        ouvrir(navigateur, "/dossiers/" + id);
        assertThat(navigateur.findElement(By.id("nir")).getText()).isEqualTo("2 84 12 33 063 045 37");
        accessible("dossier-sous-mandat");
        navigateur.findElement(By.id("bouton-echange")).click();
        assertThat(navigateur.findElement(By.id("canal-erreur")).getText()).contains("Canal");
        accessible("dossier-echange-erreur");
    }

    @Test
    void la_personne_voit_son_dossier_et_qui_l_a_consulte() throws Exception {
        connecter(navigateur, "usager@demo.passerelle.fr");
        ouvrir(navigateur, "/mon-dossier");
        assertThat(navigateur.findElement(By.tagName("h1")).getText()).isEqualTo("Mon dossier");
        assertThat(navigateur.findElement(By.cssSelector(".dossier-personne h2")).getText()).contains("Camille Usager");
        accessible("mon-dossier");
    }

    @Test
    void sans_javascript_l_aidant_ajoute_un_echange() {
        long begles = begles();
        DossiersDeTest.Cree cree = new DossiersDeTest(dossierJdbc, jdbc).creer(begles, Optional.empty());
        new DossiersDeTest(dossierJdbc, jdbc).mandat(cree.id(), begles, EtatMandat.ACTIF_NE_COUVRANT_PAS);
        connecter(sansJs, "aidant@demo.passerelle.fr");
        ouvrir(sansJs, "/dossiers/" + cree.id());
        assertThat(sansJs.findElement(By.tagName("html")).getDomAttribute("data-fr-js")).isNull();
        new Select(sansJs.findElement(By.id("canal"))).selectByValue("TELEPHONE");
        sansJs.findElement(By.id("objet")).sendKeys("Appel pour le dossier de logement");
        sansJs.findElement(By.cssSelector("label[for='regle-oui']")).click();
        sansJs.findElement(By.id("bouton-echange")).click();
        assertThat(sansJs.findElement(By.cssSelector(".fr-alert--success")).getText()).contains("Échange ajouté");
        assertThat(sansJs.findElement(By.id("echanges")).getText()).contains("Appel pour le dossier de logement", "Par téléphone");
        assertThat(sansJs.findElement(By.id("droits-masques")).getText()).contains("ne couvre pas les prestations sociales");
    }

    @Test
    void l_aidant_fait_le_questionnaire_pour_la_personne_et_joint_les_droits_au_dossier() throws Exception {
        long begles = begles();
        DossiersDeTest.Cree cree = new DossiersDeTest(dossierJdbc, jdbc).creer(begles, Optional.empty());
        new DossiersDeTest(dossierJdbc, jdbc).mandat(cree.id(), begles, EtatMandat.ACTIF_COUVRANT);
        connecter(navigateur, "aidant@demo.passerelle.fr");
        ouvrir(navigateur, "/dossiers/" + cree.id());
        MesDroitsBrowserIT.questionnairePourLeDossier(navigateur, "35");
        assertThat(navigateur.findElement(By.id("formulaire-joindre")).getText()).contains("dossier n° " + cree.id());
        accessible("mes-droits-resultats-joindre");
        MesDroitsBrowserIT.cliquerEtAttendre(navigateur, "bouton-joindre");
        assertThat(navigateur.getCurrentUrl()).contains("/dossiers/" + cree.id());
        assertThat(navigateur.findElement(By.id("droits")).getText()).contains("Revenu de solidarité active", "À demander");
        accessible("dossier-droits-joints");
    }
}
