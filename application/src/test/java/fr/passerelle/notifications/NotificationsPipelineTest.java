package fr.passerelle.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

import fr.passerelle.notifications.internal.domaine.AdresseElectronique;
import fr.passerelle.notifications.internal.domaine.AdressePostale;
import fr.passerelle.notifications.internal.domaine.Consentement;
import fr.passerelle.notifications.internal.domaine.HeuresCalmes;
import fr.passerelle.notifications.internal.domaine.Notification;
import fr.passerelle.notifications.internal.domaine.NumeroTelephone;
import fr.passerelle.notifications.internal.domaine.Preferences;
import fr.passerelle.notifications.internal.domaine.ResultatEnvoi;
import fr.passerelle.notifications.internal.envoi.CanauxEnvoi;
import fr.passerelle.notifications.internal.envoi.ExpediteurNotifications;
import fr.passerelle.notifications.internal.envoi.Issue;
import fr.passerelle.notifications.internal.envoi.ServiceNotifications;
import fr.passerelle.notifications.internal.persistance.AppelsEtCourriersJdbc;
import fr.passerelle.notifications.internal.persistance.NotificationJdbc;
import fr.passerelle.notifications.internal.persistance.PreferencesJdbc;

/**
 * Le circuit d'envoi sur H2, ordonnanceur à l'arrêt : le test joue les passages lui-même et avance l'horloge
 * (aucune attente) — heures calmes, reprises puis échec motivé, repli, consentement, courrier et liste d'appels.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "passerelle.notifications.ordonnanceur.actif=false")
@ActiveProfiles("test")
class NotificationsPipelineTest {

    /** Mercredi 10 juin 2026, 21 h 00 à Paris (heures calmes). */
    static final Instant SOIR = Instant.parse("2026-06-10T19:00:00Z");
    static final HorlogeReglable HORLOGE = new HorlogeReglable(SOIR);
    static final CanalSimule SMS = new CanalSimule(Canal.SMS);
    static final CanalSimule EMAIL = new CanalSimule(Canal.EMAIL);

    @TestConfiguration
    static class Reglages {
        @Bean
        @Primary
        HorlogeReglable horlogeDeTest() {
            return HORLOGE;
        }

        @Bean
        @Primary
        CanauxEnvoi canauxDeTest(AppelsEtCourriersJdbc stockage) {
            return new CanauxEnvoi(List.of(SMS, EMAIL,
                    new fr.passerelle.notifications.internal.canaux.CourrierCanal(stockage, HORLOGE),
                    new fr.passerelle.notifications.internal.canaux.TelephoneCanal(stockage, HORLOGE)));
        }
    }

    @Autowired
    Notifications notifications;
    @Autowired
    ExpediteurNotifications expediteur;
    @Autowired
    NotificationJdbc stockage;
    @Autowired
    PreferencesJdbc preferences;
    @Autowired
    AppelsEtCourriersJdbc appelsEtCourriers;

    long personne;

    @BeforeEach
    void preparer() {
        HORLOGE.regler(SOIR);
        SMS.reinitialiser();
        EMAIL.reinitialiser();
        personne = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
    }

    void preferer(List<Canal> ordre, Canal... consentis) {
        Map<Canal, Consentement> accords = new EnumMap<>(Canal.class);
        for (Canal c : consentis) {
            accords.put(c, new Consentement(c, true, SOIR.minus(Duration.ofDays(3)), "test"));
        }
        preferences.enregistrer(new Preferences(personne, AdresseElectronique.lire("camille@exemple.fr"),
                NumeroTelephone.lire("telephone", "06 12 34 56 78"),
                new AdressePostale("Camille Martin", "12 rue des Lilas", null, "33130", "Bègles"),
                ordre, HeuresCalmes.PAR_DEFAUT, accords), SOIR);
    }

    DemandeNotification demande(String cle) {
        return new DemandeNotification(cle + "-" + personne, personne, "rappel-echeance", Map.of("prenom", "Camille",
                "demarche", "Déclaration trimestrielle de ressources", "date", "2026-06-15", "a_preparer", "vos fiches de paie"),
                SOIR);
    }

    Notification relue(String cle) {
        return stockage.parCle(cle + "-" + personne).orElseThrow();
    }

    @Test
    void un_message_a_une_adresse_donnee_part_sans_preferences_et_sans_repli() {
        // Aucune préférence enregistrée : le code de mandat part quand même au portable donné au guichet, et
        // tout de suite, même pendant les heures calmes (SOIR : 21 h à Paris) : la personne est devant l'aidant.
        assertThat(notifications.planifierVers(demande("direct"), Canal.SMS, "06 98 76 54 32")).isEqualTo(Canal.SMS);
        Notification n = relue("direct");
        assertThat(n.adresseDonnee()).isTrue();
        assertThat(n.destinataire()).isEqualTo("+33698765432");
        SMS.reponses.add(new ResultatEnvoi.EchecDefinitif("numéro inconnu de l'opérateur"));
        expediteur.traiter(n.id());
        assertThat(SMS.essais).extracting(m -> m.destinataire()).containsExactly("+33698765432");
        assertThat(relue("direct").statut()).isEqualTo(StatutNotification.ECHEC_DEFINITIF);
        assertThat(stockage.dernieres(personne, 10)).as("pas de repli sur un autre canal").hasSize(1);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> notifications.planifierVers(demande("faux"), Canal.SMS, "06 12"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numéro");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> notifications.planifierVers(demande("courrier"), Canal.COURRIER, "12 rue des Lilas"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("canal");
    }

    @Test
    void un_sms_attend_la_fin_des_heures_calmes_puis_est_remis_une_fois() {
        preferer(List.of(Canal.SMS, Canal.EMAIL), Canal.SMS, Canal.EMAIL);
        assertThat(notifications.planifier(demande("calme"))).contains(Canal.SMS);
        Notification n = relue("calme");
        assertThat(n.statut()).isEqualTo(StatutNotification.CREEE);
        assertThat(n.corps()).contains("Déclaration trimestrielle", "A faire avant", "lundi 15 juin 2026")
                .doesNotContain("À", "2026-06-15");

        Issue issue = expediteur.traiter(n.id());
        assertThat(issue).isEqualTo(new Issue.Reportee(Instant.parse("2026-06-11T07:00:00Z")));
        assertThat(SMS.essais).isEmpty();

        HORLOGE.regler(Instant.parse("2026-06-11T07:00:00Z"));
        assertThat(expediteur.traiter(n.id())).isEqualTo(new Issue.Terminee(null));
        assertThat(SMS.essais).hasSize(1);
        assertThat(relue("calme").statut()).isEqualTo(StatutNotification.DELIVREE);
        // Un passage de trop (reprise après arrêt brutal) ne renvoie rien.
        expediteur.traiter(n.id());
        assertThat(SMS.essais).hasSize(1);
        assertThat(stockage.historique(n.id())).extracting(e -> e.statut().code())
                .containsExactly("created", "created", "sending", "delivered");
        // Idempotent par clé.
        notifications.planifier(demande("calme"));
        assertThat(stockage.dernieres(personne, 10)).hasSize(1);
    }

    @Test
    void echecs_temporaires_avec_delais_croissants_puis_echec_motive_et_repli_sur_le_courriel() {
        preferer(List.of(Canal.SMS, Canal.EMAIL), Canal.SMS, Canal.EMAIL);
        HORLOGE.regler(Instant.parse("2026-06-11T08:00:00Z"));
        for (int i = 0; i < 5; i++) {
            SMS.reponses.add(new ResultatEnvoi.EchecTemporaire("le fournisseur SMS a répondu HTTP 500"));
        }
        notifications.planifier(demande("reprise"));
        long id = relue("reprise").id();
        List<Duration> attendus = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofHours(1));
        for (Duration attendu : attendus) {
            Issue issue = expediteur.traiter(id);
            assertThat(issue).isEqualTo(new Issue.Reportee(HORLOGE.instant().plus(attendu)));
            assertThat(relue("reprise").statut()).isEqualTo(StatutNotification.ECHEC_TEMPORAIRE);
            HORLOGE.avancer(attendu);
        }
        Issue fin = expediteur.traiter(id);
        Notification echouee = relue("reprise");
        assertThat(echouee.statut()).isEqualTo(StatutNotification.ECHEC_DEFINITIF);
        assertThat(echouee.tentatives()).isEqualTo(5);
        assertThat(echouee.raison()).isEqualTo("le fournisseur SMS a répondu HTTP 500 (abandon après 5 essais)");
        assertThat(fin).isInstanceOf(Issue.Terminee.class);
        Long repli = ((Issue.Terminee) fin).repli();
        assertThat(repli).isNotNull();
        Notification parCourriel = stockage.parId(repli).orElseThrow();
        assertThat(parCourriel.canal()).isEqualTo(Canal.EMAIL);
        assertThat(parCourriel.repliDe()).isEqualTo(id);
        expediteur.traiter(repli);
        assertThat(EMAIL.essais).extracting(m -> m.destinataire()).containsExactly("camille@exemple.fr");
    }

    @Test
    void jamais_d_envoi_sur_un_canal_refuse() {
        preferer(List.of(Canal.SMS, Canal.EMAIL));
        assertThat(notifications.planifier(demande("refus"))).isEmpty();

        preferer(List.of(Canal.SMS), Canal.SMS);
        HORLOGE.regler(Instant.parse("2026-06-11T10:00:00Z"));
        notifications.planifier(demande("retire"));
        preferences.enregistrerConsentement(personne, new Consentement(Canal.SMS, false, HORLOGE.instant(), "STOP"));
        expediteur.traiter(relue("retire").id());
        assertThat(SMS.essais).isEmpty();
        assertThat(relue("retire").statut()).isEqualTo(StatutNotification.ECHEC_DEFINITIF);
        assertThat(relue("retire").raison()).contains("retiré son accord");
    }

    @Test
    void courrier_pdf_dans_le_lot_du_jour_et_appel_dans_la_liste_des_aidants() throws Exception {
        preferer(List.of(Canal.COURRIER, Canal.TELEPHONE), Canal.COURRIER, Canal.TELEPHONE);
        HORLOGE.regler(Instant.parse("2026-06-11T10:00:00Z"));
        notifications.planifier(demande("courrier"));
        expediteur.traiter(relue("courrier").id());
        assertThat(relue("courrier").statut()).isEqualTo(StatutNotification.DELIVREE);
        List<byte[]> lot = appelsEtCourriers.courriersDuJour(java.time.LocalDate.of(2026, 6, 11));
        assertThat(lot).isNotEmpty();
        assertThat(new String(lot.get(lot.size() - 1), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        preferer(List.of(Canal.TELEPHONE), Canal.TELEPHONE);
        notifications.planifier(demande("appel"));
        expediteur.traiter(relue("appel").id());
        assertThat(appelsEtCourriers.appelsAFaire()).anySatisfy(a -> {
            assertThat(a.personneId()).isEqualTo(personne);
            assertThat(a.telephone()).isEqualTo("+33612345678");
            assertThat(a.avantLe()).isEqualTo(java.time.LocalDate.of(2026, 6, 13));
        });
    }

    @Test
    void les_fils_prennent_les_notifications_dues_par_lots_et_les_remettent_une_fois() {
        preferer(List.of(Canal.EMAIL), Canal.EMAIL);
        HORLOGE.regler(Instant.parse("2026-06-11T10:00:00Z"));
        for (String cle : List.of("lot-a", "lot-b", "lot-c")) {
            notifications.planifier(demande(cle));
        }
        // Prise de 2 au plus (requête FOR UPDATE SKIP LOCKED, ici sur H2), puis le reste ; la file se vide.
        assertThat(expediteur.traiterDues(2)).isEqualTo(2);
        int tours = 0;
        while (expediteur.traiterDues(2) > 0 && tours++ < 100) {
            // d'autres notifications dues (autres tests du même contexte) passent aussi
        }
        for (String cle : List.of("lot-a", "lot-b", "lot-c")) {
            Notification n = relue(cle);
            assertThat(n.statut()).isEqualTo(StatutNotification.DELIVREE);
            assertThat(n.tentatives()).isEqualTo(1);
            assertThat(stockage.historique(n.id())).extracting(e -> e.statut().code())
                    .containsExactly("created", "sending", "delivered");
        }
        assertThat(EMAIL.essais).filteredOn(m -> m.cle().endsWith("-" + personne)).hasSize(3);
        // Une notification terminée ne revient pas : rien à reprendre pour cette personne.
        expediteur.traiterDues(10);
        assertThat(EMAIL.essais).filteredOn(m -> m.cle().endsWith("-" + personne)).hasSize(3);
    }

    @Test
    void la_langue_choisie_redige_le_message_avec_repli_sur_le_francais_visible_dans_l_historique() {
        Map<Canal, Consentement> accords = new EnumMap<>(Canal.class);
        accords.put(Canal.EMAIL, new Consentement(Canal.EMAIL, true, SOIR, "test"));
        preferences.enregistrer(new Preferences(personne, AdresseElectronique.lire("camille@exemple.fr"), null, null,
                List.of(Canal.EMAIL), HeuresCalmes.PAR_DEFAUT, accords,
                fr.passerelle.notifications.internal.domaine.Langue.ANGLAIS), SOIR);
        assertThat(preferences.lire(personne).orElseThrow().langue())
                .isEqualTo(fr.passerelle.notifications.internal.domaine.Langue.ANGLAIS);

        notifications.planifier(demande("anglais"));
        Notification n = relue("anglais");
        assertThat(n.objet()).isEqualTo("To do before Monday 15 June 2026: Déclaration trimestrielle de ressources");
        assertThat(n.corps()).startsWith("Hello Camille. Please remember:");
        assertThat(stockage.langue(n.id())).isEqualTo("en");
        assertThat(stockage.historique(n.id()).get(0).detail()).contains("rédigée en anglais");

        // Modèle sans version anglaise : message en français, et l'historique dit pourquoi.
        notifications.planifier(new DemandeNotification("atelier-" + personne, personne, "rappel-atelier",
                Map.of("prenom", "Camille", "date", "15 juin", "lieu", "France services de Bègles"), SOIR));
        Notification atelier = stockage.parCle("atelier-" + personne).orElseThrow();
        assertThat(atelier.corps()).startsWith("Bonjour Camille.");
        assertThat(stockage.langue(atelier.id())).isEqualTo("fr");
        assertThat(stockage.historique(atelier.id()).get(0).detail())
                .contains("pas de version en anglais du modèle « rappel-atelier » : rédigée en français");
    }

    @Test
    void un_message_immediat_sur_un_canal_donne_est_enregistre_une_fois_meme_pendant_les_heures_calmes() {
        ((ServiceNotifications) notifications).envoyerSur(Canal.SMS, personne, "+33612345678", "stop-" + personne,
                "confirmation-stop", Map.of());
        ((ServiceNotifications) notifications).envoyerSur(Canal.SMS, personne, "+33612345678", "stop-" + personne,
                "confirmation-stop", Map.of());
        Notification n = stockage.parCle("stop-" + personne).orElseThrow();
        assertThat(n.canal()).isEqualTo(Canal.SMS);
        assertThat(n.destinataire()).isEqualTo("+33612345678");
        assertThat(n.modeleCode()).isEqualTo("confirmation-stop");
        assertThat(n.statut()).isEqualTo(StatutNotification.CREEE);
        assertThat(n.prevueLe()).isEqualTo(SOIR);
        assertThat(n.adresseDonnee()).isFalse();
        assertThat(stockage.langue(n.id())).isEqualTo("fr");
        assertThat(stockage.dernieres(personne, 10)).hasSize(1);
    }

    @Test
    void une_notification_annulee_n_est_pas_envoyee() {
        preferer(List.of(Canal.EMAIL), Canal.EMAIL);
        notifications.planifier(demande("annulee"));
        assertThat(notifications.annuler(demande("annulee").cle())).isTrue();
        expediteur.traiter(relue("annulee").id());
        assertThat(EMAIL.essais).isEmpty();
        assertThat(relue("annulee").statut()).isEqualTo(StatutNotification.ANNULEE);
    }
}
