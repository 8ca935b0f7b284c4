package fr.passerelle.dossiers.internal.domaine;

/** Où en est une démarche. */
public enum StatutDemarche {
    A_FAIRE("À faire"),
    EN_COURS("En cours"),
    EN_ATTENTE("En attente de l'organisme"),
    BLOQUEE("Bloquée"),
    TERMINEE("Terminée");

    private final String libelle;

    StatutDemarche(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
