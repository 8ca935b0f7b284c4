package fr.passerelle.moteur.situation;

import java.util.Arrays;

/**
 * Une personne de la situation. Objet mutable et réutilisable : le chemin par lots remplit les mêmes
 * instances ménage après ménage, sans allocation. Les montants sont mensuels, sur la {@link Fenetre}.
 */
public final class Individu {

    public String id;
    /** Date de naissance en jours depuis le 1970-01-01 ({@link java.time.LocalDate#toEpochDay()}). */
    public long naissance;
    public final double[] salaireDeBase = new double[Fenetre.TAILLE];
    public final double[] retraiteBrute = new double[Fenetre.TAILLE];
    public final double[] chomageBrut = new double[Fenetre.TAILLE];
    public final double[] pensionsAlimentairesPercues = new double[Fenetre.TAILLE];
    public Activite activite = Activite.INACTIF;
    public StatutMarital statutMarital = StatutMarital.CELIBATAIRE;
    public Scolarite scolarite = Scolarite.INCONNUE;
    public boolean handicap;
    /** Taux d'incapacité permanente reconnu par la CDAPH, entre 0 et 1. */
    public double tauxIncapacite;
    /** Restriction substantielle et durable d'accès à l'emploi (AAH entre 50 et 79 %). */
    public boolean restrictionSubstantielleAccesEmploi;
    public boolean gardeAlternee;

    /**
     * Mémoire des revenus déjà calculés pour cette personne (NaN : pas encore calculé), par mois de la
     * {@link Fenetre} ou par année de la fenêtre (0 pour N-2). Effacée par {@link Situation#oublierCalculs()}.
     */
    public final double[] memoSalaireNet = new double[Fenetre.TAILLE];
    public final double[] memoSalaireImposable = new double[Fenetre.TAILLE];
    public final double[] memoRevenuNetCategoriel = new double[Fenetre.ANNEES];
    public final double[] memoSalairesEtChomageImposables = new double[Fenetre.ANNEES];

    /**
     * La date de naissance en année, mois et jour ({@link Calendrier#civil}), gardée pour la valeur de
     * {@link #naissance} qui l'a donnée : les âges se calculent à chaque mois des périodes de référence.
     */
    private long naissanceConvertie = Long.MIN_VALUE;
    private int naissanceCivile;

    public int famille = -1;
    public int foyerFiscal = -1;
    public int menage = -1;

    Individu() {
        oublierCalculs();
    }

    /** {@link #naissance} en année × 10 000 + mois × 100 + jour, convertie une fois par date de naissance. */
    int naissanceCivile() {
        if (naissance != naissanceConvertie) {
            naissanceCivile = Calendrier.civil(naissance);
            naissanceConvertie = naissance;
        }
        return naissanceCivile;
    }

    void oublierCalculs() {
        Arrays.fill(memoSalaireNet, Double.NaN);
        Arrays.fill(memoSalaireImposable, Double.NaN);
        Arrays.fill(memoRevenuNetCategoriel, Double.NaN);
        Arrays.fill(memoSalairesEtChomageImposables, Double.NaN);
    }

    void vider() {
        id = null;
        naissance = 0;
        Arrays.fill(salaireDeBase, 0);
        Arrays.fill(retraiteBrute, 0);
        Arrays.fill(chomageBrut, 0);
        Arrays.fill(pensionsAlimentairesPercues, 0);
        activite = Activite.INACTIF;
        statutMarital = StatutMarital.CELIBATAIRE;
        scolarite = Scolarite.INCONNUE;
        handicap = false;
        tauxIncapacite = 0;
        restrictionSubstantielleAccesEmploi = false;
        gardeAlternee = false;
        oublierCalculs();
        famille = -1;
        foyerFiscal = -1;
        menage = -1;
    }
}
