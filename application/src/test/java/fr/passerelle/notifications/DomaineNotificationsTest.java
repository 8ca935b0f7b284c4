package fr.passerelle.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import fr.passerelle.notifications.internal.domaine.AdresseElectronique;
import fr.passerelle.notifications.internal.domaine.Consentement;
import fr.passerelle.notifications.internal.domaine.EntreeInvalide;
import fr.passerelle.notifications.internal.domaine.Gabarit;
import fr.passerelle.notifications.internal.domaine.Gsm7;
import fr.passerelle.notifications.internal.domaine.HeuresCalmes;
import fr.passerelle.notifications.internal.domaine.MotCleSms;
import fr.passerelle.notifications.internal.domaine.NumeroTelephone;
import fr.passerelle.notifications.internal.domaine.Preferences;

/** Règles du domaine : numéros, adresses, modèles, heures calmes, préférences, mots-clés SMS. */
class DomaineNotificationsTest {

    @ParameterizedTest
    @CsvSource({"06 12 34 56 78, +33612345678", "+33 6 12 34 56 78, +33612345678", "0033612345678, +33612345678",
            "07.81.23.45.67, +33781234567", "05 56 00 00 00, +33556000000"})
    void numeros_normalises(String saisie, String attendu) {
        assertThat(NumeroTelephone.lire("telephone", saisie).e164()).isEqualTo(attendu);
    }

    @ParameterizedTest
    @ValueSource(strings = {"06 12 34 56", "12345", "abc", "06 12 34 56 78 90", "+33 0 00 00 00 00"})
    void numeros_refuses_avec_la_raison(String saisie) {
        assertThatThrownBy(() -> NumeroTelephone.lire("telephone", saisie)).isInstanceOf(EntreeInvalide.class)
                .satisfies(e -> assertThat(((EntreeInvalide) e).champ()).isEqualTo("telephone"))
                .hasMessageContaining("numéro");
    }

    @Test
    void seul_un_mobile_recoit_des_sms() {
        assertThat(NumeroTelephone.lire("t", "06 12 34 56 78").mobile()).isTrue();
        assertThat(NumeroTelephone.lire("t", "05 56 00 00 00").mobile()).isFalse();
        assertThat(NumeroTelephone.lire("t", "06 12 34 56 78").lisible()).isEqualTo("06 12 34 56 78");
    }

    @ParameterizedTest
    @ValueSource(strings = {"camille", "camille@", "@exemple.fr", "camille@exemple", "cam ille@exemple.fr",
            "camille..martin@exemple.fr", "camille@@exemple.fr"})
    void courriels_illisibles_refuses(String saisie) {
        assertThatThrownBy(() -> AdresseElectronique.lire(saisie)).isInstanceOf(EntreeInvalide.class)
                .hasMessageContaining("pas lisible");
    }

    @Test
    void courriel_normalise() {
        assertThat(AdresseElectronique.lire("  Camille.Martin@Exemple.FR ").valeur()).isEqualTo("camille.martin@exemple.fr");
    }

    @Test
    void variable_inconnue_refusee_a_la_saisie() {
        assertThatThrownBy(() -> Gabarit.lire("corps", "Bonjour ((prenom)), votre ((numero_allocataire))"))
                .isInstanceOf(EntreeInvalide.class)
                .hasMessageStartingWith("La variable ((numero_allocataire)) n'existe pas.")
                .hasMessageContaining("((prenom))");
        assertThatThrownBy(() -> Gabarit.lire("corps", "Bonjour ((prenom")).hasMessageContaining("mal fermée");
        Gabarit g = Gabarit.lire("corps", "Bonjour ((prenom)), avant le ((date)).");
        assertThat(g.variables()).containsExactly("prenom", "date");
        assertThat(g.apercu()).isEqualTo("Bonjour Camille, avant le lundi 15 juin 2026.");
        assertThat(g.remplir(Map.of("prenom", "Léa", "date", "demain"))).isEqualTo("Bonjour Léa, avant le demain.");
    }

    @Test
    void heures_calmes_a_cheval_sur_minuit() {
        HeuresCalmes nuit = HeuresCalmes.PAR_DEFAUT;
        assertThat(nuit.contient(LocalTime.of(22, 0))).isTrue();
        assertThat(nuit.contient(LocalTime.of(8, 59))).isTrue();
        assertThat(nuit.contient(LocalTime.of(9, 0))).isFalse();
        assertThat(nuit.contient(LocalTime.of(19, 59))).isFalse();
        java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
        assertThat(nuit.prochainMomentPermis(Instant.parse("2026-01-10T22:30:00Z"), paris))
                .isEqualTo(Instant.parse("2026-01-11T08:00:00Z"));
        assertThat(nuit.prochainMomentPermis(Instant.parse("2026-01-10T12:00:00Z"), paris))
                .isEqualTo(Instant.parse("2026-01-10T12:00:00Z"));
        assertThatThrownBy(() -> new HeuresCalmes(LocalTime.NOON, LocalTime.NOON)).isInstanceOf(EntreeInvalide.class);
    }

    @Test
    void preferences_jamais_un_canal_refuse_et_coordonnees_exigees() {
        Instant le = Instant.parse("2026-01-01T00:00:00Z");
        Preferences p = new Preferences(1, AdresseElectronique.lire("a@exemple.fr"), NumeroTelephone.lire("t", "0612345678"),
                null, List.of(Canal.SMS, Canal.EMAIL, Canal.TELEPHONE), HeuresCalmes.PAR_DEFAUT,
                Map.of(Canal.EMAIL, new Consentement(Canal.EMAIL, true, le, "page"),
                        Canal.SMS, new Consentement(Canal.SMS, false, le, "STOP")));
        assertThat(p.canauxUtilisables()).containsExactly(Canal.EMAIL);
        assertThatThrownBy(() -> new Preferences(1, null, null, null, List.of(Canal.SMS), HeuresCalmes.PAR_DEFAUT,
                Map.of(Canal.SMS, new Consentement(Canal.SMS, true, le, "page"))))
                .isInstanceOf(EntreeInvalide.class).hasMessageContaining("numéro de téléphone portable");
        assertThatThrownBy(() -> new Preferences(1, null, NumeroTelephone.lire("t", "0556000000"), null, List.of(Canal.SMS),
                HeuresCalmes.PAR_DEFAUT, Map.of(Canal.SMS, new Consentement(Canal.SMS, true, le, "page"))))
                .hasMessageContaining("portable");
    }

    @Test
    void sms_en_gsm7_et_mots_cles() {
        assertThat(Gsm7.adapter("À bientôt, ça va ?")).isEqualTo("A bientot, ca va ?");
        assertThat(Gsm7.longueur("é€")).isEqualTo(3);
        assertThat(Gsm7.unSeulSms("x".repeat(160))).isTrue();
        assertThat(Gsm7.unSeulSms("x".repeat(161))).isFalse();
        assertThat(MotCleSms.lire(" stop ")).contains(MotCleSms.STOP);
        assertThat(MotCleSms.lire("Aide svp")).contains(MotCleSms.AIDE);
        assertThat(MotCleSms.lire("ok!")).contains(MotCleSms.OK);
        assertThat(MotCleSms.lire("Retirer.")).contains(MotCleSms.RETIRER);
        assertThat(MotCleSms.lire("atelier K7PM")).contains(MotCleSms.ATELIER);
        assertThat(MotCleSms.lire("Inscription k7pm Marie")).contains(MotCleSms.ATELIER);
        assertThat(MotCleSms.lire("bonjour")).isEmpty();
    }
}
