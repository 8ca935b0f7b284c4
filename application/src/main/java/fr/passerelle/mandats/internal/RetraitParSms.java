package fr.passerelle.mandats.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.passerelle.notifications.MotCleSmsRecu;

/** Écoute les mots-clés SMS reçus par les notifications : {@code RETIRER} retire les mandats de ce portable. */
@Component
class RetraitParSms {

    static final String MOT_CLE = "RETIRER";
    private static final Logger JOURNAL = LoggerFactory.getLogger(RetraitParSms.class);

    private final ServiceMandats mandats;

    RetraitParSms(ServiceMandats mandats) {
        this.mandats = mandats;
    }

    /**
     * Après la validation de la réception (comme {@code @ApplicationModuleListener}, dont le module d'événements
     * n'est pas une dépendance du projet), dans sa propre transaction, sans attendre : l'accès cesse à l'instant.
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void surMotCle(MotCleSmsRecu sms) {
        if (MOT_CLE.equals(sms.motCle())) {
            int retires = mandats.retirerParSms(sms.numero());
            JOURNAL.info("RETIRER reçu par SMS : {} mandat(s) retiré(s)", retires);
        }
    }
}
