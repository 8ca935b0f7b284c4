package fr.passerelle.notifications.internal.envoi;

import java.time.Instant;

/** Ce que l'ordonnanceur doit faire après un passage : oublier la tâche, ou la reprogrammer. */
public sealed interface Issue {

    /** Plus rien à faire pour cette notification ; {@code repli} : notification de repli créée, à programmer. */
    record Terminee(Long repli) implements Issue {
    }

    /** À reprendre plus tard (délai de reprise, heures calmes). */
    record Reportee(Instant quand) implements Issue {
    }
}
