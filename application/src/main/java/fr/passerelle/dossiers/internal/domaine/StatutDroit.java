package fr.passerelle.dossiers.internal.domaine;

/** Où en est un droit trouvé. */
public enum StatutDroit {
    A_DEMANDER("À demander"),
    DEMANDE("Demandé"),
    ACCORDE("Accordé"),
    REFUSE("Refusé");

    private final String libelle;

    StatutDroit(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
