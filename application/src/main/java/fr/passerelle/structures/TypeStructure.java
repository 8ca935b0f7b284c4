package fr.passerelle.structures;

/** Nature d'une structure où travaillent des aidants. */
public enum TypeStructure {
    FRANCE_SERVICES("France services"),
    CCAS("Centre communal d'action sociale (CCAS)"),
    ASSOCIATION("Association"),
    MEDIATHEQUE("Médiathèque"),
    CONSEIL_DEPARTEMENTAL("Conseil départemental"),
    AUTRE("Autre structure");

    private final String libelle;

    TypeStructure(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
