package fr.passerelle.comptes.internal.persistance;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Ligne de la table {@code compte} ({@code motDePasse} : empreinte BCrypt, nulle pour un compte OIDC seul). */
@Table("compte")
public record CompteLigne(@Id Long id, String email, String nomAffiche, String role, String motDePasse,
                          Long structureId, Long organisationId, boolean actif, Instant creeLe,
                          Instant derniereConnexion) {
}
