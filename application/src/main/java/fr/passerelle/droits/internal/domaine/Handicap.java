package fr.passerelle.droits.internal.domaine;

/** Le taux d'incapacité reconnu par la MDPH, tel que la personne le connaît. */
public enum Handicap {
    AUCUN(0), ENTRE_50_ET_79(0.5), AU_MOINS_80(0.8);

    private final double taux;

    Handicap(double taux) {
        this.taux = taux;
    }

    /** Taux transmis au moteur (entre 0 et 1). */
    public double taux() {
        return taux;
    }
}
