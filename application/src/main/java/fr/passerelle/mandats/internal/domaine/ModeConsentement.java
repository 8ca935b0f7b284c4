package fr.passerelle.mandats.internal.domaine;

/** Comment la personne donne son accord au mandat. */
public enum ModeConsentement {
    CODE_SMS("Code envoyé par SMS au portable de la personne"),
    SIGNATURE_ECRAN("Signature à l'écran, au guichet");

    private final String libelle;

    ModeConsentement(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
