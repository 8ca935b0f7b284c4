package fr.passerelle.notifications.internal.envoi;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;

/**
 * Une panne (base injoignable, par exemple) vue par plusieurs fils qui réessaient chaque seconde : le premier échec
 * est journalisé en avertissement avec sa cause, les suivants en DEBUG, et la reprise en information. Sans cela, huit
 * fils écriraient huit piles d'appels par seconde pendant toute la panne.
 */
final class SuiviDesPannes {

    private final Logger journal;
    private final String quoi;
    private final AtomicBoolean enPanne = new AtomicBoolean();

    SuiviDesPannes(Logger journal, String quoi) {
        this.journal = journal;
        this.quoi = quoi;
    }

    /** Vrai si cet échec ouvre la panne (journalisé en avertissement). */
    boolean echec(RuntimeException cause, Object nouvelEssai) {
        if (enPanne.compareAndSet(false, true)) {
            journal.warn("{} interrompu ; nouvel essai après {} (échecs suivants en DEBUG jusqu'à la reprise)", quoi, nouvelEssai, cause);
            return true;
        }
        journal.debug("{} toujours interrompu : {}", quoi, cause.toString());
        return false;
    }

    /** Vrai si cette réussite clôt une panne (journalisée en information). */
    boolean reussite() {
        if (enPanne.get() && enPanne.compareAndSet(true, false)) {
            journal.info("{} repris", quoi);
            return true;
        }
        return false;
    }
}
