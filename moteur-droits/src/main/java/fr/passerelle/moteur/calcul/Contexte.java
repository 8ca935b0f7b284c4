package fr.passerelle.moteur.calcul;

import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Famille;
import fr.passerelle.moteur.situation.FoyerFiscal;
import fr.passerelle.moteur.situation.Menage;
import fr.passerelle.moteur.situation.Situation;

import java.time.LocalDate;

/**
 * Ce qu'une formule voit quand elle calcule : la situation, la famille en cours, le mois,
 * les droits déjà calculés pour cette famille (dans l'ordre du {@link Moteur}) et la trace.
 * Un contexte par fil d'exécution, réutilisé d'un ménage à l'autre.
 */
public final class Contexte {

    private Situation situation;
    private int famille;
    private Mois mois;
    private LocalDate premierJour;
    private Trace trace = Trace.AUCUNE;
    private final Resultats resultats = new Resultats();
    /** Valeurs intermédiaires partagées par les prestations d'une même famille (voir {@link #memoire}). */
    private final double[] memoire = new double[TAILLE_MEMOIRE];
    private int memoireRemplie;

    /** Nombre de cases de {@link #memoire} ; chaque groupe de prestations réserve les siennes par une constante. */
    public static final int TAILLE_MEMOIRE = 8;

    /** Âges au premier jour du mois, calculés une fois par famille. */
    private final int[] ages = new int[Situation.MAX_INDIVIDUS];

    void preparer(Situation situation, int famille, Trace trace) {
        for (int i = 0; i < situation.nombreIndividus(); i++) {
            ages[i] = situation.age(i, situation.mois.annee(), situation.mois.mois(), 1);
        }
        this.situation = situation;
        this.famille = famille;
        this.mois = situation.mois;
        this.premierJour = mois.debut();
        this.trace = trace;
        this.resultats.vider();
        this.memoireRemplie = 0;
    }

    /**
     * Une valeur intermédiaire déjà calculée pour cette famille (base ressources des prestations familiales…),
     * pour que plusieurs prestations la partagent sans la recalculer ni allouer. Vidée à chaque famille.
     */
    public boolean enMemoire(int indice) {
        return (memoireRemplie & (1 << indice)) != 0;
    }

    public double memoire(int indice) {
        return memoire[indice];
    }

    public double memoriser(int indice, double valeur) {
        memoire[indice] = valeur;
        memoireRemplie |= 1 << indice;
        return valeur;
    }

    public Situation situation() {
        return situation;
    }

    public Mois mois() {
        return mois;
    }

    public int indiceFamille() {
        return famille;
    }

    public Famille famille() {
        return situation.famille(famille);
    }

    public Resultats resultats() {
        return resultats;
    }

    public Trace trace() {
        return trace;
    }

    /** Le ménage où vit la famille : celui du premier parent. */
    public Menage menage() {
        int m = indiceMenage();
        return m < 0 ? null : situation.menage(m);
    }

    public int indiceMenage() {
        Famille f = famille();
        return f.parents.taille() == 0 ? -1 : situation.individu(f.parents.get(0)).menage;
    }

    /** La famille est-elle la première du ménage (celle à qui reviennent les droits attachés au logement) ? */
    public boolean premiereFamilleDuMenage() {
        int m = indiceMenage();
        for (int f = 0; f < famille; f++) {
            Famille autre = situation.famille(f);
            if (autre.parents.taille() > 0 && situation.individu(autre.parents.get(0)).menage == m) {
                return false;
            }
        }
        return true;
    }

    public FoyerFiscal foyerFiscal(int individu) {
        int f = situation.individu(individu).foyerFiscal;
        return f < 0 ? null : situation.foyer(f);
    }

    public boolean enCouple() {
        return famille().parents.taille() >= 2;
    }

    public int nombreEnfants() {
        return famille().enfants.taille();
    }

    public int parent(int i) {
        return famille().parents.get(i);
    }

    public int enfant(int i) {
        return famille().enfants.get(i);
    }

    /** Âge révolu au premier jour du mois calculé. */
    public int age(int individu) {
        return ages[individu];
    }

    /**
     * Âge révolu au premier jour d'un mois qui peut ne pas être celui du contexte (mois d'un trimestre ou d'une
     * année de référence) ; sans calcul pour le mois du contexte.
     */
    public int age(int individu, Mois m) {
        return m.equals(mois) ? ages[individu] : situation.age(individu, m.annee(), m.mois(), 1);
    }

    public int ageEnMois(int individu) {
        return situation.ageEnMois(individu, premierJour);
    }
}
