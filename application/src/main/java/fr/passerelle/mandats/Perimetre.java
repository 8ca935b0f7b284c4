package fr.passerelle.mandats;

/** Périmètres d'un mandat : les domaines dans lesquels l'aidant peut agir pour la personne. */
public enum Perimetre {
    PRESTATIONS_SOCIALES("Prestations sociales (CAF, MSA, RSA, aides au logement…)", "Prestations sociales"),
    SANTE("Santé (assurance maladie, complémentaire santé solidaire)", "Santé"),
    TRAVAIL("Travail et emploi (France Travail)", "Travail et emploi"),
    IMPOTS("Impôts (DGFiP)", "Impôts"),
    LOGEMENT("Logement", "Logement"),
    PAPIERS_IDENTITE("Papiers d'identité et titres (ANTS, préfecture)", "Papiers d'identité"),
    TRANSPORT("Transport", "Transport"),
    AUTRES("Autres démarches", "Autres démarches");

    private final String libelle;
    private final String nomCourt;

    Perimetre(String libelle, String nomCourt) {
        this.libelle = libelle;
        this.nomCourt = nomCourt;
    }

    public String libelle() {
        return libelle;
    }

    /** Nom court, pour une phrase (« le mandat ne couvre pas : Impôts »). */
    public String nomCourt() {
        return nomCourt;
    }
}
