package fr.passerelle.structures.internal.persistance;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Ligne de la table {@code structure}. */
@Table("structure")
record StructureLigne(@Id Long id, String nom, String type, String commune, String codePostal, Instant creeLe) {
}
