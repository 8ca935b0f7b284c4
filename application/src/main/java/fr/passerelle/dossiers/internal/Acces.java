package fr.passerelle.dossiers.internal;

import java.util.Optional;

import fr.passerelle.dossiers.internal.domaine.Dossier;

/**
 * Issue de la politique d'accès pour un dossier de la structure de l'aidant : autorisé par tel mandat, ou refusé
 * avec une raison (l'aidant ne voit alors que l'en-tête d'identité, pour recueillir un mandat).
 */
public record Acces(Dossier dossier, Optional<Long> mandatId, Optional<String> refus) {

    public boolean autorise() {
        return mandatId.isPresent();
    }
}
