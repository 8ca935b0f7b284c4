package fr.passerelle.echeances.internal.domaine;

import java.time.LocalDate;

/** Une pièce d'une personne et sa date de fin de validité. */
public record Piece(Long id, TypePiece type, LocalDate expireLe) {
}
