package fr.passerelle.moteur.openfisca;

import fr.passerelle.moteur.calcul.Champ;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.periode.Annee;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.periode.Periode;
import fr.passerelle.moteur.periode.PeriodeInvalide;
import fr.passerelle.moteur.situation.Activite;
import fr.passerelle.moteur.situation.Fenetre;
import fr.passerelle.moteur.situation.Groupe;
import fr.passerelle.moteur.situation.Individu;
import fr.passerelle.moteur.situation.Menage;
import fr.passerelle.moteur.situation.Scolarite;
import fr.passerelle.moteur.situation.Situation;
import fr.passerelle.moteur.situation.StatutMarital;
import fr.passerelle.moteur.situation.StatutOccupationLogement;
import fr.passerelle.moteur.territoire.Communes;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lit une situation au format de l'API Web d'OpenFisca ({@code individus}, {@code familles},
 * {@code foyers_fiscaux}, {@code menages}) pour les variables que le moteur connaît. Une variable
 * inconnue, un montant négatif ou non numérique, une commune inconnue, un enfant plus âgé que ses parents
 * sont refusés avec le champ en cause : jamais de valeur par défaut silencieuse.
 */
public final class LecteurSituation {

    private static final Set<String> MONTANTS_INDIVIDU = Set.of("salaire_de_base", "retraite_brute", "chomage_brut", "pensions_alimentaires_percues");
    private static final Set<String> ENTITES = Set.of("individus", "familles", "foyers_fiscaux", "menages");

    private final Communes communes;

    public LecteurSituation(Communes communes) {
        this.communes = communes;
    }

    public LecteurSituation() {
        this(Communes.francaises());
    }

    /** Remplit {@code cible} (vidée d'abord) ; rend les variables demandées avec une valeur {@code null}. */
    public List<Demande> lire(String idMenage, Mois mois, JsonNode json, Situation cible) {
        cible.vider();
        cible.id = idMenage;
        cible.mois = mois;
        String horsChamp = Champ.horsChamp(mois);
        if (horsChamp != null) {
            throw new EntreeInvalide(idMenage, "period", horsChamp);
        }
        List<Demande> demandes = new ArrayList<>();
        if (json == null || !json.isObject()) {
            throw new EntreeInvalide(idMenage, "situation", "un objet JSON est attendu");
        }
        for (String entite : json.propertyNames()) {
            if (!ENTITES.contains(entite)) {
                throw new EntreeInvalide(idMenage, entite, "entité inconnue (attendu : individus, familles, foyers_fiscaux, menages)");
            }
        }
        JsonNode individus = objet(idMenage, json, "individus", true);
        if (individus.isEmpty()) {
            throw new EntreeInvalide(idMenage, "individus", "au moins une personne est attendue");
        }
        for (Map.Entry<String, JsonNode> e : individus.properties()) {
            int i;
            try {
                i = cible.nouvelIndividu(e.getKey());
            } catch (IllegalStateException trop) {
                throw new EntreeInvalide(idMenage, "individus", trop.getMessage());
            }
            lireIndividu(idMenage, mois, e.getKey(), e.getValue(), cible, cible.individu(i), demandes);
        }
        lireFamilles(idMenage, mois, objet(idMenage, json, "familles", false), cible, demandes);
        lireFoyers(idMenage, mois, objet(idMenage, json, "foyers_fiscaux", false), cible, demandes);
        lireMenages(idMenage, mois, objet(idMenage, json, "menages", false), cible, demandes);
        completerEntitesImplicites(cible);
        verifierAges(idMenage, cible);
        return demandes;
    }

    private static JsonNode objet(String idMenage, JsonNode json, String nom, boolean obligatoire) {
        JsonNode n = json.get(nom);
        if (n == null || n.isNull()) {
            if (obligatoire) {
                throw new EntreeInvalide(idMenage, nom, "absent");
            }
            return tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        }
        if (!n.isObject()) {
            throw new EntreeInvalide(idMenage, nom, "un objet JSON est attendu");
        }
        return n;
    }

