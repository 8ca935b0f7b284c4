package fr.passerelle.moteur.prestations.sante;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.calcul.Prestation;
import fr.passerelle.moteur.calcul.Resultats;
import fr.passerelle.moteur.calcul.Socle;
import fr.passerelle.moteur.calcul.Trace;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.legislation.Parametre;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Famille;
import fr.passerelle.moteur.situation.Menage;
import fr.passerelle.moteur.situation.Situation;
import fr.passerelle.moteur.situation.StatutOccupationLogement;

import static fr.passerelle.moteur.calcul.Montants.euros;

/**
 * Complémentaire santé solidaire (Code de la sécurité sociale, L861-1 et suivants, R861-1 et suivants).
 * <ul>
 * <li>sans participation ({@code cmu_c}) : ressources des 12 derniers mois au plus égales au plafond (D861-1),
 * ou foyer bénéficiaire du RSA (L861-1, dernier alinéa) ;</li>
 * <li>avec participation ({@code css_participation_forfaitaire}) : ressources au plus égales au plafond majoré
 * de 35 % ; participation mensuelle selon l'âge de chaque membre au 1er janvier (arrêté du 21 juin 2019).</li>
 * </ul>
 * Le foyer (R861-2) : le demandeur, son conjoint et les enfants de moins de 25 ans à charge.
 */
public final class ComplementaireSanteSolidaire implements Prestation {

    private final RessourcesCss ressources;
    private final Parametre plafondAnnuel;
    private final Parametre majorationParticipation;
    private final Parametre coefficientDeuxiemePersonne;
    private final Parametre coefficientTroisiemeEtQuatrieme;
    private final Parametre coefficientSupplementaire;
    private final Parametre ageLimite;
    private final Parametre[] participation = new Parametre[5];

    public ComplementaireSanteSolidaire(Socle socle) {
        Legislation l = socle.legislation();
        String css = "complementaire_sante_solidaire.";
        ressources = new RessourcesCss(socle);
        plafondAnnuel = l.parametre(css + "plafond_annuel");
        majorationParticipation = l.parametre(css + "majoration_plafond_participation");
        coefficientDeuxiemePersonne = l.parametre(css + "coefficient_deuxieme_personne");
        coefficientTroisiemeEtQuatrieme = l.parametre(css + "coefficient_troisieme_et_quatrieme_personnes");
        coefficientSupplementaire = l.parametre(css + "coefficient_personne_supplementaire");
        ageLimite = l.parametre(css + "age_limite_personne_a_charge");
        participation[0] = l.parametre(css + "participation.moins_de_30_ans");
        participation[1] = l.parametre(css + "participation.de_30_a_49_ans");
        participation[2] = l.parametre(css + "participation.de_50_a_59_ans");
        participation[3] = l.parametre(css + "participation.de_60_a_69_ans");
        participation[4] = l.parametre(css + "participation.70_ans_et_plus");
    }

    @Override
    public Variable[] variables() {
        return new Variable[] {Variable.CMU_C, Variable.CSS_PARTICIPATION_FORFAITAIRE};
    }

    @Override
    public void calculer(Contexte contexte) {
        Famille famille = contexte.famille();
        if (famille.parents.taille() == 0) {
            return;
        }
        Mois mois = contexte.mois();
        Trace trace = contexte.trace();
        Resultats resultats = contexte.resultats();
        int limite = (int) ageLimite.a(mois);

        double coefficient = coefficientFoyer(contexte, famille, limite);
        double plafond = Math.round(plafondAnnuel.a(mois) * coefficient);
        double plafondMajore = plafond * (1 + majorationParticipation.a(mois));
        boolean rsa = resultats.get(Variable.RSA) > 0;
        if (!trace.active()) {
            // Sans explication à écrire, deux cas se décident sans calculer les ressources des 12 mois :
            // le foyer au RSA (gratuite sans autre condition) et celui dont les seuls salaires dépassent le plafond majoré.
            if (rsa) {
                resultats.set(Variable.CMU_C, true);
                return;
            }
            if (ressources.minorantDesSalaires(contexte, famille) > plafondMajore) {
                return;
            }
        }
        // Au-delà du plafond majoré, ni gratuité ni participation : le calcul peut s'arrêter là (sans trace).
        double base = ressources.annuelles(contexte, famille, limite, plafondMajore);
        boolean gratuite = rsa || base <= plafond;

        if (trace.active()) {
            int personnes = ressources.personnesDuFoyer(contexte, famille, limite);
            trace.etape(Variable.CMU_C, "Plafond annuel sans participation pour un foyer de " + personnes
                    + (personnes > 1 ? " personnes" : " personne") + " (coefficient " + decimal(coefficient) + ")", plafond);
            if (rsa) {
                trace.condition(Variable.CMU_C, "beneficiaire_rsa", true,
                        "Le foyer perçoit le RSA : la complémentaire santé solidaire est gratuite sans autre condition de ressources");
            } else {
                trace.condition(Variable.CMU_C, "ressources_sous_le_plafond", base <= plafond,
                        "Vos ressources des 12 derniers mois (" + euros(base) + ") "
                                + (base <= plafond ? "ne dépassent pas" : "dépassent") + " le plafond sans participation (" + euros(plafond) + ")");
            }
        }
        resultats.set(Variable.CMU_C, gratuite);
        if (gratuite) {
            if (trace.active()) {
                trace.condition(Variable.CSS_PARTICIPATION_FORFAITAIRE, "sans_participation", false,
                        "Aucune participation à payer : la complémentaire santé solidaire du foyer est gratuite");
            }
            return;
        }

        boolean avecParticipation = base <= plafondMajore;
        if (trace.active()) {
            trace.etape(Variable.CSS_PARTICIPATION_FORFAITAIRE, "Plafond annuel avec participation (plafond majoré de 35 %)", plafondMajore);
            trace.condition(Variable.CSS_PARTICIPATION_FORFAITAIRE, "ressources_sous_le_plafond_majore", avecParticipation,
                    "Vos ressources des 12 derniers mois (" + euros(base) + ") "
                            + (avecParticipation ? "ne dépassent pas" : "dépassent") + " le plafond avec participation (" + euros(plafondMajore) + ")");
        }
        if (!avecParticipation) {
            return;
        }
        double total = 0;
        for (int i = 0; i < famille.parents.taille(); i++) {
            total += participationDe(contexte, famille.parents.get(i), mois, trace);
        }
        for (int i = 0; i < famille.enfants.taille(); i++) {
            total += participationDe(contexte, famille.enfants.get(i), mois, trace);
        }
        resultats.set(Variable.CSS_PARTICIPATION_FORFAITAIRE, total);
        if (trace.active()) {
            trace.etape(Variable.CSS_PARTICIPATION_FORFAITAIRE, "Participation mensuelle due pour le foyer", total);
        }
    }

