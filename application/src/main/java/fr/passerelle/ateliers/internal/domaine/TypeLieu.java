package fr.passerelle.ateliers.internal.domaine;

/** Où se tient l'atelier. Une salle prêtée demande le contact en mairie et l'accord du maire. */
public enum TypeLieu {
    SALLE_MAIRIE("Salle prêtée par la mairie"),
    BUS("Bus"),
    CAMPING_CAR("Camping-car"),
    EXTERIEUR("Point de maraude en extérieur");

    private final String libelle;

    TypeLieu(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