    private void lireIndividu(String idMenage, Mois mois, String id, JsonNode variables, Situation s, Individu p, List<Demande> demandes) {
        String base = "individus." + id;
        for (Map.Entry<String, JsonNode> v : variables.properties()) {
            String nom = v.getKey();
            String champ = base + "." + nom;
            JsonNode valeurs = v.getValue();
            if (demande(idMenage, "individus", id, nom, valeurs, demandes)) {
                continue;
            }
            if (MONTANTS_INDIVIDU.contains(nom)) {
                double[] cible = switch (nom) {
                    case "salaire_de_base" -> p.salaireDeBase;
                    case "retraite_brute" -> p.retraiteBrute;
                    case "chomage_brut" -> p.chomageBrut;
                    default -> p.pensionsAlimentairesPercues;
                };
                lireMontants(idMenage, mois, champ, valeurs, cible);
                continue;
            }
            switch (nom) {
                case "date_naissance" -> p.naissance = date(idMenage, champ, valeurEnVigueur(idMenage, mois, champ, valeurs)).toEpochDay();
                case "age" -> {
                    int age = entier(idMenage, champ, valeurEnVigueur(idMenage, mois, champ, valeurs), 0, 130);
                    p.naissance = mois.debut().minusYears(age).minusMonths(6).toEpochDay();
                }
                case "activite" -> p.activite = enumeration(idMenage, champ, valeurEnVigueur(idMenage, mois, champ, valeurs), Activite.class);
                case "statut_marital" -> {
                    String t = texte(idMenage, champ, valeurEnVigueur(idMenage, mois, champ, valeurs));
                    p.statutMarital = enumeration(idMenage, champ, "jeune_veuf".equals(t) ? "veuf" : t, StatutMarital.class);
                }
                case "scolarite" -> p.scolarite = enumeration(idMenage, champ, valeurEnVigueur(idMenage, mois, champ, valeurs), Scolarite.class);
                case "handicap" -> p.handicap = booleen(idMenage, champ, valeurEnVigueur(idMenage, mois, champ, valeurs));
                case "aah_restriction_substantielle_durable_acces_emploi" ->
                        p.restrictionSubstantielleAccesEmploi = booleen(idMenage, champ, valeurEnVigueur(idMenage, mois, champ, valeurs));
                case "garde_alternee" -> p.gardeAlternee = booleen(idMenage, champ, valeurEnVigueur(idMenage, mois, champ, valeurs));
                case "taux_incapacite" -> {
                    double taux = nombre(idMenage, champ, valeurEnVigueur(idMenage, mois, champ, valeurs));
                    if (taux < 0 || taux > 1) {
                        throw new EntreeInvalide(idMenage, champ, "un taux entre 0 et 1 est attendu (0,8 pour 80 %), reçu " + taux);
                    }
                    p.tauxIncapacite = taux;
                }
                default -> throw new EntreeInvalide(idMenage, champ, "variable non prise en charge par le moteur");
            }
        }
        if (p.naissance == 0 && !variables.has("date_naissance") && !variables.has("age")) {
            throw new EntreeInvalide(idMenage, base + ".date_naissance", "absente : la date de naissance (ou l'âge) de chaque personne est nécessaire");
        }
    }

    private void lireFamilles(String idMenage, Mois mois, JsonNode familles, Situation s, List<Demande> demandes) {
        for (Map.Entry<String, JsonNode> e : familles.properties()) {
            int f = s.nouvelleFamille(e.getKey());
            String base = "familles." + e.getKey();
            for (Map.Entry<String, JsonNode> v : e.getValue().properties()) {
                switch (v.getKey()) {
                    case "parents" -> membres(idMenage, base + ".parents", v.getValue(), s, s.famille(f).parents, Genre.FAMILLE, f);
                    case "enfants" -> membres(idMenage, base + ".enfants", v.getValue(), s, s.famille(f).enfants, Genre.FAMILLE, f);
                    default -> {
                        if (!demande(idMenage, "familles", e.getKey(), v.getKey(), v.getValue(), demandes)) {
                            throw new EntreeInvalide(idMenage, base + "." + v.getKey(), "variable non prise en charge par le moteur");
                        }
                    }
                }
            }
            if (s.famille(f).parents.taille() == 0) {
                throw new EntreeInvalide(idMenage, base + ".parents", "une famille a au moins un parent");
            }
        }
    }

