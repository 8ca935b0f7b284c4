package fr.passerelle.observatoire.internal.domaine;

import java.util.Objects;
import java.util.Optional;

/**
 * Ce que la personne connectée a le droit de voir : tout le réseau (coordinateur, administrateur), ou seulement les
 * chiffres de son organisation (agent d'une administration). Tiré du compte connecté, jamais de l'URL.
 *
 * @param organisationId l'organisation de l'agent, ou vide pour tout le réseau
 * @param libelle        « tout le réseau » ou le nom de l'organisation
 */
public record Perimetre(Optional<Long> organisationId, String libelle) {

    public static final Perimetre RESEAU = new Perimetre(Optional.empty(), "tout le réseau");

    public Perimetre {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(libelle, "libelle");
    }

    public static Perimetre organisation(long id, String nom) {
        return new Perimetre(Optional.of(id), nom);
    }

    public boolean limiteAUneOrganisation() {
        return organisationId.isPresent();
    }
}
