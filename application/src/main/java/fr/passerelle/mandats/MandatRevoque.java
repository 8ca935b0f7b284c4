package fr.passerelle.mandats;

import java.time.Instant;

/**
 * Événement : la personne a révoqué le mandat ; l'accès cesse à l'instant.
 *
 * @param par « espace personnel », « SMS » ou « guichet »
 */
public record MandatRevoque(long mandatId, long dossierId, String par, Instant le) {
}