    private void lireFoyers(String idMenage, Mois mois, JsonNode foyers, Situation s, List<Demande> demandes) {
        for (Map.Entry<String, JsonNode> e : foyers.properties()) {
            int f = s.nouveauFoyer(e.getKey());
            String base = "foyers_fiscaux." + e.getKey();
            for (Map.Entry<String, JsonNode> v : e.getValue().properties()) {
                switch (v.getKey()) {
                    case "declarants" -> membres(idMenage, base + ".declarants", v.getValue(), s, s.foyer(f).declarants, Genre.FOYER, f);
                    case "personnes_a_charge" -> membres(idMenage, base + ".personnes_a_charge", v.getValue(), s, s.foyer(f).personnesACharge, Genre.FOYER, f);
                    default -> {
                        if (!demande(idMenage, "foyers_fiscaux", e.getKey(), v.getKey(), v.getValue(), demandes)) {
                            throw new EntreeInvalide(idMenage, base + "." + v.getKey(), "variable non prise en charge par le moteur");
                        }
                    }
                }
            }
        }
    }

    private void lireMenages(String idMenage, Mois mois, JsonNode menages, Situation s, List<Demande> demandes) {
        for (Map.Entry<String, JsonNode> e : menages.properties()) {
            int m = s.nouveauMenage(e.getKey());
            Menage menage = s.menage(m);
            String base = "menages." + e.getKey();
            for (Map.Entry<String, JsonNode> v : e.getValue().properties()) {
                String champ = base + "." + v.getKey();
                JsonNode valeurs = v.getValue();
                switch (v.getKey()) {
                    case "personne_de_reference" -> membres(idMenage, champ, valeurs, s, menage.personneDeReference, Genre.MENAGE, m);
                    case "conjoint" -> membres(idMenage, champ, valeurs, s, menage.conjoint, Genre.MENAGE, m);
                    case "enfants" -> membres(idMenage, champ, valeurs, s, menage.enfants, Genre.MENAGE, m);
                    case "autres" -> membres(idMenage, champ, valeurs, s, menage.autres, Genre.MENAGE, m);
                    case "loyer" -> lireMontants(idMenage, mois, champ, valeurs, menage.loyer);
                    case "statut_occupation_logement" -> menage.statutOccupation =
                            enumeration(idMenage, champ, valeurEnVigueur(idMenage, mois, champ, valeurs), StatutOccupationLogement.class);
                    case "depcom" -> {
                        String code = texte(idMenage, champ, valeurEnVigueur(idMenage, mois, champ, valeurs));
                        if (!communes.existe(code)) {
                            throw new EntreeInvalide(idMenage, champ, "commune « " + code + " » inconnue (code INSEE à 5 caractères attendu, par exemple 75056 pour Paris)");
                        }
                        if (Communes.outreMer(code)) {
                            throw new EntreeInvalide(idMenage, champ, Communes.raisonOutreMer(code));
                        }
                        menage.depcom = code;
                        menage.zoneLogement = communes.zoneLogement(code);
                    }
                    default -> {
                        if (!demande(idMenage, "menages", e.getKey(), v.getKey(), valeurs, demandes)) {
                            throw new EntreeInvalide(idMenage, champ, "variable non prise en charge par le moteur");
                        }
                    }
                }
            }
            if (menage.personneDeReference.taille() != 1) {
                throw new EntreeInvalide(idMenage, base + ".personne_de_reference", "un ménage a exactement une personne de référence");
            }
        }
    }

    /** Une personne sans famille, foyer ou ménage déclaré forme le sien, comme dans OpenFisca. */
    private static void completerEntitesImplicites(Situation s) {
        for (int i = 0; i < s.nombreIndividus(); i++) {
            Individu p = s.individu(i);
            if (p.famille < 0) {
                int f = s.nouvelleFamille("_famille_" + p.id);
                s.famille(f).parents.ajouter(i);
                p.famille = f;
            }
            if (p.foyerFiscal < 0) {
                int f = s.nouveauFoyer("_foyer_" + p.id);
                s.foyer(f).declarants.ajouter(i);
                p.foyerFiscal = f;
            }
            if (p.menage < 0) {
                int m = s.nouveauMenage("_menage_" + p.id);
                s.menage(m).personneDeReference.ajouter(i);
                p.menage = m;
            }
        }
    }

