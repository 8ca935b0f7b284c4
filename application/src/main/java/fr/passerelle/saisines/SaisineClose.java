package fr.passerelle.saisines;

import java.time.Instant;

/**
 * Événement : un agent a clos la saisine.
 *
 * @param issue RESOLUE, REFUSEE ou REORIENTEE
 */
public record SaisineClose(long saisineId, long dossierId, long organisationId, String issue, Instant le) {
}
