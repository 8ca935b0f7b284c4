package fr.passerelle.dossiers;

import java.time.Instant;

/**
 * Événement : un échange a été enregistré dans un dossier de cette structure. Publié dans la transaction qui
 * l'écrit : un écouteur synchrone y ajoute ses propres écritures (les cumuls de l'observatoire).
 *
 * @param canal nom du canal ({@code GUICHET}, {@code TELEPHONE}, {@code ATELIER}, {@code MARAUDE}…)
 */
public record EchangeEnregistre(long structureId, String canal, Instant le, boolean regleAuPremierContact) {
}
