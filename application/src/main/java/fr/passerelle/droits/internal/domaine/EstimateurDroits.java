package fr.passerelle.droits.internal.domaine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.passerelle.moteur.calcul.Calculateur;
import fr.passerelle.moteur.calcul.Explication;
import fr.passerelle.moteur.calcul.Montants;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.calcul.Resultats;
import fr.passerelle.moteur.calcul.Trace;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Situation;

/**
 * Estime les droits d'un foyer avec le moteur et les met en mots : un verdict, un montant, deux à quatre phrases
 * tirées de la trace, et pour un droit refusé à cause des revenus, le seuil sous lequel il s'ouvrirait.
 * Sans état partagé : chaque estimation prend son propre {@link Calculateur}.
 */
public final class EstimateurDroits {

    /** Les droits montrés, dans l'ordre de la page ({@code css} réunit {@code cmu_c} et la participation). */
    public static final List<String> CODES = List.of("rsa", "ppa", "aide_logement", "af", "cf", "asf", "ars",
            "paje_base", "aah", "aspa", "css", "cheque_energie", "bourse_college", "bourse_lycee");

    private final Moteur moteur;
    private final SituationDuFoyer traducteur;

    public EstimateurDroits(Moteur moteur, SituationDuFoyer traducteur) {
        this.moteur = moteur;
        this.traducteur = traducteur;
    }

    /** Les montants bruts du moteur pour ce foyer (mêmes chiffres que la page, sans mise en mots). */
    public double[] montants(Foyer foyer, Mois mois) {
        Situation situation = traducteur.remplir(foyer, mois, new Situation());
        return moteur.calculateur().calculer(situation, Trace.AUCUNE).copie();
    }

    public List<DroitEstime> estimer(Foyer foyer, Mois mois) {
        Calculateur calculateur = moteur.calculateur();
        Situation situation = traducteur.remplir(foyer, mois, new Situation());
        Explication explication = new Explication();
        double[] valeurs = calculateur.calculer(situation, explication).copie();
        Seuils seuils = new Seuils(calculateur, foyer, mois);
        List<DroitEstime> droits = new ArrayList<>(CODES.size());
        for (String code : CODES) {
            droits.add("css".equals(code) ? complementaireSante(valeurs, explication, foyer)
                    : droit(Variable.parNom(code), valeurs, explication, foyer, seuils));
        }
        return droits;
    }

    private DroitEstime droit(Variable v, double[] valeurs, Explication explication, Foyer foyer, Seuils seuils) {
        double montant = Montants.auCentime(valeurs[v.ordinal()]);
        List<Explication.Ligne> lignes = explication.de(v);
        String libelle = v.libelle();
        if (montant > 0) {
            Verdict verdict = Verdict.DROIT;
            List<String> pourquoi = new ArrayList<>();
            pourquoi.add("Montant estimé : " + Montants.euros(montant) + (v.annuelle() ? " par an." : " par mois."));
            if (v == Variable.AAH && handicapEntre50Et79(foyer)) {
                verdict = Verdict.A_VERIFIER;
                pourquoi.add("Avec un taux entre 50 et 79 %, la MDPH doit aussi reconnaître que le handicap limite "
                        + "durablement l'accès à un emploi.");
            }
            completer(pourquoi, lignes, true);
            return new DroitEstime(v.nom(), libelle, verdict, montant, v.annuelle(), false, pourquoi, null);
        }
        if (lignes.isEmpty()) {
            return new DroitEstime(v.nom(), libelle, Verdict.A_VERIFIER, 0, v.annuelle(), false,
                    List.of("Passerelle ne sait pas encore estimer ce droit avec vos réponses.",
                            "Un conseiller peut le vérifier avec vous."), null);
        }
        List<String> pourquoi = new ArrayList<>();
        Explication.Condition refus = explication.refus(v);
        pourquoi.add(refus != null ? phrase(refus.raison()) : "Avec vos réponses, le calcul ne donne pas de montant.");
        completer(pourquoi, lignes, false);
        String siCelaChange = null;
        double seuil = seuils.revenusDuTravailOuvrant(v);
        if (seuil >= 0) {
            siCelaChange = "Si les revenus du travail du foyer baissent sous " + Montants.euros(seuil)
                    + " par mois, vous pourriez y avoir droit.";
        }
        return new DroitEstime(v.nom(), libelle, Verdict.PAS_POUR_L_INSTANT, 0, v.annuelle(), false, pourquoi, siCelaChange);
    }

