package fr.passerelle.moteur.legislation;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * La législation en données : un fichier YAML par paramètre sous {@code legislation/} dans le classpath.
 * Le nom {@code prestations.rsa.montant_de_base} désigne {@code legislation/prestations/rsa/montant_de_base.yaml}.
 *
 * <p>Les formules demandent leurs paramètres à leur construction, donc au chargement du moteur :
 * un nom inconnu, un fichier mal formé ou une valeur sans référence légale arrêtent le chargement
 * avec le nom en cause, au lieu de produire un zéro silencieux au calcul.
 */
public final class Legislation {

    private static final YAMLMapper YAML = new YAMLMapper();

    private final String racine;
    private final ClassLoader chargeur;
    private final Map<String, Parametre> parametres = new ConcurrentHashMap<>();
    private final Map<String, Bareme> baremes = new ConcurrentHashMap<>();

    private Legislation(String racine, ClassLoader chargeur) {
        this.racine = racine;
        this.chargeur = chargeur;
    }

    public static Legislation francaise() {
        return new Legislation("legislation", Legislation.class.getClassLoader());
    }

    public static Legislation depuis(String racine, ClassLoader chargeur) {
        return new Legislation(racine, chargeur);
    }

    public Parametre parametre(String nom) {
        return parametres.computeIfAbsent(nom, this::chargerParametre);
    }

    public Bareme bareme(String nom) {
        return baremes.computeIfAbsent(nom, this::chargerBareme);
    }

    /** Les noms lus depuis le chargement, pour la documentation et les tests de couverture. */
    public Set<String> nomsCharges() {
        TreeMap<String, Boolean> noms = new TreeMap<>();
        parametres.keySet().forEach(n -> noms.put(n, true));
        baremes.keySet().forEach(n -> noms.put(n, true));
        return Collections.unmodifiableSet(noms.keySet());
    }

    private Parametre chargerParametre(String nom) {
        JsonNode racineYaml = lire(nom);
        if ("bareme".equals(racineYaml.path("type").asString(""))) {
            throw new LegislationInvalide(nom + " est un barème, pas un paramètre simple : utiliser bareme(\"" + nom + "\")");
        }
        List<ValeurDatee> valeurs = new ArrayList<>();
        for (JsonNode v : valeursDe(nom, racineYaml)) {
            LocalDate depuis = date(nom, v);
            JsonNode valeur = v.get("valeur");
            if (valeur == null || !valeur.isNumber()) {
                throw new LegislationInvalide(nom + " : la valeur du " + depuis + " doit être un nombre");
            }
            valeurs.add(new ValeurDatee(depuis, valeur.asDouble(), reference(nom, depuis, v)));
        }
        verifierOrdre(nom, valeurs.stream().map(ValeurDatee::depuis).toList());
        return new Parametre(nom, racineYaml.path("description").asString(""), racineYaml.path("unite").asString(""), valeurs);
    }

    private Bareme chargerBareme(String nom) {
        JsonNode racineYaml = lire(nom);
        if (!"bareme".equals(racineYaml.path("type").asString(""))) {
            throw new LegislationInvalide(nom + " n'est pas un barème (type: bareme attendu)");
        }
        List<Bareme.Version> versions = new ArrayList<>();
        for (JsonNode v : valeursDe(nom, racineYaml)) {
            LocalDate depuis = date(nom, v);
            List<Bareme.Tranche> tranches = new ArrayList<>();
            for (JsonNode t : v.path("tranches")) {
                JsonNode seuil = t.get("seuil");
                JsonNode taux = t.has("taux") ? t.get("taux") : t.get("montant");
                if (seuil == null || !seuil.isNumber() || taux == null || !taux.isNumber()) {
                    throw new LegislationInvalide(nom + " : au " + depuis + ", chaque tranche doit avoir un seuil et un taux (ou un montant) numériques");
                }
                tranches.add(new Bareme.Tranche(seuil.asDouble(), taux.asDouble()));
            }
            if (tranches.isEmpty()) {
                throw new LegislationInvalide(nom + " : la version du " + depuis + " n'a aucune tranche");
            }
            versions.add(new Bareme.Version(depuis, tranches, reference(nom, depuis, v)));
        }
        verifierOrdre(nom, versions.stream().map(Bareme.Version::depuis).toList());
        return new Bareme(nom, racineYaml.path("description").asString(""), versions);
    }

    private JsonNode lire(String nom) {
        if (!nom.matches("[a-z0-9_]+(\\.[a-z0-9_]+)*")) {
            throw new LegislationInvalide("Nom de paramètre invalide : « " + nom + " » (minuscules, chiffres, _ et points)");
        }
        String chemin = racine + "/" + nom.replace('.', '/') + ".yaml";
        try (InputStream in = chargeur.getResourceAsStream(chemin)) {
            if (in == null) {
                throw new LegislationInvalide("Paramètre inconnu : " + nom + " (aucun fichier " + chemin + ")");
            }
            return YAML.readTree(in);
        } catch (IOException | RuntimeException e) {
            if (e instanceof LegislationInvalide li) {
                throw li;
            }
            throw new LegislationInvalide("Fichier " + chemin + " illisible : " + e.getMessage(), e);
        }
    }

    private static JsonNode valeursDe(String nom, JsonNode racineYaml) {
        JsonNode valeurs = racineYaml.get("valeurs");
        if (valeurs == null || !valeurs.isArray() || valeurs.isEmpty()) {
            throw new LegislationInvalide(nom + " : la liste « valeurs » est absente ou vide");
        }
        return valeurs;
    }

    private static LocalDate date(String nom, JsonNode v) {
        String texte = v.path("depuis").asString("");
        try {
            return LocalDate.parse(texte);
        } catch (DateTimeParseException e) {
            throw new LegislationInvalide(nom + " : date d'effet « " + texte + " » invalide (AAAA-MM-JJ attendu)");
        }
    }

    private static String reference(String nom, LocalDate depuis, JsonNode v) {
        String reference = v.path("reference").asString("").trim();
        if (reference.isEmpty()) {
            throw new LegislationInvalide(nom + " : la valeur du " + depuis + " n'a pas de référence légale");
        }
        return reference;
    }

    private static void verifierOrdre(String nom, List<LocalDate> dates) {
        for (int i = 1; i < dates.size(); i++) {
            if (!dates.get(i).isAfter(dates.get(i - 1))) {
                throw new LegislationInvalide(nom + " : les dates d'effet doivent être croissantes (" + dates.get(i - 1) + " puis " + dates.get(i) + ")");
            }
        }
    }
}