    private static void verifierAges(String idMenage, Situation s) {
        LocalDate debut = s.mois.debut();
        for (int i = 0; i < s.nombreIndividus(); i++) {
            Individu p = s.individu(i);
            if (LocalDate.ofEpochDay(p.naissance).isAfter(s.mois.fin())) {
                throw new EntreeInvalide(idMenage, "individus." + p.id + ".date_naissance", "née après le mois calculé (" + s.mois + ")");
            }
            if (s.age(i, debut) > 130) {
                throw new EntreeInvalide(idMenage, "individus." + p.id + ".date_naissance", "âge de plus de 130 ans");
            }
        }
        for (int f = 0; f < s.nombreFamilles(); f++) {
            Groupe parents = s.famille(f).parents;
            Groupe enfants = s.famille(f).enfants;
            for (int e = 0; e < enfants.taille(); e++) {
                Individu enfant = s.individu(enfants.get(e));
                long parentLePlusAge = Long.MAX_VALUE;
                for (int q = 0; q < parents.taille(); q++) {
                    parentLePlusAge = Math.min(parentLePlusAge, s.individu(parents.get(q)).naissance);
                }
                // Dans une famille recomposée, l'enfant d'un seul des conjoints peut être plus âgé que l'autre :
                // seule une personne plus âgée que tous les parents est une erreur de saisie.
                if (parents.taille() > 0 && enfant.naissance < parentLePlusAge) {
                    throw new EntreeInvalide(idMenage, "individus." + enfant.id + ".date_naissance",
                            "l'enfant " + enfant.id + " est plus âgé que ses parents");
                }
            }
        }
    }

    private static boolean demande(String idMenage, String entite, String id, String nom, JsonNode valeurs, List<Demande> demandes) {
        Variable variable = Variable.parNom(nom);
        if (variable == null || !valeurs.isObject()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> p : valeurs.properties()) {
            if (!p.getValue().isNull()) {
                throw new EntreeInvalide(idMenage, entite + "." + id + "." + nom, "variable calculée par le moteur : la demander avec la valeur null");
            }
            demandes.add(new Demande(entite, id, variable, p.getKey()));
        }
        return true;
    }

    /** Les trois genres de groupes d'OpenFisca : une personne n'appartient qu'à un groupe de chaque genre. */
    private enum Genre {
        FAMILLE("la famille", "une seule famille"),
        FOYER("le foyer fiscal", "un seul foyer fiscal"),
        MENAGE("le ménage", "un seul ménage");

        final String dansLe;
        final String unSeul;

        Genre(String dansLe, String unSeul) {
            this.dansLe = dansLe;
            this.unSeul = unSeul;
        }

        int groupeDe(Individu p) {
            return switch (this) {
                case FAMILLE -> p.famille;
                case FOYER -> p.foyerFiscal;
                case MENAGE -> p.menage;
            };
        }

        void rattacher(Individu p, int groupe) {
            switch (this) {
                case FAMILLE -> p.famille = groupe;
                case FOYER -> p.foyerFiscal = groupe;
                case MENAGE -> p.menage = groupe;
            }
        }

        String id(Situation s, int groupe) {
            return switch (this) {
                case FAMILLE -> s.famille(groupe).id;
                case FOYER -> s.foyer(groupe).id;
                case MENAGE -> s.menage(groupe).id;
            };
        }
    }

    /** Ajoute au groupe {@code cible} les personnes de la liste, chacune refusée si elle est déjà dans un autre groupe du même genre. */
    private static void membres(String idMenage, String champ, JsonNode liste, Situation s, Groupe groupe, Genre genre, int cible) {
        if (!liste.isArray()) {
            throw new EntreeInvalide(idMenage, champ, "une liste d'identifiants de personnes est attendue");
        }
        Set<String> vus = new HashSet<>();
        for (JsonNode n : liste) {
            String id = n.asString(null);
            int i = id == null ? -1 : s.indiceIndividu(id);
            if (i < 0) {
                throw new EntreeInvalide(idMenage, champ, "personne « " + n + " » absente de individus");
            }
            if (!vus.add(id)) {
                throw new EntreeInvalide(idMenage, champ, "personne « " + id + " » citée deux fois");
            }
            Individu p = s.individu(i);
            int actuel = genre.groupeDe(p);
            if (actuel >= 0 && actuel != cible) {
                throw new EntreeInvalide(idMenage, champ, "personne « " + id + " » déjà dans " + genre.dansLe
                        + " « " + genre.id(s, actuel) + " » : une personne n'appartient qu'à " + genre.unSeul);
            }
            groupe.ajouter(i);
            genre.rattacher(p, cible);
        }
    }

