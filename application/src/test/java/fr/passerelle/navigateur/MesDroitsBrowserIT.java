package fr.passerelle.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import fr.passerelle.droits.internal.domaine.Commune;
import fr.passerelle.droits.internal.domaine.EstimateurDroits;
import fr.passerelle.droits.internal.domaine.Foyer;
import fr.passerelle.droits.internal.domaine.Handicap;
import fr.passerelle.droits.internal.domaine.Logement;
import fr.passerelle.droits.internal.domaine.RepertoireCommunes;
import fr.passerelle.droits.internal.domaine.RevenusMensuels;
import fr.passerelle.moteur.calcul.Montants;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.periode.Mois;

/**
 * « Mes droits » dans un vrai Chromium : le questionnaire pour cinq types de ménages, les montants affichés
 * comparés à ceux que le moteur calcule pour la même situation (aucun montant écrit en dur), axe-core sur chaque
 * page (zéro violation serious/critical), mauvaises entrées, 320 px, et le même parcours sans JavaScript.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class MesDroitsBrowserIT extends DeuxNavigateurs {

    @Autowired
    EstimateurDroits estimateur;

    @Autowired
    RepertoireCommunes communes;

    @BeforeEach
    void sansEmulationDEcran() {
        navigateur.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Un ménage : ce que la personne tape, page par page, et le foyer que le moteur doit recevoir. */
    record Menage(String nom, String age, boolean couple, String ageConjoint, List<String> agesEnfants,
                  Map<String, String> revenus, String handicap, String logement, String commune, String choixCommune,
                  String loyer) {
    }

    static final Menage SEUL_SANS_REVENU = new Menage("seul-sans-revenu", "30", false, null, List.of(),
            Map.of(), "AUCUN", "LOCATAIRE", "33130", null, "450");
    static final Menage PARENT_ISOLE = new Menage("parent-isole-deux-enfants", "32", false, null, List.of("4", "9"),
            Map.of("salaire", "900", "pensionAlimentaire", "0"), "AUCUN", "LOCATAIRE_HLM", "Lille", "59350-59000", "420");
    static final Menage COUPLE_TROIS_ENFANTS = new Menage("couple-trois-enfants-un-revenu", "40", true, "38",
            List.of("3", "7", "12"), Map.of("salaire", "1800"), "AUCUN", "LOCATAIRE", "69100", null, "750");
    static final Menage HANDICAP_80 = new Menage("handicap-80", "45", false, null, List.of(), Map.of(),
            "AU_MOINS_80", "HEBERGE", "13001", null, null);
    static final Menage RETRAITE_68 = new Menage("retraite-68-petite-pension", "68", false, null, List.of(),
            Map.of("retraite", "700"), "AUCUN", "PROPRIETAIRE", "Guéret", null, null);

    void accessible(ChromeDriver n, String nom) throws Exception {
        assertThat(Navigateur.violationsGraves(n, axe, nom)).as("violations axe serious/critical sur %s", nom).isEmpty();
    }

    static void taper(ChromeDriver n, String id, String valeur) {
        WebElement champ = n.findElement(By.id(id));
        champ.clear();
        champ.sendKeys(valeur);
    }

    static void cocher(ChromeDriver n, String nom, String valeur) {
        WebElement radio = n.findElement(By.cssSelector("input[name='" + nom + "'][value='" + valeur + "']"));
        n.findElement(By.cssSelector("label[for='" + radio.getDomAttribute("id") + "']")).click();
    }

    /** Envoie la page et attend la page suivante (l'ancien bouton disparaît) : pas de course avec la navigation. */
    static void continuer(ChromeDriver n) {
        cliquerEtAttendre(n, "bouton-continuer");
    }

    static void cliquerEtAttendre(ChromeDriver n, String id) {
        WebElement bouton = n.findElement(By.id(id));
        bouton.click();
        Navigateur.attendreRemplacement(n, bouton);
    }

    /**
     * Depuis la page d'un dossier : le questionnaire fait pour une personne seule de {@code age} ans, sans enfant,
     * sans revenu, sans handicap, hébergée à Bègles (33130), jusqu'à la page des résultats.
     */
    static void questionnairePourLeDossier(ChromeDriver n, String age) {
        cliquerEtAttendre(n, "lien-questionnaire");
        cliquerEtAttendre(n, "bouton-commencer");
        taper(n, "age", age);
        cocher(n, "couple", "non");
        taper(n, "enfants", "0");
        continuer(n);
        taper(n, "retraite", "0");
        continuer(n);
        cocher(n, "handicap", "AUCUN");
        continuer(n);
        cocher(n, "logement", "HEBERGE");
        taper(n, "commune", "33130");
        continuer(n);
    }

    static String page(ChromeDriver n) {
        String url = n.getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** Remplit tout le questionnaire ; vérifie axe sur chaque page si {@code axeSurChaquePage}. */
    void remplir(ChromeDriver n, Menage m, boolean axeSurChaquePage) throws Exception {
        ouvrir(n, "/mes-droits");
        if (axeSurChaquePage) {
            accessible(n, "mes-droits-accueil");
        }
        cliquerEtAttendre(n, "bouton-commencer");
        assertThat(page(n)).isEqualTo("foyer");
        if (axeSurChaquePage) {
            accessible(n, "mes-droits-foyer-" + m.nom());
        }
        taper(n, "age", m.age());
        cocher(n, "couple", m.couple() ? "oui" : "non");
        taper(n, "enfants", Integer.toString(m.agesEnfants().size()));
        continuer(n);
        if (m.couple() || !m.agesEnfants().isEmpty()) {
            assertThat(page(n)).isEqualTo("famille");
            if (axeSurChaquePage) {
                accessible(n, "mes-droits-famille-" + m.nom());
            }
            if (m.couple()) {
                taper(n, "ageConjoint", m.ageConjoint());
            }
            for (int i = 0; i < m.agesEnfants().size(); i++) {
                taper(n, "ageEnfant" + i, m.agesEnfants().get(i));
            }
            continuer(n);
        }
        assertThat(page(n)).as("pas de page famille sans conjoint ni enfant").isEqualTo("revenus");
        assertThat(n.findElements(By.id("pensionAlimentaire"))).hasSize(m.agesEnfants().isEmpty() ? 0 : 1);
        assertThat(n.findElements(By.id("salaireConjoint"))).hasSize(m.couple() ? 1 : 0);
        if (axeSurChaquePage) {
            accessible(n, "mes-droits-revenus-" + m.nom());
        }
        for (var r : m.revenus().entrySet()) {
            taper(n, r.getKey(), r.getValue());
        }
        continuer(n);
        assertThat(page(n)).isEqualTo("handicap");
        if (axeSurChaquePage) {
            accessible(n, "mes-droits-handicap-" + m.nom());
        }
        cocher(n, "handicap", m.handicap());
        if (m.couple()) {
            cocher(n, "handicapConjoint", "AUCUN");
        }
        continuer(n);
        assertThat(page(n)).isEqualTo("logement");
        if (axeSurChaquePage) {
            accessible(n, "mes-droits-logement-" + m.nom());
        }
        cocher(n, "logement", m.logement());
        taper(n, "commune", m.commune());
        continuer(n);
        if (m.choixCommune() != null) {
            assertThat(page(n)).isEqualTo("logement");
            assertThat(n.findElement(By.id("communeChoisie-erreur")).getText()).contains("plusieurs communes");
            if (n == navigateur) {
                accessible(n, "mes-droits-logement-choix-commune");
            }
            cocher(n, "communeChoisie", m.choixCommune());
            continuer(n);
        }
        if (m.loyer() != null) {
            assertThat(page(n)).isEqualTo("loyer");
            if (axeSurChaquePage) {
                accessible(n, "mes-droits-loyer-" + m.nom());
            }
            taper(n, "loyer", m.loyer());
            continuer(n);
        }
        assertThat(page(n)).isEqualTo("resultats");
    }

    /** Le foyer que le moteur doit recevoir pour ce ménage (construit sans passer par la page). */
    Foyer foyer(Menage m) {
        Commune commune = m.choixCommune() != null ? communes.parCle(m.choixCommune()).orElseThrow()
                : communes.rechercher(m.commune()).get(0);
        double salaire = Double.parseDouble(m.revenus().getOrDefault("salaire", "0"));
        double retraite = Double.parseDouble(m.revenus().getOrDefault("retraite", "0"));
        double pension = Double.parseDouble(m.revenus().getOrDefault("pensionAlimentaire", "0"));
        return new Foyer(Integer.parseInt(m.age()), m.couple() ? Integer.parseInt(m.ageConjoint()) : null,
                m.agesEnfants().stream().map(Integer::parseInt).toList(),
                new RevenusMensuels(salaire, retraite, 0, pension), RevenusMensuels.AUCUN,
                Handicap.valueOf(m.handicap()), Handicap.AUCUN, Logement.valueOf(m.logement()),
                m.loyer() == null ? 0 : Double.parseDouble(m.loyer()), commune);
    }

    /** Chaque montant affiché est celui du moteur pour la même situation ; un droit nul n'affiche pas de montant. */
    Map<String, Double> verifierMontants(ChromeDriver n, Menage m) {
        double[] moteur = estimateur.montants(foyer(m), Mois.de(LocalDate.now()));
        Map<String, Double> affiches = new LinkedHashMap<>();
        for (String code : EstimateurDroits.CODES) {
            if (code.equals("css")) {
                continue;
            }
            double attendu = Montants.auCentime(moteur[Variable.parNom(code).ordinal()]);
            List<WebElement> montant = n.findElements(By.id("montant-" + code));
            assertThat(n.findElements(By.id("droit-" + code))).as("droit %s présent", code).hasSize(1);
            if (attendu > 0) {
                assertThat(montant).as("montant de %s affiché pour %s", code, m.nom()).hasSize(1);
                double affiche = Double.parseDouble(montant.get(0).getDomAttribute("data-montant"));
                assertThat(affiche).as("%s pour %s", code, m.nom()).isEqualTo(attendu);
                assertThat(montant.get(0).getText()).contains(Montants.euros(attendu).replace(" €", ""));
                affiches.put(code, affiche);
            } else {
                assertThat(montant).as("aucun montant pour %s (%s)", code, m.nom()).isEmpty();
            }
        }
        // Les explications : 1 à 4 phrases par droit
        for (WebElement droit : n.findElements(By.cssSelector("article.droit"))) {
            assertThat(droit.findElements(By.cssSelector("ul li")).size()).isBetween(1, 4);
        }
        return affiches;
    }

    void verifierAideProximite(ChromeDriver n) {
        List<WebElement> sites = n.findElements(By.cssSelector("#aide-proximite .site-proche"));
        assertThat(sites).hasSize(3);
        for (WebElement s : sites) {
            assertThat(s.getText()).contains("minutes en voiture").containsAnyOf("Ouvert aujourd’hui", "Fermé aujourd’hui");
        }
    }

    @Test
    void personne_seule_sans_revenu() throws Exception {
        remplir(navigateur, SEUL_SANS_REVENU, true);
        accessible(navigateur, "mes-droits-resultats-" + SEUL_SANS_REVENU.nom());
        verifierMontants(navigateur, SEUL_SANS_REVENU);
        verifierAideProximite(navigateur);
        ouvrir(navigateur, "/mes-droits/fiche");
        assertThat(navigateur.findElement(By.tagName("h1")).getText()).isEqualTo("Ma fiche droits");
        accessible(navigateur, "mes-droits-fiche");
    }

    @Test
    void parent_isole_avec_deux_enfants_et_commune_a_choisir() throws Exception {
        remplir(navigateur, PARENT_ISOLE, true);
        accessible(navigateur, "mes-droits-resultats-" + PARENT_ISOLE.nom());
        verifierMontants(navigateur, PARENT_ISOLE);
    }

    @Test
    void couple_avec_trois_enfants_et_un_revenu() throws Exception {
        remplir(navigateur, COUPLE_TROIS_ENFANTS, false);
        accessible(navigateur, "mes-droits-resultats-" + COUPLE_TROIS_ENFANTS.nom());
        verifierMontants(navigateur, COUPLE_TROIS_ENFANTS);
    }

    @Test
    void personne_avec_un_taux_d_incapacite_de_80_pourcent() throws Exception {
        remplir(navigateur, HANDICAP_80, false);
        assertThat(navigateur.findElements(By.id("loyer"))).isEmpty();
        accessible(navigateur, "mes-droits-resultats-" + HANDICAP_80.nom());
        verifierMontants(navigateur, HANDICAP_80);
    }

    @Test
    void personne_de_68_ans_avec_une_petite_retraite() throws Exception {
        remplir(navigateur, RETRAITE_68, false);
        accessible(navigateur, "mes-droits-resultats-" + RETRAITE_68.nom());
        verifierMontants(navigateur, RETRAITE_68);
    }

    @Test
    void le_meme_parcours_sans_javascript() throws Exception {
        ouvrir(sansJs, "/mes-droits");
        assertThat(sansJs.findElement(By.tagName("html")).getDomAttribute("data-fr-js")).isNull();
        remplir(sansJs, PARENT_ISOLE, false);
        verifierMontants(sansJs, PARENT_ISOLE);
        verifierAideProximite(sansJs);
    }

    @Test
    void mauvaises_entrees_refusees_sur_la_page_sans_rien_perdre() throws Exception {
        ouvrir(navigateur, "/mes-droits/foyer");
        taper(navigateur, "age", "150");
        cocher(navigateur, "couple", "non");
        taper(navigateur, "enfants", "0");
        continuer(navigateur);
        assertThat(navigateur.getTitle()).startsWith("Erreur : ");
        assertThat(navigateur.findElement(By.id("age-erreur")).getText()).startsWith("Votre âge :").contains("120");
        assertThat(navigateur.findElement(By.id("age")).getDomAttribute("aria-describedby")).isEqualTo("age-erreur");
        assertThat(navigateur.findElement(By.id("age")).getDomProperty("value")).isEqualTo("150");
        assertThat(navigateur.findElement(By.id("enfants")).getDomProperty("value")).isEqualTo("0");
        accessible(navigateur, "mes-droits-foyer-erreur");
        taper(navigateur, "age", "50");
        continuer(navigateur);
        continuer(navigateur); // revenus vides = 0
        cocher(navigateur, "handicap", "AUCUN");
        continuer(navigateur);
        cocher(navigateur, "logement", "LOCATAIRE");
        taper(navigateur, "commune", "99999");
        continuer(navigateur);
        assertThat(navigateur.findElement(By.id("commune-erreur")).getText()).contains("99999").contains("n’existe pas");
        accessible(navigateur, "mes-droits-logement-erreur");
        taper(navigateur, "commune", "33130");
        continuer(navigateur);
        taper(navigateur, "loyer", "-200");
        continuer(navigateur);
        assertThat(navigateur.findElement(By.id("loyer-erreur")).getText()).startsWith("Loyer :").contains("négatif");
        assertThat(navigateur.findElement(By.id("loyer")).getDomAttribute("aria-describedby")).isEqualTo("loyer-erreur");
        // Précédent puis retour : la réponse refusée est toujours là
        cliquerEtAttendre(navigateur, "bouton-precedent");
        assertThat(page(navigateur)).isEqualTo("logement");
        assertThat(navigateur.findElement(By.id("commune")).getDomProperty("value")).isEqualTo("33130");
        continuer(navigateur);
        assertThat(navigateur.findElement(By.id("loyer")).getDomProperty("value")).isEqualTo("-200");
    }

    @Test
    void questionnaire_a_320_pixels_et_poids_des_pages() throws Exception {
        navigateur.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        remplir(navigateur, COUPLE_TROIS_ENFANTS, false);
        List<String> mesures = new ArrayList<>();
        for (String chemin : new String[] {"/mes-droits", "/mes-droits/foyer", "/mes-droits/famille", "/mes-droits/revenus",
                "/mes-droits/handicap", "/mes-droits/logement", "/mes-droits/loyer", "/mes-droits/resultats", "/mes-droits/fiche"}) {
            ouvrir(navigateur, chemin);
            Number largeur = (Number) navigateur.executeScript("return document.documentElement.scrollWidth");
            assertThat(largeur.intValue()).as("largeur de %s à 320 px", chemin).isLessThanOrEqualTo(320);
            int octets = navigateur.getPageSource().getBytes(StandardCharsets.UTF_8).length;
            assertThat(octets).as("HTML de %s sous 30 Ko", chemin).isLessThan(30 * 1024);
            mesures.add("{\"page\": \"" + chemin + "\", \"html_octets\": " + octets + "}");
        }
        Files.createDirectories(Path.of("target", "mesures"));
        Files.writeString(Path.of("target", "mesures", "poids-html.json"), "[\n" + String.join(",\n", mesures) + "\n]\n");
    }
}
