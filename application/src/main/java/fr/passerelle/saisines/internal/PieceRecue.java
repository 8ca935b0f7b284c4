package fr.passerelle.saisines.internal;

/** Un fichier envoyé par un formulaire, pas encore contrôlé. */
public record PieceRecue(String nom, byte[] contenu) {
}
