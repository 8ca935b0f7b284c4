package fr.passerelle.dossiers.internal.domaine;

/** Le niveau d'aide dont la personne a besoin, et vers quoi l'orienter. */
public enum NiveauAutonomie {
    URGENCE_NUMERIQUE("Urgence numérique",
            "Un droit va être perdu : faire la démarche aujourd'hui avec la personne, sous mandat, puis prévoir un accompagnement.",
            "Après l'urgence : proposer un Pass numérique et un rendez-vous avec un conseiller numérique."),
    FAIRE_POUR("Faire pour la personne",
            "La personne ne peut pas encore faire seule : l'aidant fait les démarches avec elle, sous mandat.",
            "Proposer un Pass numérique (ateliers gratuits) et un conseiller numérique pour apprendre à son rythme."),
    APPRENDRE_SEUL("Apprendre à faire seule",
            "La personne a les bases : lui montrer la démarche pendant qu'elle la fait elle-même.",
            "Orienter vers les ateliers d'un conseiller numérique pour gagner en autonomie.");

    private final String libelle;
    private final String conduite;
    private final String orientation;

    NiveauAutonomie(String libelle, String conduite, String orientation) {
        this.libelle = libelle;
        this.conduite = conduite;
        this.orientation = orientation;
    }

    public String libelle() {
        return libelle;
    }

    public String conduite() {
        return conduite;
    }

    public String orientation() {
        return orientation;
    }
}
