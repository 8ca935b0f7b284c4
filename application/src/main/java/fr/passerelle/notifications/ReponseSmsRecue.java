package fr.passerelle.notifications;

import java.time.Instant;

/** Une personne a répondu par SMS avec un mot-clé reconnu ({@code STOP}, {@code AIDE}, {@code OK}). */
public record ReponseSmsRecue(long personneId, String motCle, Instant recueLe) {
}
