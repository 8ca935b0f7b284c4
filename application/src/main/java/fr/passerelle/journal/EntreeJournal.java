package fr.passerelle.journal;

import java.time.Instant;
import java.util.Optional;

/** Une entrée écrite du journal : son numéro d'ordre, sa date et son empreinte chaînée. */
public record EntreeJournal(long numero, Instant le, long acteurId, String acteurNom, Optional<Long> dossierId,
                            String action, ResultatAcces resultat, String motif, String empreinte) {
}
