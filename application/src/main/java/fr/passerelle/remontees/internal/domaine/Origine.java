package fr.passerelle.remontees.internal.domaine;

/** D'où vient la remontée. */
public enum Origine {
    ATELIER("Atelier"),
    GUICHET("Guichet"),
    TELEPHONE("Téléphone"),
    AVIS_PERSONNE("« Je donne mon avis »");

    private final String libelle;

    Origine(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
