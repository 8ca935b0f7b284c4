package fr.passerelle.dossiers.internal.domaine;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Le dossier d'une personne suivie par une structure.
 *
 * @param compteUsagerId compte Passerelle de la personne, s'il est lié (elle voit alors son dossier et qui l'a consulté)
 */
public record Dossier(long id, long structureId, Identite identite, Optional<Long> compteUsagerId, Instant creeLe) {

    public Dossier {
        Objects.requireNonNull(identite, "identite");
        Objects.requireNonNull(compteUsagerId, "compteUsagerId");
        Objects.requireNonNull(creeLe, "creeLe");
    }

    public boolean deLaStructure(long structure) {
        return structureId == structure;
    }
}
