package fr.passerelle.mandats;

/** Accès refusé par le domaine (mandat absent, expiré, révoqué, périmètre non couvert, autre structure). */
public class AccesRefuse extends RuntimeException {

    public AccesRefuse(String raison) {
        super(raison);
    }

    public String raison() {
        return getMessage();
    }
}
