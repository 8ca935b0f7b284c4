package fr.passerelle.notifications.internal.domaine;

import fr.passerelle.notifications.Canal;

/** Ce qu'un canal reçoit pour l'envoyer ; {@code cle} est la clé d'idempotence transmise au fournisseur. */
public record Message(String cle, long personneId, Canal canal, String destinataire, String objet, String corps) {
}
