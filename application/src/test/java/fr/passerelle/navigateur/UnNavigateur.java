package fr.passerelle.navigateur;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Le cycle de vie commun des tests navigateur : un Chromium avec JavaScript ({@link #navigateur}) démarré une fois
 * par classe et arrêté après elle, axe-core lu une fois, cookies effacés avant chaque test ; connexion, ouverture
 * d'une page et vérification axe sur le serveur du test. Les classes de test tournent l'une après l'autre (failsafe
 * sans parallélisme) : les champs statiques sont ceux de la classe en cours.
 */
abstract class UnNavigateur {

    static ChromeDriver navigateur;
    static String axe;

    @LocalServerPort
    int port;

    @BeforeAll
    static void demarrerLeNavigateur() {
        axe = Navigateur.axeSource();
        navigateur = Navigateur.demarrer(true);
    }

    @AfterAll
    static void arreterLeNavigateur() {
        if (navigateur != null) {
            navigateur.quit();
            navigateur = null;
        }
    }

    @BeforeEach
    void effacerLesCookies() {
        navigateur.manage().deleteAllCookies();
    }

    void connecter(ChromeDriver n, String email) {
        Navigateur.connecter(n, port, email);
    }

    void ouvrir(ChromeDriver n, String chemin) {
        n.get("http://localhost:" + port + chemin);
    }

    void ouvrir(String chemin) {
        ouvrir(navigateur, chemin);
    }

    /** La page courante de {@link #navigateur} est en français et sans violation axe grave ou critique. */
    void accessible(String nom) throws Exception {
        Navigateur.verifierAccessible(navigateur, axe, nom);
    }
}
