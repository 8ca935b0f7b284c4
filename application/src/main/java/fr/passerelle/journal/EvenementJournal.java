package fr.passerelle.journal;

import java.util.Objects;
import java.util.Optional;

/**
 * Ce qui est à journaliser.
 *
 * @param acteurId  compte qui agit (aidant, agent, usager, administrateur)
 * @param acteurNom nom affiché de l'acteur, tel qu'il sera montré à la personne
 * @param dossierId dossier concerné, s'il y en a un
 * @param action    verbe court, en français (« consultation », « mandat signé », « saisine ouverte »…)
 * @param resultat  autorisé ou refusé
 * @param motif     la raison d'un refus, ou un détail utile ; jamais de donnée sensible (pas de NIR)
 */
public record EvenementJournal(long acteurId, String acteurNom, Optional<Long> dossierId, String action,
                               ResultatAcces resultat, String motif) {

    public EvenementJournal {
        Objects.requireNonNull(acteurNom, "acteurNom");
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resultat, "resultat");
        motif = motif == null ? "" : motif;
    }
}
