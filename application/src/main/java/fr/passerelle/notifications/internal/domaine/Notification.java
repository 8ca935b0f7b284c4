package fr.passerelle.notifications.internal.domaine;

import java.time.Instant;

import fr.passerelle.notifications.Canal;
import fr.passerelle.notifications.StatutNotification;

/** Une notification : un message rédigé, pour une personne, par un canal, avec son statut et ses essais. */
public record Notification(Long id, String cle, long personneId, Canal canal, String destinataire, String modeleCode,
                           int modeleVersion, String objet, String corps, StatutNotification statut, int tentatives,
                           String raison, String referenceFournisseur, Long repliDe, Instant prevueLe,
                           Instant creeLe, Instant miseAJourLe) {
}
