package fr.passerelle.moteur.prestations.minima;

import fr.passerelle.moteur.calcul.Calculateur;
import fr.passerelle.moteur.calcul.Explication;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.calcul.Resultats;
import fr.passerelle.moteur.openfisca.LecteurSituation;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Situation;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * Des foyers de test écrits comme des situations OpenFisca : des adultes (âge, salaire brut mensuel, pension
 * brute mensuelle, taux d'incapacité), des enfants, un logement. Les montants sont constants sur toute la
 * fenêtre de calcul (N-2 à N).
 */
public final class Foyers {

    public static final Moteur MOTEUR = Moteur.francais();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<String> adultes = new ArrayList<>();
    private final List<String> enfants = new ArrayList<>();
    private String logement = "loge_gratuitement";
    private double loyer;
    private boolean maries;

    public static Foyers foyer() {
        return new Foyers();
    }

    /** Un adulte de {@code age} ans et demi au 1er du mois calculé. */
    public Foyers adulte(int age, double salaireBrutMensuel, double pensionBruteMensuelle) {
        return adulte(age, salaireBrutMensuel, pensionBruteMensuelle, 0, false);
    }

    public Foyers adulte(int age, double salaireBrutMensuel, double pensionBruteMensuelle, double tauxIncapacite, boolean restriction) {
        adultes.add("{'age': %d, 'salaire': %s, 'pension': %s, 'taux': %s, 'rsdae': %s}"
                .formatted(age, salaireBrutMensuel, pensionBruteMensuelle, tauxIncapacite, restriction));
        return this;
    }

    public Foyers enfant(int ageEnMois) {
        enfants.add(String.valueOf(ageEnMois));
        return this;
    }

    public Foyers maries() {
        maries = true;
        return this;
    }

    public Foyers proprietaire() {
        logement = "proprietaire";
        return this;
    }

    public Foyers logeGratuitement() {
        logement = "loge_gratuitement";
        return this;
    }

    public Foyers locataire(double loyerMensuel) {
        logement = "locataire_vide";
        loyer = loyerMensuel;
        return this;
    }

    public String json(Mois mois) {
        int an = mois.annee();
        StringBuilder individus = new StringBuilder();
        List<String> parents = new ArrayList<>();
        List<String> enfantsIds = new ArrayList<>();
        for (int i = 0; i < adultes.size(); i++) {
            var a = JSON.readTree(adultes.get(i).replace('\'', '"'));
            String id = "a" + (i + 1);
            parents.add("\"" + id + "\"");
            String naissance = mois.debut().minusYears(a.get("age").asInt()).minusMonths(6).toString();
            individus.append(individus.isEmpty() ? "" : ",").append("\"").append(id).append("\": {")
                    .append("\"date_naissance\": {\"ETERNITY\": \"").append(naissance).append("\"}")
                    .append(", \"salaire_de_base\": ").append(annees(an, 12 * a.get("salaire").asDouble()))
                    .append(", \"retraite_brute\": ").append(annees(an, 12 * a.get("pension").asDouble()))
                    .append(", \"statut_marital\": ").append(annees(an, maries && adultes.size() == 2 ? "\"marie\"" : "\"celibataire\""));
            if (a.get("taux").asDouble() > 0) {
                individus.append(", \"taux_incapacite\": ").append(annees(an, a.get("taux").asString()))
                        .append(", \"handicap\": ").append(annees(an, "true"))
                        .append(", \"aah_restriction_substantielle_durable_acces_emploi\": ").append(annees(an, a.get("rsdae").asString()));
            }
            individus.append("}");
        }
        for (int i = 0; i < enfants.size(); i++) {
            String id = "e" + (i + 1);
            enfantsIds.add("\"" + id + "\"");
            String naissance = mois.debut().minusMonths(Integer.parseInt(enfants.get(i))).toString();
            individus.append(",\"").append(id).append("\": {\"date_naissance\": {\"ETERNITY\": \"").append(naissance).append("\"}}");
        }
        String p = String.join(",", parents);
        String e = String.join(",", enfantsIds);
        StringBuilder foyers = new StringBuilder();
        if (maries || adultes.size() == 1) {
            foyers.append("\"ff\": {\"declarants\": [").append(p).append("], \"personnes_a_charge\": [").append(e).append("]}");
        } else {
            for (int i = 0; i < parents.size(); i++) {
                foyers.append(i == 0 ? "" : ",").append("\"ff").append(i).append("\": {\"declarants\": [").append(parents.get(i))
                        .append("], \"personnes_a_charge\": [").append(i == 0 ? e : "").append("]}");
            }
        }
        return "{\"individus\": {" + individus + "},"
                + "\"familles\": {\"f\": {\"parents\": [" + p + "], \"enfants\": [" + e + "]}},"
                + "\"foyers_fiscaux\": {" + foyers + "},"
                + "\"menages\": {\"m\": {\"personne_de_reference\": [" + parents.get(0) + "]"
                + (parents.size() > 1 ? ", \"conjoint\": [" + parents.get(1) + "]" : "")
                + ", \"enfants\": [" + e + "]"
                + ", \"loyer\": " + annees(an, String.valueOf(12 * loyer))
                + ", \"statut_occupation_logement\": " + annees(an, "\"" + logement + "\"")
                + ", \"depcom\": " + annees(an, "\"75056\"") + "}}}";
    }

    private static String annees(int an, double montantAnnuel) {
        return annees(an, String.valueOf(montantAnnuel));
    }

    private static String annees(int an, String valeur) {
        return "{\"" + (an - 2) + "\": " + valeur + ", \"" + (an - 1) + "\": " + valeur + ", \"" + an + "\": " + valeur + "}";
    }

    public Situation situation(String mois) {
        Mois m = Mois.de(mois);
        Situation s = new Situation();
        new LecteurSituation().lire("test", m, JSON.readTree(json(m)), s);
        return s;
    }

    public Resultats calculer(String mois) {
        Calculateur c = MOTEUR.calculateur();
        double[] copie = c.calculer(situation(mois), fr.passerelle.moteur.calcul.Trace.AUCUNE).copie();
        Resultats r = new Resultats();
        for (var v : fr.passerelle.moteur.calcul.Variable.toutes()) {
            r.set(v, copie[v.ordinal()]);
        }
        return r;
    }

    public Explication expliquer(String mois) {
        Explication e = new Explication();
        MOTEUR.calculateur().calculer(situation(mois), e);
        return e;
    }

    /** Salaire net d'un salaire brut mensuel pour un mois (cotisations, CSG et CRDS du moteur). */
    public static double salaireNet(double brutMensuel, String mois) {
        Situation s = foyer().adulte(40, brutMensuel, 0).situation(mois);
        return MOTEUR.socle().revenus().salaireNet(s, 0, Mois.de(mois));
    }
}
