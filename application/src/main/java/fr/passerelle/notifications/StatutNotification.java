package fr.passerelle.notifications;

/** Statuts d'une notification, avec le vocabulaire de GOV.UK Notify. */
public enum StatutNotification {
    CREEE("created", "Enregistrée"),
    EN_COURS("sending", "En cours d'envoi"),
    DELIVREE("delivered", "Remise"),
    ECHEC_TEMPORAIRE("temporary-failure", "Échec temporaire, nouvel essai prévu"),
    ECHEC_DEFINITIF("permanent-failure", "Échec définitif"),
    ANNULEE("cancelled", "Annulée");

    private final String code;
    private final String libelle;

    StatutNotification(String code, String libelle) {
        this.code = code;
        this.libelle = libelle;
    }

    public String code() {
        return code;
    }

    public String libelle() {
        return libelle;
    }

    public boolean termine() {
        return this == DELIVREE || this == ECHEC_DEFINITIF || this == ANNULEE;
    }
}
