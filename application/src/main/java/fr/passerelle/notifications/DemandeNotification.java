package fr.passerelle.notifications;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Demande d'envoi d'un message à une personne : le canal est choisi selon ses préférences et ses consentements.
 *
 * @param cle       clé d'idempotence (une seule notification par clé, même demandée deux fois)
 * @param personneId identifiant du compte de la personne
 * @param modele    code du modèle (sa dernière version est utilisée)
 * @param variables valeurs des variables du modèle ; une date s'y donne en AAAA-MM-JJ et une heure en HH:MM, que le
 *                  message écrit dans la langue de la personne (« lundi 15 juin 2026 », « Monday 15 June 2026 »)
 * @param prevueLe  à partir de quand envoyer
 */
public record DemandeNotification(String cle, long personneId, String modele, Map<String, String> variables,
                                  Instant prevueLe) {

    public DemandeNotification {
        Objects.requireNonNull(cle, "cle");
        Objects.requireNonNull(modele, "modele");
        Objects.requireNonNull(prevueLe, "prevueLe");
        variables = Map.copyOf(variables);
    }
}
