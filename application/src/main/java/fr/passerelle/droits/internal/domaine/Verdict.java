package fr.passerelle.droits.internal.domaine;

/** Ce que l'estimation dit d'un droit, en mots simples. */
public enum Verdict {
    DROIT("Vous pouvez y avoir droit", "fr-badge--success"),
    A_VERIFIER("À vérifier", "fr-badge--warning"),
    PAS_POUR_L_INSTANT("Pas pour l'instant", "fr-badge--info");

    private final String libelle;
    private final String classeBadge;

    Verdict(String libelle, String classeBadge) {
        this.libelle = libelle;
        this.classeBadge = classeBadge;
    }

    public String libelle() {
        return libelle;
    }

    public String classeBadge() {
        return classeBadge;
    }
}
