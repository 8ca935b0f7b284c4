package fr.passerelle.dossiers;

import java.time.Instant;

/**
 * Événement : un échange a été retiré d'un dossier de cette structure (effacement du dossier, RGPD article 17), avec
 * ce qu'il était, pour que les cumuls qui le comptaient le décomptent.
 */
public record EchangeRetire(long structureId, String canal, Instant le, boolean regleAuPremierContact) {
}
