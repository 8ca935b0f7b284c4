package fr.passerelle.ateliers.internal.domaine;

/** Qui le coordinateur a contacté pour une campagne ou un atelier. */
public enum RoleContact {
    PREFET("Préfet ou préfète"),
    SOUS_PREFET("Sous-préfet ou sous-préfète"),
    MAIRE("Maire"),
    ELU("Élu ou élue (conseil municipal, départemental, régional, parlementaire)"),
    ADMINISTRATION("Administration (direction, responsable d'agence)"),
    AUTRE("Autre");

    private final String libelle;

    RoleContact(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
