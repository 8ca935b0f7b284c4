package fr.passerelle.comptes.internal.domaine;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import fr.passerelle.comptes.Role;

/**
 * Compte Passerelle (domaine, sans dépendance technique).
 * Invariants : un aidant appartient à une structure, un agent à une organisation, et seulement eux.
 */
public record Compte(Long id, AdresseEmail email, String nomAffiche, Role role, Long structureId,
                     Long organisationId, boolean actif, Instant creeLe, Instant derniereConnexion) {

    public Compte {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(creeLe, "creeLe");
        if (nomAffiche == null || nomAffiche.isBlank()) {
            throw new IllegalArgumentException("Le nom affiché est obligatoire");
        }
        if ((role == Role.AIDANT) != (structureId != null)) {
            throw new IllegalArgumentException("Seul un aidant est rattaché à une structure, et il doit l'être");
        }
        if ((role == Role.AGENT) != (organisationId != null)) {
            throw new IllegalArgumentException("Seul un agent est rattaché à une organisation, et il doit l'être");
        }
    }

    public static Compte nouveau(AdresseEmail email, String nomAffiche, Role role, Long structureId,
                                 Long organisationId, Clock horloge) {
        return new Compte(null, email, nomAffiche, role, structureId, organisationId, true, maintenant(horloge), null);
    }

    public Compte connecte(Clock horloge) {
        return new Compte(id, email, nomAffiche, role, structureId, organisationId, actif, creeLe, maintenant(horloge));
    }

    /** Horodatage à la microseconde : la précision commune de H2 et PostgreSQL (relecture à l'identique). */
    static Instant maintenant(Clock horloge) {
        return horloge.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
