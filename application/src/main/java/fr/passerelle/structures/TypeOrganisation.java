package fr.passerelle.structures;

/** Administration ou organisme auquel appartient un agent. */
public enum TypeOrganisation {
    CAF("Caisse d'allocations familiales (CAF)"),
    CPAM("Caisse primaire d'assurance maladie (CPAM)"),
    FRANCE_TRAVAIL("France Travail"),
    DGFIP("Finances publiques (DGFiP)"),
    ANTS("Agence nationale des titres sécurisés (ANTS)"),
    CARSAT("Caisse d'assurance retraite et de santé au travail (CARSAT)"),
    MSA("Mutualité sociale agricole (MSA)"),
    PREFECTURE("Préfecture"),
    AUTRE("Autre organisation");

    private final String libelle;

    TypeOrganisation(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
