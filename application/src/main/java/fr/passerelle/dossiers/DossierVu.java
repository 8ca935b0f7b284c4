package fr.passerelle.dossiers;

import java.util.Optional;

/** Ce que les autres modules voient d'un dossier. */
public record DossierVu(long id, long structureId, String nomComplet, Optional<Long> compteUsagerId) {
}
