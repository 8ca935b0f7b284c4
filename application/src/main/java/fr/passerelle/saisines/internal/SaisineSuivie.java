package fr.passerelle.saisines.internal;

import java.time.Instant;
import java.util.Optional;

import fr.passerelle.saisines.internal.domaine.Saisine;

/** Une saisine avec son signalement de retard, calculé à l'instant de la lecture. */
public record SaisineSuivie(Saisine saisine, boolean enRetard, Optional<Instant> reponseAttendueAvant, int delaiJours) {
}
