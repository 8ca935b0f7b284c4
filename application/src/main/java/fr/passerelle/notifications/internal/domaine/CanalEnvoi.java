package fr.passerelle.notifications.internal.domaine;

import fr.passerelle.notifications.Canal;

/**
 * Un canal d'envoi (port) : une implémentation réelle (SMTP, fournisseur SMS HTTP, PDF, liste d'appels) et une
 * locale pour les tests et la démonstration. Doit être idempotent par {@link Message#cle()} côté fournisseur.
 */
public interface CanalEnvoi {

    Canal canal();

    /** Ne lève pas d'exception pour un échec attendu : le décrit dans le résultat. */
    ResultatEnvoi envoyer(Message message);
}