    private static void lireMontants(String idMenage, Mois mois, String champ, JsonNode valeurs, double[] cible) {
        if (!valeurs.isObject()) {
            throw new EntreeInvalide(idMenage, champ, "attendu un objet {période: montant}, par exemple {\"2025\": 18000}");
        }
        for (Map.Entry<String, JsonNode> e : valeurs.properties()) {
            String champPeriode = champ + " (" + e.getKey() + ")";
            double montant = nombre(idMenage, champPeriode, e.getValue());
            if (montant < 0) {
                throw new EntreeInvalide(idMenage, champPeriode, "montant négatif (" + montant + ")");
            }
            Periode periode = periode(idMenage, champPeriode, e.getKey());
            if (periode instanceof Annee a) {
                for (int m = 1; m <= 12; m++) {
                    int i = Fenetre.indice(mois, a.mois(m));
                    if (i >= 0) {
                        cible[i] = montant / 12;
                    }
                }
            } else if (periode instanceof Mois m) {
                int i = Fenetre.indice(mois, m);
                if (i >= 0) {
                    cible[i] = montant;
                }
            }
        }
    }

    /** La valeur en vigueur au mois calculé : celle de ce mois, de son année, ETERNITY, ou la plus récente avant. */
    private static JsonNode valeurEnVigueur(String idMenage, Mois mois, String champ, JsonNode valeurs) {
        if (!valeurs.isObject()) {
            throw new EntreeInvalide(idMenage, champ, "attendu un objet {période: valeur}, par exemple {\"2025\": ...} ou {\"ETERNITY\": ...}");
        }
        JsonNode v = valeurs.get(mois.toString());
        if (v == null) {
            v = valeurs.get(Integer.toString(mois.annee()));
        }
        if (v == null) {
            v = valeurs.get("ETERNITY");
        }
        if (v != null) {
            return v;
        }
        String meilleure = null;
        for (String cle : valeurs.propertyNames()) {
            Periode p = periode(idMenage, champ + " (" + cle + ")", cle);
            if (!p.debut().isAfter(mois.debut()) && (meilleure == null || cle.compareTo(meilleure) > 0)) {
                meilleure = cle;
            }
        }
        if (meilleure == null) {
            throw new EntreeInvalide(idMenage, champ, "aucune valeur pour " + mois + " ni avant");
        }
        return valeurs.get(meilleure);
    }

    private static Periode periode(String idMenage, String champ, String texte) {
        if ("ETERNITY".equals(texte)) {
            throw new EntreeInvalide(idMenage, champ, "un montant se donne pour une année ou un mois, pas ETERNITY");
        }
        try {
            return Periode.analyser(texte);
        } catch (PeriodeInvalide e) {
            throw new EntreeInvalide(idMenage, champ, e.getMessage());
        }
    }

    private static double nombre(String idMenage, String champ, JsonNode n) {
        if (n == null || !n.isNumber()) {
            throw new EntreeInvalide(idMenage, champ, "nombre attendu, reçu " + n);
        }
        double d = n.asDouble();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new EntreeInvalide(idMenage, champ, "nombre fini attendu");
        }
        return d;
    }

    private static int entier(String idMenage, String champ, JsonNode n, int min, int max) {
        if (n == null || !n.isIntegralNumber()) {
            throw new EntreeInvalide(idMenage, champ, "nombre entier attendu, reçu " + n);
        }
        int v = n.asInt();
        if (v < min || v > max) {
            throw new EntreeInvalide(idMenage, champ, "valeur " + v + " hors de " + min + ".." + max);
        }
        return v;
    }

    private static String texte(String idMenage, String champ, JsonNode n) {
        if (n == null || !n.isString()) {
            throw new EntreeInvalide(idMenage, champ, "texte attendu, reçu " + n);
        }
        return n.asString();
    }

    private static boolean booleen(String idMenage, String champ, JsonNode n) {
        if (n == null || !n.isBoolean()) {
            throw new EntreeInvalide(idMenage, champ, "true ou false attendu, reçu " + n);
        }
        return n.asBoolean();
    }

    private static LocalDate date(String idMenage, String champ, JsonNode n) {
        String t = texte(idMenage, champ, n);
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new EntreeInvalide(idMenage, champ, "date « " + t + " » invalide (AAAA-MM-JJ attendu)");
        }
    }

    private static <E extends Enum<E>> E enumeration(String idMenage, String champ, JsonNode n, Class<E> type) {
        return enumeration(idMenage, champ, texte(idMenage, champ, n), type);
    }

    private static <E extends Enum<E>> E enumeration(String idMenage, String champ, String t, Class<E> type) {
        try {
            return Enum.valueOf(type, t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> permises = java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
            throw new EntreeInvalide(idMenage, champ, "valeur « " + t + " » inconnue (valeurs possibles : " + String.join(", ", permises) + ")");
        }
    }
}
