package fr.passerelle.moteur.openfisca;

/** Une donnée d'entrée refusée : le ménage, le champ (chemin dans la situation) et la raison. */
public class EntreeInvalide extends IllegalArgumentException {

    private final String menage;
    private final String champ;
    private final String raison;

    public EntreeInvalide(String menage, String champ, String raison) {
        super((menage == null ? "" : "ménage " + menage + ", ") + champ + " : " + raison);
        this.menage = menage;
        this.champ = champ;
        this.raison = raison;
    }

    public String menage() {
        return menage;
    }

    public String champ() {
        return champ;
    }

    public String raison() {
        return raison;
    }
}
