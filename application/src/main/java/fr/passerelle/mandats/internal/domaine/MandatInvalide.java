package fr.passerelle.mandats.internal.domaine;

/** Saisie ou action refusée : le champ concerné et la raison, en français simple. */
public class MandatInvalide extends IllegalArgumentException {

    private final String champ;

    public MandatInvalide(String champ, String raison) {
        super(raison);
        this.champ = champ;
    }

    public String champ() {
        return champ;
    }

    public String raison() {
        return getMessage();
    }
}
