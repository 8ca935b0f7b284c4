package fr.passerelle.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import fr.passerelle.comptes.Annuaire;
import fr.passerelle.proactif.internal.ServiceDepistages;

/**
 * Administration proactive dans Chromium : lancer un dépistage (avec et sans JavaScript), erreur nommée et mois
 * réaffiché, suivi, synthèse, exports, liste de l'aidant ; chaque page passe axe-core (zéro violation
 * serious/critical). Ordonnanceur à l'arrêt : le test joue la tâche de fond.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"passerelle.notifications.ordonnanceur.actif=false", "passerelle.proactif.partition.lignes=2"})
@ActiveProfiles({"demo", "test"})
class ProactifBrowserIT extends DeuxNavigateurs {

    @Autowired
    ServiceDepistages service;
    @Autowired
    Annuaire annuaire;

    Path population() throws Exception {
        long camille = annuaire.usagerParEmail("usager@demo.passerelle.fr").orElseThrow().id();
        Path fichier = Files.createTempFile("population", ".csv");
        Files.writeString(fichier, String.join("\n",
                "menage;periode;depcom;statut_occupation_logement;loyer;couple;percoit;a1_date_naissance;a1_activite",
                "compte-" + camille + ";2025-07;33063;locataire_vide;550;seul;;1980-03-01;chomeur",
                "M-inconnu;2025-07;33063;locataire_vide;550;seul;;1980-03-01;chomeur",
                "M-faux;2025-07;99999;locataire_vide;550;seul;;1980-03-01;chomeur"));
        return fichier;
    }

    @Test
    void administrateur_lance_suit_et_exporte() throws Exception {
        connecter(navigateur, "admin@demo.passerelle.fr");
        navigateur.get("http://localhost:" + port + "/proactif");
        accessible("proactif");
        navigateur.findElement(By.id("fichier")).sendKeys(population().toString());
        navigateur.findElement(By.id("date")).sendKeys("juillet 2025");
        navigateur.findElement(By.id("bouton-lancer")).click();
        assertThat(navigateur.findElement(By.id("date-erreur")).getText()).contains("AAAA-MM");
        assertThat(navigateur.findElement(By.id("date")).getDomProperty("value")).isEqualTo("juillet 2025");
        accessible("proactif-erreur");

        navigateur.findElement(By.id("fichier")).sendKeys(population().toString());
        navigateur.findElement(By.id("date")).clear();
        navigateur.findElement(By.id("date")).sendKeys("2025-07");
        navigateur.findElement(By.id("bouton-lancer")).click();
        assertThat(navigateur.findElement(By.id("etat")).getText()).contains("0 partition(s) finie(s) sur 2");
        accessible("depistage-en-cours");

        service.traiterPartitions(100);
        navigateur.navigate().refresh();
        assertThat(navigateur.findElement(By.id("etat")).getText()).contains("Terminé").contains("1 rejet(s)");
        assertThat(navigateur.findElement(By.id("rejets")).getText()).contains("M-faux");
        assertThat(navigateur.findElement(By.id("synthese")).getText()).contains("revenu de solidarité active").contains("ensemble");
        accessible("depistage-termine");

        navigateur.get("http://localhost:" + port + "/proactif/exports");
        assertThat(navigateur.findElement(By.id("exports")).getText()).contains("Caisse d'allocations familiales");
        accessible("exports");

        connecter(navigateur, "aidant@demo.passerelle.fr");
        navigateur.get("http://localhost:" + port + "/aidant/constats");
        assertThat(navigateur.findElement(By.tagName("h1")).getText()).contains("Droits trouvés");
        accessible("constats-aidant");
    }

    @Test
    void le_lancement_marche_sans_javascript() throws Exception {
        connecter(sansJs, "coordinateur@demo.passerelle.fr");
        sansJs.get("http://localhost:" + port + "/proactif");
        sansJs.findElement(By.id("fichier")).sendKeys(population().toString());
        Navigateur.soumettre(sansJs, By.id("bouton-lancer"));
        assertThat(sansJs.getCurrentUrl()).contains("/proactif/depistages/");
        assertThat(sansJs.findElement(By.id("etat")).getText()).contains("partition(s) finie(s) sur 2");
    }

    @Test
    void importer_des_constats_et_depister_les_suivies() throws Exception {
        connecter(navigateur, "coordinateur@demo.passerelle.fr");
        navigateur.get("http://localhost:" + port + "/proactif");
        // Personne n'a enregistré sa situation « Mes droits » ici : le refus est dit près du bouton.
        Navigateur.soumettre(navigateur, By.id("bouton-suivies"));
        assertThat(navigateur.findElement(By.id("suivies")).getText()).contains("Aucune personne suivie");
        accessible("proactif-suivies-refus");

        Path mauvais = Files.createTempFile("constats", ".csv");
        Files.writeString(mauvais, "menage;periode");
        navigateur.findElement(By.id("constats")).sendKeys(mauvais.toString());
        Navigateur.soumettre(navigateur, By.id("bouton-constats"));
        assertThat(navigateur.findElement(By.id("constats-erreur")).getText()).contains(".jsonl");
        accessible("proactif-import-refus");

        Path constats = Files.createTempFile("constats", ".jsonl");
        Files.writeString(constats, String.join("\n",
                "{\"menage\":\"M-import\",\"periode\":\"2025-07\",\"departement\":\"33\",\"a_demander\":[{\"constat\":"
                        + "\"M-import/ppa/2025-07\",\"prestation\":\"ppa\",\"montant\":169.14,\"montant_annuel\":2029.68}]}",
                "{\"menage\":\"M-faux\",\"periode\":\"2025-07\",\"departement\":\"33\",\"a_demander\":[{\"constat\":"
                        + "\"M-faux/prime_de_noel/2025-07\",\"prestation\":\"prime_de_noel\",\"montant\":10,\"montant_annuel\":120}]}"));
        navigateur.findElement(By.id("constats")).sendKeys(constats.toString());
        Navigateur.soumettre(navigateur, By.id("bouton-constats"));
        assertThat(navigateur.getCurrentUrl()).contains("/proactif/depistages/");
        service.traiterPartitions(100);
        navigateur.navigate().refresh();
        assertThat(navigateur.findElement(By.id("etat")).getText()).contains("Terminé").contains("1 rejet(s)");
        assertThat(navigateur.findElement(By.id("rejets")).getText()).contains("M-faux").contains("prestation inconnue");
        assertThat(navigateur.findElement(By.id("synthese")).getText()).contains("prime d'activité");
        accessible("import-termine");
    }
}
