package fr.passerelle.saisines.internal.domaine;

/** Une entrée refusée par le domaine, avec le champ concerné et la raison, à montrer telle quelle. */
public class SaisieRefusee extends RuntimeException {

    private final String champ;

    public SaisieRefusee(String champ, String raison) {
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
