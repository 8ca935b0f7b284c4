package fr.passerelle.structures.internal.persistance;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Ligne de la table {@code organisation}. */
@Table("organisation")
record OrganisationLigne(@Id Long id, String nom, String type, String territoire, Instant creeLe) {
}
