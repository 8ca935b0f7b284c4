package fr.passerelle.saisines.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.passerelle.dossiers.DossierEfface;
import fr.passerelle.saisines.internal.persistance.LettresJdbc;
import fr.passerelle.saisines.internal.persistance.SaisinesJdbc;

/**
 * Effacement à la demande de la personne (RGPD, article 17) : quand son dossier est effacé, ses saisines (fil et
 * pièces compris) et ses lettres de rectification le sont aussi. Le journal d'accès, lui, reste (ADR 0006).
 */
@Component
class EffacementSaisines {

    private static final Logger LOG = LoggerFactory.getLogger(EffacementSaisines.class);

    private final SaisinesJdbc saisines;
    private final LettresJdbc lettres;

    EffacementSaisines(SaisinesJdbc saisines, LettresJdbc lettres) {
        this.saisines = saisines;
        this.lettres = lettres;
    }

    /**
     * Après la validation de l'effacement du dossier, dans sa propre transaction (comme
     * {@code @ApplicationModuleListener}, dont le module d'événements n'est pas une dépendance du projet).
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void surDossierEfface(DossierEfface efface) {
        int n = saisines.effacerDuDossier(efface.dossierId());
        int l = lettres.effacerDuDossier(efface.dossierId());
        LOG.info("Dossier n° {} effacé : {} saisine(s) et {} lettre(s) de rectification effacées", efface.dossierId(), n, l);
    }
}
