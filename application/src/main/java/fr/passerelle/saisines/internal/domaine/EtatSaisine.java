package fr.passerelle.saisines.internal.domaine;

/** Où en est une saisine : ouverte → en cours → pièce demandée → close (avec une issue). */
public enum EtatSaisine {
    OUVERTE("Ouverte, en attente de l'organisation"),
    EN_COURS("En cours"),
    PIECE_DEMANDEE("Pièce demandée à l'aidant"),
    CLOSE("Close");

    private final String libelle;

    EtatSaisine(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
