package fr.passerelle.mandats;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Ce que les autres modules (et la personne) voient d'un mandat.
 *
 * @param etat    état à l'instant de la lecture ({@link EtatMandat#EXPIRE} se déduit de la fin, il n'est pas enregistré)
 * @param debutLe la signature ; tant que la personne n'a pas signé, la préparation
 * @param finLe   la signature plus la durée ; tant que la personne n'a pas signé, fin prévisionnelle (préparation plus
 *                la durée)
 */
public record MandatResume(long id, long dossierId, long structureId, Set<Perimetre> perimetres, EtatMandat etat,
                           Instant debutLe, Instant finLe, Optional<Instant> revoqueLe) {
}
