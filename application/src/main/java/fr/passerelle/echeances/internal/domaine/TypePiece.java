package fr.passerelle.echeances.internal.domaine;

/** Pièces dont l'expiration se surveille. */
public enum TypePiece {
    CARTE_IDENTITE("Carte nationale d'identité"),
    PASSEPORT("Passeport"),
    TITRE_SEJOUR("Titre de séjour"),
    CARTE_VITALE("Carte Vitale (attestation de droits)");

    private final String libelle;

    TypePiece(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
