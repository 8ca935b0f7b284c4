package fr.passerelle.mandats.internal.domaine;

/** Unité de la durée d'un mandat. */
public enum UniteDuree {
    JOURS("jour", "jours"),
    MOIS("mois", "mois");

    private final String singulier;
    private final String pluriel;

    UniteDuree(String singulier, String pluriel) {
        this.singulier = singulier;
        this.pluriel = pluriel;
    }

    public String libelle(int nombre) {
        return nombre > 1 ? pluriel : singulier;
    }

    public String libelle() {
        return pluriel;
    }
}
