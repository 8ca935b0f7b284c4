package fr.passerelle.notifications.internal.domaine;

import java.time.Instant;

import fr.passerelle.notifications.Canal;
import fr.passerelle.notifications.StatutNotification;

/**
 * Une notification : un message rédigé, pour une personne, par un canal, avec son statut et ses essais.
 *
 * @param adresseDonnee l'adresse a été donnée par l'appelant (code de mandat, message professionnel) et non lue
 *                      dans les préférences : ni consentement de canal à vérifier, ni repli
 */
public record Notification(Long id, String cle, long personneId, Canal canal, String destinataire, String modeleCode,
                           int modeleVersion, String objet, String corps, StatutNotification statut, int tentatives,
                           String raison, String referenceFournisseur, Long repliDe, Instant prevueLe,
                           Instant creeLe, Instant miseAJourLe, boolean adresseDonnee) {

    /** Notification ordinaire : le canal et l'adresse viennent des préférences de la personne. */
    public Notification(Long id, String cle, long personneId, Canal canal, String destinataire, String modeleCode,
                        int modeleVersion, String objet, String corps, StatutNotification statut, int tentatives,
                        String raison, String referenceFournisseur, Long repliDe, Instant prevueLe,
                        Instant creeLe, Instant miseAJourLe) {
        this(id, cle, personneId, canal, destinataire, modeleCode, modeleVersion, objet, corps, statut, tentatives,
                raison, referenceFournisseur, repliDe, prevueLe, creeLe, miseAJourLe, false);
    }
}
