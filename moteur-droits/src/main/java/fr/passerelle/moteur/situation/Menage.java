package fr.passerelle.moteur.situation;

import java.util.Arrays;

/** Le ménage : les personnes qui vivent dans le même logement. */
public final class Menage {
    public String id;
    public final Groupe personneDeReference = new Groupe();
    public final Groupe conjoint = new Groupe();
    public final Groupe enfants = new Groupe();
    public final Groupe autres = new Groupe();
    /** Loyer mensuel hors charges, sur la {@link Fenetre}. */
    public final double[] loyer = new double[Fenetre.TAILLE];
    public StatutOccupationLogement statutOccupation = StatutOccupationLogement.NON_RENSEIGNE;
    /** Code INSEE de la commune (code officiel géographique). */
    public String depcom;
    /** Zone des aides au logement (1, 2 ou 3), déduite de la commune ; 0 si inconnue. */
    public int zoneLogement;

    public int nombreDePersonnes() {
        return personneDeReference.taille() + conjoint.taille() + enfants.taille() + autres.taille();
    }

    void vider() {
        id = null;
        personneDeReference.vider();
        conjoint.vider();
        enfants.vider();
        autres.vider();
        Arrays.fill(loyer, 0);
        statutOccupation = StatutOccupationLogement.NON_RENSEIGNE;
        depcom = null;
        zoneLogement = 0;
    }
}
