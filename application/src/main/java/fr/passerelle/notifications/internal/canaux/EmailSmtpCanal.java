package fr.passerelle.notifications.internal.canaux;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import fr.passerelle.notifications.Canal;
import fr.passerelle.notifications.internal.domaine.CanalEnvoi;
import fr.passerelle.notifications.internal.domaine.Message;
import fr.passerelle.notifications.internal.domaine.ResultatEnvoi;

/** Courriel par SMTP (Spring {@link JavaMailSender}) ; la clé d'idempotence part dans l'en-tête {@code X-Passerelle-Cle}. */
public class EmailSmtpCanal implements CanalEnvoi {

    public static final String ENTETE_CLE = "X-Passerelle-Cle";

    private final JavaMailSender expediteur;
    private final String de;

    public EmailSmtpCanal(JavaMailSender expediteur, String de) {
        this.expediteur = expediteur;
        this.de = de;
    }

    @Override
    public Canal canal() {
        return Canal.EMAIL;
    }

    @Override
    public ResultatEnvoi envoyer(Message message) {
        try {
            MimeMessage mime = expediteur.createMimeMessage();
            MimeMessageHelper aide = new MimeMessageHelper(mime, false, "UTF-8");
            aide.setFrom(de);
            aide.setTo(message.destinataire());
            aide.setSubject(message.objet());
            aide.setText(message.corps(), false);
            mime.setHeader(ENTETE_CLE, message.cle());
            expediteur.send(mime);
            return new ResultatEnvoi.Remis(message.cle());
        } catch (MailParseException e) {
            return new ResultatEnvoi.EchecDefinitif("adresse ou message refusé : " + e.getMessage());
        } catch (MailSendException e) {
            boolean adresseRefusee = e.getFailedMessages().values().stream().anyMatch(SendFailedException.class::isInstance);
            return adresseRefusee
                    ? new ResultatEnvoi.EchecDefinitif("adresse refusée par le serveur de courriel")
                    : new ResultatEnvoi.EchecTemporaire("serveur de courriel injoignable : " + e.getMessage());
        } catch (MailAuthenticationException e) {
            return new ResultatEnvoi.EchecTemporaire("authentification SMTP refusée");
        } catch (MailException | MessagingException e) {
            return new ResultatEnvoi.EchecTemporaire("envoi du courriel impossible : " + e.getMessage());
        }
    }
}
