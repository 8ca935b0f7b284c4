package fr.passerelle.moteur.calcul;

/**
 * Les droits calculés, sous les noms des variables d'OpenFisca-France pour rester compatible
 * avec ses cas et son API Web. {@link #annuelle} : montant de l'année du mois calculé.
 */
public enum Variable {
    RSA("rsa", "Revenu de solidarité active (RSA)", false),
    PPA("ppa", "Prime d'activité", false),
    AF("af", "Allocations familiales", false),
    AIDE_LOGEMENT("aide_logement", "Aide personnelle au logement", false),
    APL("apl", "Aide personnalisée au logement (APL)", false),
    ALS("als", "Allocation de logement sociale (ALS)", false),
    ALF("alf", "Allocation de logement familiale (ALF)", false),
    AAH("aah", "Allocation aux adultes handicapés (AAH)", false),
    ASF("asf", "Allocation de soutien familial (ASF)", false),
    CF("cf", "Complément familial", false),
    ARS("ars", "Allocation de rentrée scolaire (ARS)", true),
    PAJE_BASE("paje_base", "Allocation de base de la PAJE", false),
    CMU_C("cmu_c", "Complémentaire santé solidaire gratuite", false),
    CSS_PARTICIPATION_FORFAITAIRE("css_participation_forfaitaire", "Complémentaire santé solidaire avec participation (montant mensuel dû)", false),
    CHEQUE_ENERGIE("cheque_energie", "Chèque énergie", true),
    ASPA("aspa", "Allocation de solidarité aux personnes âgées (ASPA)", false),
    BOURSE_COLLEGE("bourse_college", "Bourse de collège", true),
    BOURSE_LYCEE("bourse_lycee", "Bourse de lycée", true);

    private static final Variable[] TOUTES = values();

    private final String nom;
    private final String libelle;
    private final boolean annuelle;

    Variable(String nom, String libelle, boolean annuelle) {
        this.nom = nom;
        this.libelle = libelle;
        this.annuelle = annuelle;
    }

    public String nom() {
        return nom;
    }

    public String libelle() {
        return libelle;
    }

    public boolean annuelle() {
        return annuelle;
    }

    /** {@link #CMU_C} est un droit oui/non ; les autres sont des montants en euros. */
    public boolean booleenne() {
        return this == CMU_C;
    }

    public static Variable parNom(String nom) {
        for (Variable v : TOUTES) {
            if (v.nom.equals(nom)) {
                return v;
            }
        }
        return null;
    }

    public static Variable[] toutes() {
        return TOUTES;
    }
}
