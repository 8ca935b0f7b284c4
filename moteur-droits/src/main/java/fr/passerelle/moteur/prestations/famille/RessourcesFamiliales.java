package fr.passerelle.moteur.prestations.famille;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.calcul.Socle;
import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.legislation.Parametre;
import fr.passerelle.moteur.revenus.Fiscalite;
import fr.passerelle.moteur.revenus.Revenus;
import fr.passerelle.moteur.situation.Individu;
import fr.passerelle.moteur.situation.Situation;

import java.time.LocalDate;

/**
 * Ce que toutes les prestations familiales partagent : l'enfant à charge (CSS art. L512-3 et R512-2), la base
 * ressources (revenus nets catégoriels de l'année N-2 des parents et des enfants à charge, CSS art. R532-3 et
 * D521-4) et la biactivité du couple (chacun a un revenu professionnel d'au moins douze fois la BMAF).
 * La base ressources et la biactivité sont calculées une fois par famille et gardées dans le {@link Contexte}.
 */
public final class RessourcesFamiliales {

    private static final int CASE_BASE_RESSOURCES = 0;
    private static final int CASE_BIACTIVITE = 1;
    /** Les enfants de la famille dont la rémunération dépasse le plafond, un bit par indice d'individu. */
    private static final int CASE_ENFANTS_AUTONOMES = 2;
    /** Revenus professionnels N-2 des deux parents (cases 3 et 4), lus par la biactivité. */
    private static final int CASE_REVENU_PROFESSIONNEL = 3;
    private static final int PREMIERE_ANNEE = 1900;
    private static final LocalDate[] PREMIERS_JANVIER = new LocalDate[300];

    static {
        for (int i = 0; i < PREMIERS_JANVIER.length; i++) {
            PREMIERS_JANVIER[i] = LocalDate.of(PREMIERE_ANNEE + i, 1, 1);
        }
    }

    private final Revenus revenus;
    private final Fiscalite fiscalite;
    private final Parametre bmaf;
    private final Parametre seuilBiactivite;
    private final Parametre ageLimite;
    private final Parametre remunerationMaximale;

    public RessourcesFamiliales(Socle socle) {
        Legislation legislation = socle.legislation();
        this.revenus = socle.revenus();
        this.fiscalite = socle.fiscalite();
        this.bmaf = legislation.parametre("prestations_familiales.bmaf");
        this.seuilBiactivite = legislation.parametre("prestations_familiales.biactivite.seuil_en_bmaf");
        this.ageLimite = legislation.parametre("prestations_familiales.enfant_a_charge.age_limite");
        this.remunerationMaximale = legislation.parametre("prestations_familiales.enfant_a_charge.remuneration_maximale");
    }

    static LocalDate premierJanvier(int annee) {
        return PREMIERS_JANVIER[annee - PREMIERE_ANNEE];
    }

    /** L'année des revenus retenus : l'avant-dernière année civile (N-2). */
    public static int anneeDeReference(Contexte c) {
        return c.mois().annee() - 2;
    }

    /** Âge limite (exclu) de l'enfant à charge au sens des prestations familiales générales : 20 ans. */
    public int ageLimite(Contexte c) {
        return (int) ageLimite.a(c.mois());
    }

    /**
     * L'enfant a-t-il une rémunération qui le rend autonome (plus de 55 % du SMIC mensuel, en moyenne sur les
     * six mois qui précèdent) ?
     */
    public boolean autonome(Contexte c, int enfant) {
        if (!c.enMemoire(CASE_ENFANTS_AUTONOMES)) {
            int autonomes = 0;
            double plafond = remunerationMaximale.a(c.mois());
            for (int i = 0; i < c.nombreEnfants(); i++) {
                double salaires = revenus.salaireNetDesMoisPrecedents(c.situation(), c.enfant(i), c.mois(), 6);
                if (salaires > 0 && salaires / 6 > plafond) {
                    autonomes |= 1 << c.enfant(i);
                }
            }
            c.memoriser(CASE_ENFANTS_AUTONOMES, autonomes);
        }
        return (((int) c.memoire(CASE_ENFANTS_AUTONOMES)) & (1 << enfant)) != 0;
    }

