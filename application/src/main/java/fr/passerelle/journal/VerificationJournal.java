package fr.passerelle.journal;

import java.util.Optional;

/**
 * Résultat de la vérification de la chaîne.
 *
 * @param entreesVerifiees nombre d'entrées relues
 * @param premiereEnDefaut numéro de la première entrée modifiée, supprimée (trou) ou déplacée, s'il y en a une
 * @param explication      phrase lisible (« entrée 42 : empreinte différente, l'entrée a été modifiée »)
 */
public record VerificationJournal(long entreesVerifiees, Optional<Long> premiereEnDefaut, String explication) {

    public boolean intacte() {
        return premiereEnDefaut.isEmpty();
    }
}
