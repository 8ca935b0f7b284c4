package fr.passerelle.mandats;

import java.time.Instant;
import java.util.Set;

/** Événement : la personne a consenti, le mandat est actif. */
public record MandatSigne(long mandatId, long dossierId, long structureId, Set<Perimetre> perimetres, Instant finLe) {
}
