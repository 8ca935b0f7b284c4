package fr.passerelle.moteur.situation;

import fr.passerelle.moteur.periode.Mois;

import java.time.LocalDate;

/**
 * Une situation à calculer : individus, familles, foyers fiscaux et ménages, pour un mois donné.
 * Mutable et réutilisable ({@link #vider()}) pour que le calcul par lots n'alloue rien par ménage.
 */
public final class Situation {

    public static final int MAX_INDIVIDUS = 16;
    public static final int MAX_ENTITES = 8;

    public String id;
    public Mois mois;

    private int nombreIndividus;
    private int nombreFamilles;
    private int nombreFoyers;
    private int nombreMenages;
    private final Individu[] individus = new Individu[MAX_INDIVIDUS];
    private final Famille[] familles = new Famille[MAX_ENTITES];
    private final FoyerFiscal[] foyers = new FoyerFiscal[MAX_ENTITES];
    private final Menage[] menages = new Menage[MAX_ENTITES];

    public Situation() {
        for (int i = 0; i < MAX_INDIVIDUS; i++) {
            individus[i] = new Individu();
        }
        for (int i = 0; i < MAX_ENTITES; i++) {
            familles[i] = new Famille();
            foyers[i] = new FoyerFiscal();
            menages[i] = new Menage();
        }
    }

    public void vider() {
        id = null;
        mois = null;
        for (int i = 0; i < nombreIndividus; i++) {
            individus[i].vider();
        }
        // Seules les entités créées depuis le dernier vidage ont pu être remplies : les autres sont déjà vides.
        for (int i = 0; i < nombreFamilles; i++) {
            familles[i].vider();
        }
        for (int i = 0; i < nombreFoyers; i++) {
            foyers[i].vider();
        }
        for (int i = 0; i < nombreMenages; i++) {
            menages[i].vider();
        }
        nombreIndividus = nombreFamilles = nombreFoyers = nombreMenages = 0;
    }

    /** Efface la mémoire des revenus calculés : à faire dès qu'un montant de la situation change. */
    public void oublierCalculs() {
        for (int i = 0; i < nombreIndividus; i++) {
            individus[i].oublierCalculs();
        }
        for (int i = 0; i < nombreFoyers; i++) {
            foyers[i].oublierCalculs();
        }
    }

    public int nouvelIndividu(String idIndividu) {
        if (nombreIndividus == MAX_INDIVIDUS) {
            throw new IllegalStateException("au plus " + MAX_INDIVIDUS + " personnes par situation");
        }
        individus[nombreIndividus].id = idIndividu;
        return nombreIndividus++;
    }

    public int nouvelleFamille(String idFamille) {
        verifierPlace(nombreFamilles, "familles");
        familles[nombreFamilles].id = idFamille;
        return nombreFamilles++;
    }

    public int nouveauFoyer(String idFoyer) {
        verifierPlace(nombreFoyers, "foyers fiscaux");
        foyers[nombreFoyers].id = idFoyer;
        return nombreFoyers++;
    }

    public int nouveauMenage(String idMenage) {
        verifierPlace(nombreMenages, "ménages");
        menages[nombreMenages].id = idMenage;
        return nombreMenages++;
    }

    private static void verifierPlace(int nombre, String quoi) {
        if (nombre == MAX_ENTITES) {
            throw new IllegalStateException("au plus " + MAX_ENTITES + " " + quoi + " par situation");
        }
    }

    public int nombreIndividus() {
        return nombreIndividus;
    }

    public int nombreFamilles() {
        return nombreFamilles;
    }

    public int nombreFoyers() {
        return nombreFoyers;
    }

    public int nombreMenages() {
        return nombreMenages;
    }

    public Individu individu(int i) {
        return individus[i];
    }

    public Famille famille(int i) {
        return familles[i];
    }

    public FoyerFiscal foyer(int i) {
        return foyers[i];
    }

    public Menage menage(int i) {
        return menages[i];
    }

    public int indiceIndividu(String idIndividu) {
        for (int i = 0; i < nombreIndividus; i++) {
            if (individus[i].id.equals(idIndividu)) {
                return i;
            }
        }
        return -1;
    }

    /** Indice d'un mois dans la fenêtre de cette situation ; une erreur claire s'il en sort. */
    public int indice(Mois m) {
        int i = Fenetre.indice(mois, m);
        if (i < 0) {
            throw new IllegalArgumentException("le mois " + m + " sort de la fenêtre de calcul ouverte pour " + mois);
        }
        return i;
    }

    /** Âge révolu à une date. */
    public int age(int individu, LocalDate date) {
        return ageRevolu(individus[individu].naissanceCivile(), date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Âge révolu au jour {@code jour} du mois {@code mois} de {@code annee}, sans objet intermédiaire. */
    public int age(int individu, int annee, int mois, int jour) {
        return ageRevolu(individus[individu].naissanceCivile(), annee, mois, jour);
    }

    /** Âge en mois révolus à une date. */
    public int ageEnMois(int individu, LocalDate date) {
        int civil = individus[individu].naissanceCivile();
        int mois = (date.getYear() - Calendrier.annee(civil)) * 12 + date.getMonthValue() - Calendrier.mois(civil);
        return date.getDayOfMonth() < Calendrier.jour(civil) ? mois - 1 : mois;
    }

    private static int ageRevolu(int civil, int annee, int mois, int jour) {
        int age = annee - Calendrier.annee(civil);
        int m = Calendrier.mois(civil);
        if (mois < m || (mois == m && jour < Calendrier.jour(civil))) {
            age--;
        }
        return age;
    }
}
