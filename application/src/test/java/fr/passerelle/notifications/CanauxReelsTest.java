package fr.passerelle.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import fr.passerelle.notifications.internal.canaux.EmailSmtpCanal;
import fr.passerelle.notifications.internal.canaux.SmsHttpCanal;
import fr.passerelle.notifications.internal.domaine.Message;
import fr.passerelle.notifications.internal.domaine.ResultatEnvoi;

/** Les canaux réels contre de vrais serveurs : GreenMail (SMTP) et un fournisseur SMS HTTP simulé. */
class CanauxReelsTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    HttpServer fournisseur;
    final AtomicReference<String> comportement = new AtomicReference<>("ok");
    final List<String> recus = new CopyOnWriteArrayList<>();

    @BeforeEach
    void demarrerFournisseur() throws IOException {
        fournisseur = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fournisseur.createContext("/messages", this::repondre);
        fournisseur.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        fournisseur.start();
    }

    @AfterEach
    void arreterFournisseur() {
        fournisseur.stop(0);
    }

    void repondre(HttpExchange echange) throws IOException {
        recus.add(echange.getRequestHeaders().getFirst("Idempotency-Key") + " "
                + echange.getRequestHeaders().getFirst("Authorization") + " "
                + new String(echange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String corps;
        int code;
        switch (comportement.get()) {
            case "500" -> { code = 500; corps = "erreur"; }
            case "400" -> { code = 400; corps = "{\"error\":\"numéro invalide\"}"; }
            case "charabia" -> { code = 200; corps = "<html>¿qué?</html>"; }
            case "lent" -> {
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                code = 200; corps = "{\"id\":\"trop-tard\"}";
            }
            default -> { code = 201; corps = "{\"id\":\"sms-42\",\"status\":\"accepted\"}"; }
        }
        byte[] octets = corps.getBytes(StandardCharsets.UTF_8);
        echange.sendResponseHeaders(code, octets.length);
        echange.getResponseBody().write(octets);
        echange.close();
    }

    SmsHttpCanal canalSms(Duration delai) {
        return new SmsHttpCanal("http://127.0.0.1:" + fournisseur.getAddress().getPort() + "/", "cle-secrete", "Passerelle", delai);
    }

    static Message message(Canal canal, String destinataire) {
        return new Message("cle-123", 7L, canal, destinataire, "Votre démarche", "Bonjour « Camille », c'est l'heure.\nÀ bientôt");
    }

    @Test
    void sms_remis_avec_la_cle_d_idempotence_et_la_cle_d_api() {
        ResultatEnvoi r = canalSms(Duration.ofSeconds(2)).envoyer(message(Canal.SMS, "+33612345678"));
        assertThat(r).isEqualTo(new ResultatEnvoi.Remis("sms-42"));
        assertThat(recus).singleElement().satisfies(requete -> assertThat(requete)
                .startsWith("cle-123 Bearer cle-secrete ")
                .contains("\"to\":\"+33612345678\"", "\"from\":\"Passerelle\"", "\\nÀ bientôt", "\"reference\":\"cle-123\""));
    }

    @Test
    void fournisseur_sms_en_panne_lent_ou_incoherent_echec_temporaire_motive() {
        comportement.set("500");
        assertThat(canalSms(Duration.ofSeconds(2)).envoyer(message(Canal.SMS, "+33612345678")))
                .isEqualTo(new ResultatEnvoi.EchecTemporaire("le fournisseur SMS a répondu HTTP 500"));
        comportement.set("charabia");
        assertThat(canalSms(Duration.ofSeconds(2)).envoyer(message(Canal.SMS, "+33612345678")))
                .isEqualTo(new ResultatEnvoi.EchecTemporaire("réponse illisible du fournisseur SMS (HTTP 200)"));
        comportement.set("lent");
        assertThat(canalSms(Duration.ofSeconds(1)).envoyer(message(Canal.SMS, "+33612345678")))
                .isEqualTo(new ResultatEnvoi.EchecTemporaire("le fournisseur SMS n'a pas répondu dans le délai de 1 s"));
        comportement.set("400");
        assertThat(canalSms(Duration.ofSeconds(2)).envoyer(message(Canal.SMS, "+33612345678")))
                .isEqualTo(new ResultatEnvoi.EchecDefinitif("le fournisseur SMS a refusé le message (HTTP 400)"));
    }

    @Test
    void fournisseur_sms_injoignable() {
        fournisseur.stop(0);
        assertThat(canalSms(Duration.ofSeconds(1)).envoyer(message(Canal.SMS, "+33612345678")))
                .isInstanceOf(ResultatEnvoi.EchecTemporaire.class);
    }

    @Test
    void courriel_remis_a_un_vrai_serveur_smtp() throws Exception {
        JavaMailSenderImpl expediteur = new JavaMailSenderImpl();
        expediteur.setHost("127.0.0.1");
        expediteur.setPort(smtp.getSmtp().getPort());
        EmailSmtpCanal canal = new EmailSmtpCanal(expediteur, "Passerelle <ne-pas-repondre@passerelle.test>");
        assertThat(canal.envoyer(message(Canal.EMAIL, "camille@exemple.fr"))).isInstanceOf(ResultatEnvoi.Remis.class);
        MimeMessage[] recus = smtp.getReceivedMessages();
        assertThat(recus).hasSize(1);
        assertThat(recus[0].getSubject()).isEqualTo("Votre démarche");
        assertThat(recus[0].getHeader(EmailSmtpCanal.ENTETE_CLE)).containsExactly("cle-123");
        assertThat(((String) recus[0].getContent())).contains("Bonjour « Camille »");
        assertThat(recus[0].getAllRecipients()[0].toString()).isEqualTo("camille@exemple.fr");
    }

    @Test
    void serveur_smtp_arrete_echec_temporaire() {
        JavaMailSenderImpl expediteur = new JavaMailSenderImpl();
        expediteur.setHost("127.0.0.1");
        expediteur.setPort(1);
        assertThat(new EmailSmtpCanal(expediteur, "ne-pas-repondre@passerelle.test").envoyer(message(Canal.EMAIL, "a@exemple.fr")))
                .isInstanceOf(ResultatEnvoi.EchecTemporaire.class);
    }
}
