package fr.passerelle.notifications.internal.domaine;

/** Valeur refusée à la saisie : le champ concerné et la raison, en français simple. */
public class EntreeInvalide extends IllegalArgumentException {

    private final String champ;

    public EntreeInvalide(String champ, String raison) {
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