    /**
     * Coefficient du plafond (R861-2) : 1 pour le demandeur, 0,5 pour la deuxième personne, 0,3 pour chacune des
     * troisième et quatrième, 0,4 au-delà ; les enfants comptent de l'aîné au plus jeune, un enfant en garde
     * alternée pour moitié de son coefficient.
     */
    private double coefficientFoyer(Contexte contexte, Famille famille, int limite) {
        Situation s = contexte.situation();
        Mois mois = contexte.mois();
        double deuxieme = coefficientDeuxiemePersonne.a(mois);
        double troisiemeQuatrieme = coefficientTroisiemeEtQuatrieme.a(mois);
        double supplementaire = coefficientSupplementaire.a(mois);
        double coefficient = 1;
        int rang = 1;
        if (famille.parents.taille() >= 2) {
            coefficient += deuxieme;
            rang = 2;
        }
        int enfants = famille.enfants.taille();
        for (int i = 0; i < enfants; i++) {
            int enfant = famille.enfants.get(i);
            if (contexte.age(enfant) >= limite) {
                continue;
            }
            int rangEnfant = rang + 1 + plusAgesQue(contexte, famille, enfant, limite);
            double c = rangEnfant == 2 ? deuxieme : rangEnfant <= 4 ? troisiemeQuatrieme : supplementaire;
            coefficient += s.individu(enfant).gardeAlternee ? c / 2 : c;
        }
        return coefficient;
    }

    /** Nombre d'enfants du foyer plus âgés que {@code enfant} (à âge égal, l'ordre de la famille départage). */
    private static int plusAgesQue(Contexte contexte, Famille famille, int enfant, int limite) {
        Situation s = contexte.situation();
        long naissance = s.individu(enfant).naissance;
        int plusAges = 0;
        for (int j = 0; j < famille.enfants.taille(); j++) {
            int autre = famille.enfants.get(j);
            if (autre == enfant || contexte.age(autre) >= limite) {
                continue;
            }
            long n = s.individu(autre).naissance;
            if (n < naissance || (n == naissance && autre < enfant)) {
                plusAges++;
            }
        }
        return plusAges;
    }

    /** Participation mensuelle d'une personne selon son âge au 1er janvier de l'année d'attribution. */
    private double participationDe(Contexte contexte, int individu, Mois mois, Trace trace) {
        int age = contexte.situation().age(individu, mois.annee(), 1, 1);
        int tranche = age < 30 ? 0 : age < 50 ? 1 : age < 60 ? 2 : age < 70 ? 3 : 4;
        double montant = participation[tranche].a(mois);
        if (trace.active()) {
            trace.etape(Variable.CSS_PARTICIPATION_FORFAITAIRE, "Participation pour "
                    + contexte.situation().individu(individu).id + " (" + age + " ans au 1er janvier)", montant);
        }
        return montant;
    }

    /** Un coefficient écrit à la française (« 2,1 »), pour les explications. */
    static String decimal(double valeur) {
        double arrondi = Math.round(valeur * 100) / 100.0;
        if (arrondi == Math.rint(arrondi)) {
            return Long.toString((long) arrondi);
        }
        return String.valueOf(arrondi).replace('.', ',');
    }

    static boolean proprietaireOuLogeGratuitement(Menage menage) {
        StatutOccupationLogement statut = menage.statutOccupation;
        return statut == StatutOccupationLogement.PROPRIETAIRE || statut == StatutOccupationLogement.PRIMO_ACCEDANT
                || statut == StatutOccupationLogement.LOGE_GRATUITEMENT;
    }
}
