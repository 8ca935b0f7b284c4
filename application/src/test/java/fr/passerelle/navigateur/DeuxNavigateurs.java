package fr.passerelle.navigateur;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * {@link UnNavigateur}, plus un second Chromium où JavaScript est coupé ({@link #sansJs}) : démarré après le premier,
 * arrêté avec lui, cookies effacés avant chaque test.
 */
abstract class DeuxNavigateurs extends UnNavigateur {

    static ChromeDriver sansJs;

    @BeforeAll
    static void demarrerLeNavigateurSansJavascript() {
        sansJs = Navigateur.demarrer(false);
    }

    @AfterAll
    static void arreterLeNavigateurSansJavascript() {
        if (sansJs != null) {
            sansJs.quit();
            sansJs = null;
        }
    }

    @BeforeEach
    void effacerLesCookiesSansJavascript() {
        sansJs.manage().deleteAllCookies();
    }
}