    private DroitEstime complementaireSante(double[] valeurs, Explication explication, Foyer foyer) {
        String libelle = "Complémentaire santé solidaire";
        if (valeurs[Variable.CMU_C.ordinal()] != 0) {
            List<String> pourquoi = new ArrayList<>();
            pourquoi.add("Elle serait gratuite pour votre foyer : vos soins seraient remboursés sans rien payer de plus.");
            completer(pourquoi, explication.de(Variable.CMU_C), true);
            return new DroitEstime("css", libelle, Verdict.DROIT, 0, false, false, pourquoi, null);
        }
        double participation = Montants.auCentime(valeurs[Variable.CSS_PARTICIPATION_FORFAITAIRE.ordinal()]);
        if (participation > 0) {
            List<String> pourquoi = new ArrayList<>();
            pourquoi.add("Vous paieriez " + Montants.euros(participation) + " par mois pour tout le foyer, "
                    + "bien moins qu'une mutuelle.");
            completer(pourquoi, explication.de(Variable.CSS_PARTICIPATION_FORFAITAIRE), true);
            return new DroitEstime("css", libelle, Verdict.DROIT, participation, false, true, pourquoi, null);
        }
        List<Explication.Ligne> lignes = new ArrayList<>(explication.de(Variable.CMU_C));
        lignes.addAll(explication.de(Variable.CSS_PARTICIPATION_FORFAITAIRE));
        if (lignes.isEmpty()) {
            return new DroitEstime("css", libelle, Verdict.A_VERIFIER, 0, false, false,
                    List.of("Passerelle ne sait pas encore estimer ce droit avec vos réponses.",
                            "Un conseiller peut le vérifier avec vous."), null);
        }
        List<String> pourquoi = new ArrayList<>();
        Explication.Condition refus = explication.refus(Variable.CSS_PARTICIPATION_FORFAITAIRE);
        if (refus == null) {
            refus = explication.refus(Variable.CMU_C);
        }
        pourquoi.add(refus != null ? phrase(refus.raison()) : "Avec vos réponses, le calcul ne donne pas de droit.");
        completer(pourquoi, lignes, false);
        return new DroitEstime("css", libelle, Verdict.PAS_POUR_L_INSTANT, 0, false, false, pourquoi, null);
    }

    /** Ajoute les conditions remplies et la dernière étape chiffrée, sans dépasser quatre phrases. */
    private static void completer(List<String> pourquoi, List<Explication.Ligne> lignes, boolean droitOuvert) {
        for (Explication.Ligne l : lignes) {
            if (pourquoi.size() >= (droitOuvert ? 3 : 4)) {
                break;
            }
            if (l instanceof Explication.Condition c && c.remplie()) {
                ajouterSansDoublon(pourquoi, phrase(c.raison()));
            }
        }
        if (droitOuvert) {
            for (int i = lignes.size() - 1; i >= 0; i--) {
                if (lignes.get(i) instanceof Explication.Etape e) {
                    if (pourquoi.size() < 4) {
                        ajouterSansDoublon(pourquoi, phrase(e.texte()));
                    }
                    break;
                }
            }
        }
    }

    private static void ajouterSansDoublon(List<String> phrases, String phrase) {
        if (!phrase.isBlank() && !phrases.contains(phrase)) {
            phrases.add(phrase);
        }
    }

    /** Majuscule au début, point à la fin. */
    static String phrase(String texte) {
        String t = texte == null ? "" : texte.strip();
        if (t.isEmpty()) {
            return t;
        }
        t = t.substring(0, 1).toUpperCase(Locale.FRANCE) + t.substring(1);
        char fin = t.charAt(t.length() - 1);
        return fin == '.' || fin == '!' || fin == '?' || fin == '€' ? (fin == '€' ? t + "." : t) : t + ".";
    }

    private static boolean handicapEntre50Et79(Foyer foyer) {
        return foyer.handicap() == Handicap.ENTRE_50_ET_79
                || (foyer.enCouple() && foyer.handicapConjoint() == Handicap.ENTRE_50_ET_79);
    }

    /**
     * Cherche, pour un droit refusé, le niveau des revenus du travail du foyer sous lequel il s'ouvrirait : une
     * grille de {@link #POINTS_GRILLE} niveaux calculée une fois pour tous les droits, puis quelques pas de
     * dichotomie dans l'intervalle trouvé pour chaque droit (le moteur calcule en quelques microsecondes).
     */
    private final class Seuils {
        private static final int POINTS_GRILLE = 16;
        private static final int PAS_DICHOTOMIE = 5;

        private final Calculateur calculateur;
        private final Foyer foyer;
        private final Mois mois;
        private final Situation situation = new Situation();
        private double[][] grille;

        Seuils(Calculateur calculateur, Foyer foyer, Mois mois) {
            this.calculateur = calculateur;
            this.foyer = foyer;
            this.mois = mois;
        }

        /** Le seuil mensuel (revenus nets du travail du foyer), ou -1 si baisser les revenus n'ouvre pas le droit. */
        double revenusDuTravailOuvrant(Variable v) {
            double revenus = foyer.revenusDuTravail();
            if (revenus <= 0) {
                return -1;
            }
            if (grille == null) {
                grille = new double[POINTS_GRILLE + 1][];
                for (int k = 0; k <= POINTS_GRILLE; k++) {
                    grille[k] = calculer((double) k / POINTS_GRILLE).copie();
                }
            }
            if (grille[0][v.ordinal()] <= 0) {
                return -1;
            }
            int k = 0;
            while (k + 1 <= POINTS_GRILLE && grille[k + 1][v.ordinal()] > 0) {
                k++;
            }
            double ouvre = (double) k / POINTS_GRILLE;
            double ferme = (double) (k + 1) / POINTS_GRILLE;
            for (int i = 0; i < PAS_DICHOTOMIE; i++) {
                double milieu = (ouvre + ferme) / 2;
                if (calculer(milieu).get(v) > 0) {
                    ouvre = milieu;
                } else {
                    ferme = milieu;
                }
            }
            return Math.floor(revenus * ouvre / 10) * 10;
        }

        private Resultats calculer(double facteur) {
            traducteur.remplir(foyer.avecRevenusDuTravailMultipliesPar(facteur), mois, situation);
            return calculateur.calculer(situation, Trace.AUCUNE);
        }
    }
}
