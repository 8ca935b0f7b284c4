package fr.passerelle.saisines.internal.domaine;

/** Réponse de l'organisation à une lettre de rectification. */
public enum IssueRectification {
    ACCEPTEE("Droit à l'erreur accepté : situation corrigée sans sanction"),
    CORRIGEE_AVEC_SANCTION("Situation corrigée, mais avec une sanction ou un trop-perçu réclamé"),
    REFUSEE("Rectification refusée");

    private final String libelle;

    IssueRectification(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
