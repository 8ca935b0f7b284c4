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

    /**
     * Enregistre un message pour une adresse donnée sur place, sans lire les préférences de la personne : le code de
     * mandat envoyé au portable que la personne tend au guichet, le courriel professionnel d'un aidant ou d'un agent.
     * Le canal et l'adresse sont validés (numéro français normalisé, adresse électronique bien formée) ; pas de repli
     * sur un autre canal. Idempotent par clé.
     *
     * @param demande     {@code personneId} est le compte de la personne, ou 0 si elle n'en a pas
     * @param canal       {@link Canal#SMS} ou {@link Canal#EMAIL}
     * @param destinataire numéro de téléphone ou adresse électronique
     * @throws IllegalArgumentException si l'adresse n'est pas valable pour ce canal (le message le dit)
     */
    Canal planifierVers(DemandeNotification demande, Canal canal, String destinataire);

    /** Annule une notification pas encore envoyée (sans effet si elle l'est déjà). */
    boolean annuler(String cle);
}
