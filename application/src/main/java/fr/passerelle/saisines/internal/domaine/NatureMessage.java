package fr.passerelle.saisines.internal.domaine;

/** Ce que dit un message du fil : un échange, une demande de pièce, ou la clôture. */
public enum NatureMessage {
    MESSAGE("Message"),
    DEMANDE_PIECE("Demande de pièce"),
    CLOTURE("Clôture");

    private final String libelle;

    NatureMessage(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
