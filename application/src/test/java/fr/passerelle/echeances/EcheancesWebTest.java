package fr.passerelle.echeances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages de l'échéancier et des notifications (MockMvc, comptes de démonstration) : saisies refusées avec le
 * champ et la raison sans rien perdre, recalcul, export et abonnement iCalendar, droits d'accès.
 */
@SpringBootTest(properties = {"passerelle.notifications.ordonnanceur.actif=false",
        "passerelle.notifications.sms.secret-entrant=secret-de-test"})
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class EcheancesWebTest {

    @Autowired
    MockMvc mvc;

    MockHttpSession connecter(String email) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/connexion").session(session).with(csrf()).param("email", email).param("motDePasse", "passerelle-demo"))
                .andExpect(redirectedUrl("/mon-espace"));
        return session;
    }

    @Test
    void echeancier_situation_pieces_et_erreurs_de_saisie() throws Exception {
        MockHttpSession usager = connecter("usager@demo.passerelle.fr");
        mvc.perform(get("/mon-echeancier").session(usager)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Mon échéancier</h1>"),
                        containsString("Déclarer vos revenus de l&#39;année"))));
        // Date passée et nombre illisible : refusés, le reste est gardé.
        mvc.perform(post("/mon-echeancier/situation").session(usager).with(csrf()).param("rsa", "oui")
                        .param("finCss", "2001-01-01").param("revisionAah", "").param("enfantsScolarises", "deux"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<title>Erreur : mon échéancier"),
                        containsString("Cette date est déjà passée (1/1/2001)"), containsString("id=\"finCss-erreur\""),
                        containsString("aria-describedby=\"finCss-aide finCss-erreur\""), containsString("value=\"2001-01-01\""),
                        containsString("Indiquez un nombre en chiffres"), containsString("value=\"deux\""),
                        containsString("id=\"rsa\" name=\"rsa\" value=\"oui\" checked"))));
        String fin = LocalDate.now().plusMonths(8).toString();
        mvc.perform(post("/mon-echeancier/situation").session(usager).with(csrf()).param("rsa", "oui")
                        .param("finCss", fin).param("enfantsScolarises", "2"))
                .andExpect(redirectedUrl("/mon-echeancier"));
        mvc.perform(get("/mon-echeancier").session(usager)).andExpect(content().string(allOf(
                containsString("Déclarer vos ressources du trimestre"), containsString("complémentaire santé solidaire"),
                containsString("data-regle=\"dtr\""), containsString("data-regle=\"css\""))));
        // Papier expiré refusé ; papier valable ajouté.
        mvc.perform(post("/mon-echeancier/pieces").session(usager).with(csrf()).param("type", "PASSEPORT").param("expireLe", "12/03/2020"))
                .andExpect(content().string(allOf(containsString("Cette date est déjà passée"), containsString("value=\"12/03/2020\""))));
        mvc.perform(post("/mon-echeancier/pieces").session(usager).with(csrf()).param("type", "").param("expireLe", "n'importe quoi"))
                .andExpect(content().string(allOf(containsString("Choisissez le type de papier"), containsString("pas lisible"))));
        mvc.perform(post("/mon-echeancier/pieces").session(usager).with(csrf()).param("type", "TITRE_SEJOUR")
                        .param("expireLe", LocalDate.now().plusMonths(5).toString()))
                .andExpect(redirectedUrl("/mon-echeancier"));
        mvc.perform(get("/mon-echeancier").session(usager)).andExpect(content().string(containsString("data-regle=\"titre-sejour\"")));
    }

    @Test
    void export_et_abonnement_icalendar_revocable() throws Exception {
        MockHttpSession usager = connecter("usager@demo.passerelle.fr");
        mvc.perform(get("/mon-echeancier/calendrier.ics").session(usager)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/calendar")))
                .andExpect(content().string(allOf(containsString("BEGIN:VCALENDAR"), containsString("BEGIN:VEVENT"))));
        mvc.perform(post("/mon-echeancier/abonnement").session(usager).with(csrf())).andExpect(redirectedUrl("/mon-echeancier#agenda"));
        String page = mvc.perform(get("/mon-echeancier").session(usager)).andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("/calendrier/([A-Za-z0-9_-]+)\\.ics").matcher(page);
        assertThat(m.find()).isTrue();
        String chemin = "/calendrier/" + m.group(1) + ".ics";
        mvc.perform(get(chemin)).andExpect(status().isOk()).andExpect(content().string(containsString("BEGIN:VCALENDAR")));
        mvc.perform(post("/mon-echeancier/abonnement/revoquer").session(usager).with(csrf()));
        mvc.perform(get(chemin)).andExpect(status().isNotFound());
        mvc.perform(get("/calendrier/pas-un-jeton.ics")).andExpect(status().isNotFound());
    }

    @Test
    void aidant_ajoute_un_rendez_vous_et_les_erreurs_sont_nommees() throws Exception {
        MockHttpSession aidant = connecter("aidant@demo.passerelle.fr");
        mvc.perform(post("/aidant/rendez-vous").session(aidant).with(csrf()).param("email", "inconnu@exemple.fr")
                        .param("date", "2020-01-01").param("heure", "25:99").param("lieu", "").param("objet", "Retraite"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Aucun compte usager"), containsString("déjà passée"),
                        containsString("heure n&#39;est pas lisible"), containsString("Indiquez le lieu"),
                        containsString("value=\"Retraite\""), containsString("value=\"inconnu@exemple.fr\""))));
        mvc.perform(post("/aidant/rendez-vous").session(aidant).with(csrf()).param("email", "usager@demo.passerelle.fr")
                        .param("date", LocalDate.now().plusDays(10).toString()).param("heure", "14:30")
                        .param("lieu", "France services de Bègles").param("objet", "Dossier de retraite"))
                .andExpect(redirectedUrl("/aidant/rendez-vous"));
        mvc.perform(get("/aidant/appels").session(aidant)).andExpect(status().isOk());
        mvc.perform(get("/mon-echeancier").session(connecter("usager@demo.passerelle.fr")))
                .andExpect(content().string(containsString("Dossier de retraite")));
    }

    @Test
    void preferences_numero_et_courriel_refuses_a_la_saisie() throws Exception {
        MockHttpSession usager = connecter("usager@demo.passerelle.fr");
        mvc.perform(get("/mes-preferences").session(usager)).andExpect(status().isOk());
        mvc.perform(post("/mes-preferences").session(usager).with(csrf()).param("email", "camille@@exemple")
                        .param("telephone", "06 12 34").param("canal1", "SMS").param("canal2", "SMS").param("accordSMS", "oui")
                        .param("heuresCalmesDebut", "20:00").param("heuresCalmesFin", "09:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<title>Erreur : comment être prévenu"),
                        containsString("adresse de courriel n&#39;est pas lisible"), containsString("value=\"camille@@exemple\""),
                        containsString("numéro de téléphone n&#39;existe pas"), containsString("value=\"06 12 34\""),
                        containsString("déjà choisi plus haut"), containsString("aria-describedby=\"telephone-aide telephone-erreur\""))));
        mvc.perform(post("/mes-preferences").session(usager).with(csrf()).param("email", "camille@exemple.fr")
                        .param("telephone", "06 12 34 56 78").param("canal1", "SMS").param("canal2", "EMAIL")
                        .param("accordEMAIL", "oui").param("heuresCalmesDebut", "20:00").param("heuresCalmesFin", "09:00"))
                .andExpect(content().string(containsString("cochez la case d&#39;accord")));
        // Langue inconnue : refusée avec le champ et la raison, le reste de la saisie est gardé.
        mvc.perform(post("/mes-preferences").session(usager).with(csrf()).param("email", "camille@exemple.fr")
                        .param("telephone", "06 12 34 56 78").param("canal1", "SMS").param("canal2", "EMAIL")
                        .param("accordSMS", "oui").param("accordEMAIL", "oui").param("langue", "de")
                        .param("heuresCalmesDebut", "20:00").param("heuresCalmesFin", "09:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("« de » n&#39;est pas proposée"),
                        containsString("id=\"langue-erreur\""), containsString("aria-describedby=\"langue-aide langue-erreur\""),
                        containsString("value=\"06 12 34 56 78\""))));
        mvc.perform(post("/mes-preferences").session(usager).with(csrf()).param("email", "camille@exemple.fr")
                        .param("telephone", "06 12 34 56 78").param("canal1", "SMS").param("canal2", "EMAIL")
                        .param("accordSMS", "oui").param("accordEMAIL", "oui").param("langue", "en")
                        .param("heuresCalmesDebut", "20:00").param("heuresCalmesFin", "09:00"))
                .andExpect(redirectedUrl("/mes-preferences"));
        mvc.perform(get("/mes-preferences").session(usager))
                .andExpect(content().string(allOf(
                containsString("value=\"06 12 34 56 78\""), containsString("Accord donné le"),
                containsString("value=\"en\" lang=\"en\" selected"))));
        // Réponse STOP par SMS : accord retiré.
        mvc.perform(post("/notifications/sms/entrant").header("X-Passerelle-Secret", "mauvais").param("from", "+33612345678").param("text", "STOP"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/notifications/sms/entrant").header("X-Passerelle-Secret", "secret-de-test")
                        .param("from", "+33612345678").param("text", "Stop"))
                .andExpect(status().isOk()).andExpect(content().string("DESINSCRIT"));
        mvc.perform(get("/mes-preferences").session(usager)).andExpect(content().string(containsString("Accord retiré le")));
        mvc.perform(post("/notifications/sms/entrant").header("X-Passerelle-Secret", "secret-de-test")
                        .param("from", "06 12 34 56 78").param("text", "aide"))
                .andExpect(content().string("RAPPEL_DEMANDE"));
        mvc.perform(get("/aidant/appels").session(connecter("aidant@demo.passerelle.fr")))
                .andExpect(content().string(containsString("répondu AIDE")));
    }

    @Test
    void modeles_variable_inconnue_refusee_apercu_et_version() throws Exception {
        MockHttpSession admin = connecter("admin@demo.passerelle.fr");
        mvc.perform(get("/notifications/modeles").session(admin)).andExpect(status().isOk());
        mvc.perform(post("/notifications/modeles").session(admin).with(csrf()).param("code", "rappel-echeance")
                        .param("objet", "Rappel").param("corps", "Bonjour ((prenom)), votre ((numero_caf)).").param("action", "enregistrer"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Message : La variable ((numero_caf)) n&#39;existe pas"),
                        containsString("aria-describedby=\"corps-aide corps-erreur\""), containsString("votre ((numero_caf)).</textarea>"))));
        mvc.perform(post("/notifications/modeles").session(admin).with(csrf()).param("code", "rappel-echeance")
                        .param("objet", "Rappel : ((demarche))").param("corps", "Bonjour ((prenom)), avant le ((date)).").param("action", "apercu"))
                .andExpect(content().string(allOf(containsString("Bonjour Camille, avant le lundi 15 juin 2026."),
                        containsString("Tient en un seul SMS"))));
        mvc.perform(post("/notifications/modeles").session(admin).with(csrf()).param("code", "rappel-echeance")
                        .param("objet", "Rappel : ((demarche))").param("corps", "Bonjour ((prenom)), avant le ((date)).").param("action", "enregistrer"))
                .andExpect(redirectedUrl("/notifications/modeles?code=rappel-echeance"));
        mvc.perform(get("/notifications/modeles").session(admin).param("code", "rappel-echeance"))
                .andExpect(content().string(containsString("<td>2</td>")));
    }

    @Autowired
    fr.passerelle.echeances.internal.ServiceEcheancier echeancier;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void le_recalcul_quotidien_replanifie_les_rappels_perdus() throws Exception {
        MockHttpSession usager = connecter("usager@demo.passerelle.fr");
        mvc.perform(post("/mon-echeancier/situation").session(usager).with(csrf()).param("chequeEnergie", "oui")
                .param("finCss", LocalDate.now().plusMonths(9).toString()).param("enfantsScolarises", "0"));
        jdbc.update("DELETE FROM rappel_planifie");
        assertThat(echeancier.recalculerTout(transaction)).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rappel_planifie WHERE cle LIKE '%:css:%'", Integer.class))
                .isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'recalcul-echeanciers'",
                Integer.class)).isEqualTo(0).as("ordonnanceur arrêté dans ce test : la tâche n'est pas encore programmée");
    }

    @Test
    void droits_d_acces() throws Exception {
        mvc.perform(get("/mon-echeancier")).andExpect(redirectedUrl("/connexion"));
        MockHttpSession usager = connecter("usager@demo.passerelle.fr");
        mvc.perform(get("/notifications/modeles").session(usager)).andExpect(status().isForbidden());
        mvc.perform(get("/aidant/appels").session(usager)).andExpect(status().isForbidden());
        mvc.perform(get("/mon-echeancier").session(connecter("aidant@demo.passerelle.fr"))).andExpect(status().isForbidden());
        mvc.perform(get("/notifications/courriers/2026-01-01.pdf").session(connecter("admin@demo.passerelle.fr")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/espace/usager").session(usager)).andExpect(content().string(allOf(containsString("Mon échéancier"),
                not(containsString("Modèles de messages")))));
    }
}
