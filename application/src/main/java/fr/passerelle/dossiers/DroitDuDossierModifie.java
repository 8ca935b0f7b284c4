package fr.passerelle.dossiers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Événement : un droit d'un dossier de cette structure a été ajouté ({@code avant} vide), modifié (statut, montant,
 * libellé ou date) ou retiré à l'effacement du dossier ({@code apres} vide). Publié dans la transaction qui l'écrit.
 */
public record DroitDuDossierModifie(long dossierId, long structureId, String code, Optional<Etat> avant, Optional<Etat> apres) {

    public DroitDuDossierModifie {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(avant, "avant");
        Objects.requireNonNull(apres, "apres");
    }

    /**
     * Ce qu'était ou ce qu'est devenu le droit.
     *
     * @param statut {@code A_DEMANDER}, {@code DEMANDE}, {@code ACCORDE} ou {@code REFUSE}
     * @param montantAnnuel montant par an en euros (montant mensuel × 12 pour un droit versé par mois)
     * @param le date de sa dernière mise à jour
     */
    public record Etat(String libelle, String statut, BigDecimal montantAnnuel, Instant le) {
    }
}
