package fr.passerelle.mandats;

import java.time.Instant;
import java.util.Objects;

/** Décision d'accès : autorisé (par tel mandat, jusqu'à telle date) ou refusé (avec une raison lisible). */
public sealed interface DecisionAcces {

    record Autorise(long mandatId, Instant finLe) implements DecisionAcces {
    }

    /** @param raison phrase en français simple, à lire à l'aidant (« le mandat a été révoqué le … ») */
    record Refuse(String raison) implements DecisionAcces {
        public Refuse {
            Objects.requireNonNull(raison, "raison");
        }
    }
}
