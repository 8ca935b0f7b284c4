package fr.passerelle.moteur.prestations.famille;

import fr.passerelle.moteur.calcul.Calculateur;
import fr.passerelle.moteur.calcul.Explication;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.calcul.Resultats;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.openfisca.LecteurSituation;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Situation;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * Une famille d'essai écrite comme une situation OpenFisca : parents (salaire brut annuel, identique sur N-2..N),
 * enfants (date de naissance, garde alternée, scolarité), pension alimentaire perçue.
 */
final class CasFamille {

    static final Moteur MOTEUR = Moteur.francais();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Mois mois;
    private final List<Double> salaires = new ArrayList<>();
    private final List<String> enfants = new ArrayList<>();
    private double pension;
    final Explication explication = new Explication();

    private CasFamille(Mois mois) {
        this.mois = mois;
    }

    static CasFamille en(int annee, int mois) {
        return new CasFamille(new Mois(annee, mois));
    }

    CasFamille parent(double salaireBrutAnnuel) {
        salaires.add(salaireBrutAnnuel);
        return this;
    }

    CasFamille enfant(String naissance) {
        return enfant(naissance, false, null);
    }

    CasFamille enfant(String naissance, boolean gardeAlternee, String scolarite) {
        String e = "'date_naissance': {'ETERNITY': '" + naissance + "'}";
        if (gardeAlternee) {
            e += ", 'garde_alternee': {'ETERNITY': true}";
        }
        if (scolarite != null) {
            e += ", 'scolarite': {'" + mois.annee() + "': '" + scolarite + "'}";
        }
        enfants.add(e);
        return this;
    }

    CasFamille pensionAlimentaire(double parMois) {
        pension = parMois;
        return this;
    }

    Resultats calculer() {
        StringBuilder individus = new StringBuilder();
        List<String> parents = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int n = mois.annee();
        for (int i = 0; i < salaires.size(); i++) {
            String id = "p" + i;
            parents.add("'" + id + "'");
            if (individus.length() > 0) {
                individus.append(", ");
            }
            individus.append("'").append(id).append("': {'date_naissance': {'ETERNITY': '198").append(i).append("-03-10'}")
                    .append(", 'salaire_de_base': {'").append(n - 2).append("': ").append(salaires.get(i))
                    .append(", '").append(n - 1).append("': ").append(salaires.get(i))
                    .append(", '").append(n).append("': ").append(salaires.get(i)).append("}");
            if (i == 0 && pension > 0) {
                individus.append(", 'pensions_alimentaires_percues': {'").append(mois).append("': ").append(pension).append("}");
            }
            individus.append("}");
        }
        for (int i = 0; i < enfants.size(); i++) {
            String id = "e" + i;
            ids.add("'" + id + "'");
            individus.append(", '").append(id).append("': {").append(enfants.get(i)).append("}");
        }
        String famille = "'familles': {'f': {'parents': " + parents + ", 'enfants': " + ids + "}}";
        StringBuilder foyers = new StringBuilder("'foyers_fiscaux': {'ff': {'declarants': " + parents + ", 'personnes_a_charge': " + ids + "}}");
        String menage = "'menages': {'m': {'personne_de_reference': ['p0']"
                + (parents.size() > 1 ? ", 'conjoint': ['p1']" : "") + ", 'enfants': " + ids + ", 'depcom': {'" + n + "': '75056'}}}";
        String texte = "{'individus': {" + individus + "}, " + famille + ", " + foyers + ", " + menage + "}";
        Situation situation = new Situation();
        new LecteurSituation().lire("essai", mois, JSON.readTree(texte.replace('\'', '"')), situation);
        Calculateur calculateur = MOTEUR.calculateur();
        return calculateur.calculer(situation, explication);
    }

    double montant(Variable v) {
        return calculer().get(v);
    }

    /** La ligne de refus (condition non remplie) de la prestation, lisible à voix haute. */
    String raisonDuRefus(Variable v) {
        calculer();
        return explication.refus(v).raison();
    }

    /**
     * Le salaire brut annuel d'un parent seul qui donne exactement {@code ressources} de revenu net catégoriel
     * en N-2 (à un centime près, par défaut) : pour essayer les plafonds pile et un euro au-dessus.
     */
    static double salairePourRessources(int annee, double ressources) {
        double bas = 0;
        double haut = ressources * 2;
        for (int i = 0; i < 80; i++) {
            double milieu = (bas + haut) / 2;
            if (ressourcesDe(annee, milieu) <= ressources) {
                bas = milieu;
            } else {
                haut = milieu;
            }
        }
        return bas;
    }

    static double ressourcesDe(int annee, double salaireAnnuel) {
        Situation s = new Situation();
        String texte = "{'individus': {'p': {'date_naissance': {'ETERNITY': '1980-01-01'}, 'salaire_de_base': {'" + (annee - 2) + "': "
                + salaireAnnuel + "}}}}";
        new LecteurSituation().lire("essai", new Mois(annee, 1), JSON.readTree(texte.replace('\'', '"')), s);
        return MOTEUR.socle().fiscalite().revenuNetCategoriel(s, 0, annee - 2);
    }
}
