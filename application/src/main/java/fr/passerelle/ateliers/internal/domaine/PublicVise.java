package fr.passerelle.ateliers.internal.domaine;

/** Chaque trimestre : un atelier en zone rurale, un en quartier prioritaire (ou, à défaut, en ville). */
public enum PublicVise {
    RURAL("Zone rurale"),
    QUARTIER_PRIORITAIRE("Quartier prioritaire ou ville");

    private final String libelle;

    PublicVise(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
