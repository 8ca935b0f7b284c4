package fr.passerelle.dossiers.internal.domaine;

/** Par où la personne a été en contact. */
public enum CanalEchange {
    GUICHET("Au guichet"),
    TELEPHONE("Par téléphone"),
    ATELIER("En atelier"),
    MARAUDE("En maraude (aller-vers)"),
    EN_LIGNE("En ligne"),
    SMS("Par SMS");

    private final String libelle;

    CanalEchange(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
