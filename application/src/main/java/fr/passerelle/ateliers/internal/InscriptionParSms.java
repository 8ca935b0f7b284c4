package fr.passerelle.ateliers.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.passerelle.notifications.MotCleSmsRecu;

/** Écoute les mots-clés SMS reçus par les notifications : {@code ATELIER <code>} inscrit ce numéro à l'atelier. */
@Component
class InscriptionParSms {

    static final String MOT_CLE = "ATELIER";
    private static final Logger JOURNAL = LoggerFactory.getLogger(InscriptionParSms.class);

    private final ServiceAteliers service;

    InscriptionParSms(ServiceAteliers service) {
        this.service = service;
    }

    /** Après la validation de la réception, dans sa propre transaction (comme le retrait des mandats par SMS). */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void surMotCle(MotCleSmsRecu sms) {
        if (MOT_CLE.equals(sms.motCle())) {
            ServiceAteliers.ReponseSms reponse = service.inscrireParSms(sms.numero(), sms.texte(), sms.recuLe());
            // Ni numéro ni nom au journal applicatif : l'atelier et le résultat suffisent.
            JOURNAL.info("Inscription par SMS : atelier {}, {}", reponse.atelierId().map(String::valueOf).orElse("inconnu"),
                    reponse.inscrite() ? "inscrite" : "refusée");
        }
    }
}
