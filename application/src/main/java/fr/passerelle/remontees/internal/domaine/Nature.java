package fr.passerelle.remontees.internal.domaine;

/** La nature d'une difficulté, avec ses mots pour les professionnels et pour la personne elle-même. */
public enum Nature {
    JARGON("Jargon administratif", "Je ne comprends pas les mots utilisés"),
    DYSFONCTIONNEMENT_SITE("Dysfonctionnement du site", "Le site ne marche pas, il affiche une erreur"),
    ERGONOMIE("Ergonomie", "Je ne trouve pas où cliquer, c'est compliqué"),
    PIECE_MANQUANTE("Pièce manquante", "On me demande un papier que je n'ai pas"),
    IDENTITE_FRANCECONNECT("Identité / FranceConnect", "Je n'arrive pas à me connecter avec mon identité"),
    CONNEXION("Connexion", "Internet ne marche pas ou coupe"),
    EQUIPEMENT("Équipement", "Je n'ai pas d'ordinateur, de téléphone ou d'imprimante"),
    PEUR_DE_SE_TROMPER("Peur de se tromper", "J'ai peur de faire une erreur");

    private final String libelle;
    private final String motsSimples;

    Nature(String libelle, String motsSimples) {
        this.libelle = libelle;
        this.motsSimples = motsSimples;
    }

    public String libelle() {
        return libelle;
    }

    public String motsSimples() {
        return motsSimples;
    }
}
