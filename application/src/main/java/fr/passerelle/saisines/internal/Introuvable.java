package fr.passerelle.saisines.internal;

/** Saisine, lettre ou pièce inconnue (page 404). */
public class Introuvable extends RuntimeException {

    public Introuvable(String quoi) {
        super(quoi);
    }
}
