package fr.passerelle.notifications.internal.envoi;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import fr.passerelle.notifications.Canal;
import fr.passerelle.notifications.internal.canaux.CourrierCanal;
import fr.passerelle.notifications.internal.canaux.EmailSmtpCanal;
import fr.passerelle.notifications.internal.canaux.PuitsLocal;
import fr.passerelle.notifications.internal.canaux.SmsHttpCanal;
import fr.passerelle.notifications.internal.canaux.TelephoneCanal;
import fr.passerelle.notifications.internal.domaine.CanalEnvoi;
import fr.passerelle.notifications.internal.domaine.PolitiqueReprise;
import fr.passerelle.notifications.internal.persistance.AppelsEtCourriersJdbc;

/**
 * Choix des canaux : {@code passerelle.notifications.email.mode} = {@code local} (démonstration) ou {@code smtp}
 * (réglages {@code spring.mail.*}) ; {@code passerelle.notifications.sms.mode} = {@code local} ou {@code http}
 * (fournisseur à {@code sms.url}, clé {@code sms.cle}, nom d'expéditeur {@code sms.expediteur}).
 * Courrier (PDF) et téléphone (liste d'appels) sont toujours réels.
 */
@Configuration(proxyBeanMethods = false)
class CanauxConfiguration {

    @Bean
    CanauxEnvoi canauxEnvoi(@Value("${passerelle.notifications.email.mode:local}") String modeEmail,
                            @Value("${passerelle.notifications.email.expediteur:Passerelle <ne-pas-repondre@passerelle.beta.gouv.fr>}") String de,
                            ObjectProvider<JavaMailSender> smtp,
                            @Value("${passerelle.notifications.sms.mode:local}") String modeSms,
                            @Value("${passerelle.notifications.sms.url:}") String urlSms,
                            @Value("${passerelle.notifications.sms.cle:}") String cleSms,
                            @Value("${passerelle.notifications.sms.expediteur:Passerelle}") String expediteurSms,
                            @Value("${passerelle.notifications.sms.delai:PT5S}") Duration delaiSms,
                            AppelsEtCourriersJdbc stockage, Clock horloge) {
        CanalEnvoi email = switch (modeEmail) {
            case "smtp" -> new EmailSmtpCanal(smtp.getObject(), de);
            case "local" -> new PuitsLocal(Canal.EMAIL);
            default -> throw new IllegalStateException("passerelle.notifications.email.mode : local ou smtp, pas " + modeEmail);
        };
        CanalEnvoi sms = switch (modeSms) {
            case "http" -> new SmsHttpCanal(urlSms, cleSms, expediteurSms, delaiSms);
            case "local" -> new PuitsLocal(Canal.SMS);
            default -> throw new IllegalStateException("passerelle.notifications.sms.mode : local ou http, pas " + modeSms);
        };
        return new CanauxEnvoi(List.of(email, sms, new CourrierCanal(stockage, horloge), new TelephoneCanal(stockage, horloge)));
    }

    @Bean
    PolitiqueReprise politiqueReprise(@Value("${passerelle.notifications.reprise.delais:PT30S,PT2M,PT10M,PT1H}") String delais) {
        return new PolitiqueReprise(Arrays.stream(delais.split(",")).map(String::strip).map(Duration::parse).toList());
    }
}
