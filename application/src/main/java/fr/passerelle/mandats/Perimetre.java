package fr.passerelle.mandats;

/** Périmètres d'un mandat : les domaines dans lesquels l'aidant peut agir pour la personne. */
public enum Perimetre {
    PRESTATIONS_SOCIALES("Prestations sociales (CAF, MSA, RSA, aides au logement…)"),
    SANTE("Santé (assurance maladie, complémentaire santé solidaire)"),
    TRAVAIL("Travail et emploi (France Travail)"),
    IMPOTS("Impôts (DGFiP)"),
    LOGEMENT("Logement"),
    PAPIERS_IDENTITE("Papiers d'identité et titres (ANTS, préfecture)"),
    TRANSPORT("Transport"),
    AUTRES("Autres démarches");

    private final String libelle;

    Perimetre(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
