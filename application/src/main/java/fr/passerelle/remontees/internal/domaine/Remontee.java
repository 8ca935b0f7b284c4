package fr.passerelle.remontees.internal.domaine;

import java.time.OffsetDateTime;
import java.util.Objects;

/** Une difficulté rencontrée avec une démarche en ligne, par une ou plusieurs personnes. */
public record Remontee(Long id, String administration, String demarche, String etape, Nature nature, String texte,
                       int personnes, Origine origine, Long atelierId, OffsetDateTime creeeLe) {

    public Remontee {
        Objects.requireNonNull(administration, "administration");
        Objects.requireNonNull(demarche, "demarche");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(origine, "origine");
        if (personnes < 1) {
            throw new IllegalArgumentException("Nombre de personnes : au moins 1.");
        }
    }
}
