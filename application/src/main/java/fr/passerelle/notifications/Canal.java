package fr.passerelle.notifications;

/** Canal par lequel une personne peut être prévenue. */
public enum Canal {
    EMAIL("Courriel"),
    SMS("SMS"),
    COURRIER("Courrier postal"),
    TELEPHONE("Appel d'un aidant");

    private final String libelle;

    Canal(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** Canaux soumis aux heures calmes (on ne réveille personne). */
    public boolean respecteHeuresCalmes() {
        return this == SMS || this == TELEPHONE;
    }
}
