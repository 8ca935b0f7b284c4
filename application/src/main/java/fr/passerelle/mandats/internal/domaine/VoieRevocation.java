package fr.passerelle.mandats.internal.domaine;

/** Par où la personne a retiré son mandat. */
public enum VoieRevocation {
    ESPACE_PERSONNEL("espace personnel", "par la personne, depuis son espace"),
    SMS("SMS", "par la personne, par SMS"),
    GUICHET("guichet", "à la demande de la personne, au guichet");

    private final String libelle;
    private final String phrase;

    VoieRevocation(String libelle, String phrase) {
        this.libelle = libelle;
        this.phrase = phrase;
    }

    /** « espace personnel », « SMS » ou « guichet » (valeur de l'événement public). */
    public String libelle() {
        return libelle;
    }

    /** Complément d'une phrase : « révoqué le … par la personne, par SMS ». */
    public String phrase() {
        return phrase;
    }
}
