package fr.passerelle.saisines.internal.domaine;

/** Comment une saisine s'est terminée. */
public enum IssueSaisine {
    RESOLUE("Résolue : le dossier est débloqué"),
    REFUSEE("Refusée : la demande ne peut pas aboutir"),
    REORIENTEE("Réorientée vers un autre service ou une autre organisation");

    private final String libelle;

    IssueSaisine(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
