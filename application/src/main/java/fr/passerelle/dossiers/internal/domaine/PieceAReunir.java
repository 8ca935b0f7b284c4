package fr.passerelle.dossiers.internal.domaine;

/** Une pièce à réunir pour les démarches, cochée quand la personne l'a apportée. */
public record PieceAReunir(long id, String libelle, boolean reunie) {
}
