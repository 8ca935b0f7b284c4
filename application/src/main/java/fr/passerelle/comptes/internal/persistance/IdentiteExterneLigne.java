package fr.passerelle.comptes.internal.persistance;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Ligne de la table {@code identite_externe} : lien (fournisseur OIDC, sub) → compte. */
@Table("identite_externe")
public record IdentiteExterneLigne(@Id Long id, Long compteId, String fournisseur, String sujet, Instant lieeLe) {
}
