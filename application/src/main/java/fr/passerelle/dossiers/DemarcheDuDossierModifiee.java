package fr.passerelle.dossiers;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Événement : une démarche d'un dossier de cette structure a été ajoutée ({@code avant} vide), mise à jour (statut,
 * date) ou retirée à l'effacement du dossier ({@code apres} vide). Publié dans la transaction qui l'écrit.
 */
public record DemarcheDuDossierModifiee(long dossierId, long structureId, Optional<Etat> avant, Optional<Etat> apres) {

    public DemarcheDuDossierModifiee {
        Objects.requireNonNull(avant, "avant");
        Objects.requireNonNull(apres, "apres");
    }

    /**
     * @param statut {@code A_FAIRE}, {@code EN_COURS}, {@code BLOQUEE}, {@code TERMINEE}…
     * @param le date de sa dernière mise à jour
     */
    public record Etat(String intitule, String statut, Instant le) {
    }
}
