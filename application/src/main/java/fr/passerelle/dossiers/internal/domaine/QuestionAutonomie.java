package fr.passerelle.dossiers.internal.domaine;

/** Les questions du diagnostic d'autonomie numérique : ce que la personne sait faire seule. */
public enum QuestionAutonomie {
    EQUIPEMENT("A un téléphone intelligent ou un ordinateur, et une connexion à internet"),
    COURRIEL("Lit et envoie des courriels avec sa propre adresse"),
    COMPTE_EN_LIGNE("Se connecte seule à un compte en ligne (CAF, ameli, impots.gouv…)"),
    FRANCECONNECT("Utilise FranceConnect pour se connecter"),
    ENVOYER_PIECE("Envoie une pièce justificative (photo ou scan d'un papier)");

    private final String libelle;

    QuestionAutonomie(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
