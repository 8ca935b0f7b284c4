package fr.passerelle.notifications;

import java.util.Optional;

/** Point d'entrée des autres modules : planifier ou annuler un message. Transactionnel (boîte d'envoi). */
public interface Notifications {

    /**
     * Enregistre la notification et son envoi futur dans la transaction de l'appelant. Idempotent par clé.
     *
     * @return le canal retenu, ou vide si la personne n'a consenti à aucun canal utilisable
     */
    Optional<Canal> planifier(DemandeNotification demande);

    /** Annule une notification pas encore envoyée (sans effet si elle l'est déjà). */
    boolean annuler(String cle);
}