    /** Enfant à charge de moins de {@code ageLimite} ans, sans rémunération qui le rende autonome. */
    public boolean aCharge(Contexte c, int enfant, int ageLimite) {
        int age = c.age(enfant);
        return age >= 0 && age < ageLimite && !autonome(c, enfant);
    }

    /** Revenus nets catégoriels de l'année N-2 des parents et des enfants à charge (euros par an). */
    public double baseRessources(Contexte c) {
        if (c.enMemoire(CASE_BASE_RESSOURCES)) {
            return c.memoire(CASE_BASE_RESSOURCES);
        }
        Situation s = c.situation();
        int annee = anneeDeReference(c);
        double total = 0;
        for (int i = 0; i < c.famille().parents.taille(); i++) {
            double salaires = fiscalite.revenuNetCategorielSalaires(s, c.parent(i), annee);
            if (i < 2) {
                c.memoriser(CASE_REVENU_PROFESSIONNEL + i, salaires);
            }
            total += salaires + fiscalite.revenuNetCategorielPensions(s, c.parent(i), annee);
        }
        int limite = ageLimite(c);
        for (int i = 0; i < c.nombreEnfants(); i++) {
            int enfant = c.enfant(i);
            if (aCharge(c, enfant, limite)) {
                total += fiscalite.revenuNetCategoriel(s, enfant, annee);
            }
        }
        return c.memoriser(CASE_BASE_RESSOURCES, total);
    }

    /** Seuil de revenu professionnel de la biactivité : douze fois la BMAF du 1er janvier de l'année N-2. */
    public double seuilBiactivite(Contexte c) {
        LocalDate date = premierJanvier(anneeDeReference(c));
        return seuilBiactivite.a(date) * bmaf.a(date);
    }

    /** Revenu professionnel N-2 du parent de rang {@code rang} (0 ou 1) dans la famille. */
    public double revenuProfessionnel(Contexte c, int rang) {
        baseRessources(c);
        return c.memoire(CASE_REVENU_PROFESSIONNEL + rang);
    }

    /** Couple dont chacun des deux membres a eu en N-2 un revenu professionnel d'au moins douze BMAF. */
    public boolean biactif(Contexte c) {
        if (c.enMemoire(CASE_BIACTIVITE)) {
            return c.memoire(CASE_BIACTIVITE) != 0;
        }
        boolean biactif = c.famille().parents.taille() == 2;
        if (biactif) {
            double seuil = seuilBiactivite(c);
            for (int i = 0; i < c.famille().parents.taille(); i++) {
                if (revenuProfessionnel(c, i) < seuil) {
                    biactif = false;
                }
            }
        }
        c.memoriser(CASE_BIACTIVITE, biactif ? 1 : 0);
        return biactif;
    }

    /** Personne seule ou couple biactif : les plafonds du complément familial et de la PAJE sont majorés. */
    public boolean isoleOuBiactif(Contexte c) {
        return !c.enCouple() || biactif(c);
    }

    public double bmaf(Contexte c) {
        return bmaf.a(c.mois());
    }

    Parametre parametreBmaf() {
        return bmaf;
    }

    static boolean gardeAlternee(Contexte c, int enfant) {
        Individu p = c.situation().individu(enfant);
        return p.gardeAlternee;
    }

    /** Texte « isolé / couple biactif / couple avec un seul revenu », pour les explications. */
    String situationDuCouple(Contexte c) {
        if (!c.enCouple()) {
            return "personne seule";
        }
        return biactif(c) ? "couple avec deux revenus" : "couple avec un seul revenu";
    }
}
