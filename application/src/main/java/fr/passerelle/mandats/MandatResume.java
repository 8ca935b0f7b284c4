package fr.passerelle.mandats;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Ce que les autres modules (et la personne) voient d'un mandat. */
public record MandatResume(long id, long dossierId, long structureId, Set<Perimetre> perimetres, EtatMandat etat,
                           Instant debutLe, Instant finLe, Optional<Instant> revoqueLe) {
}
