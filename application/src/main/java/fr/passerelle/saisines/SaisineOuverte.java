package fr.passerelle.saisines;

import java.time.Instant;

import fr.passerelle.mandats.Perimetre;

/** Événement : un aidant a saisi une organisation au sujet du dossier d'une personne. */
public record SaisineOuverte(long saisineId, long dossierId, long organisationId, Perimetre perimetre, Instant le) {
}
