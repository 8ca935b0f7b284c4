package fr.passerelle.depistage;

import fr.passerelle.moteur.calcul.Variable;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Les attributions automatiques, tenues en données ({@code depistage/attributions.yaml}) : une règle dit « si le
 * ménage perçoit X (et/ou est éligible à Y), attribuer Z », avec sa référence légale. Une erreur dans le fichier
 * arrête le chargement et nomme la règle et le champ.
 */
public final class ReglesAttribution {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> CHAMPS = Set.of("id", "libelle", "si_percoit", "si_eligible", "attribuer", "reference");

    /** Une règle ; {@code siPercoit} ou {@code siEligible} peut manquer (pas les deux). */
    public record Regle(String id, String libelle, Variable siPercoit, Variable siEligible, Variable attribuer, String reference) {

        boolean sApplique(long[] percuCentimes, long[] calculeCentimes) {
            return (siPercoit == null || percuCentimes[siPercoit.ordinal()] > 0)
                    && (siEligible == null || calculeCentimes[siEligible.ordinal()] > 0)
                    && percuCentimes[attribuer.ordinal()] == 0;
        }
    }

    private final List<Regle> regles;
    private final String texte;

    private ReglesAttribution(List<Regle> regles, String texte) {
        this.regles = List.copyOf(regles);
        this.texte = texte;
    }

    public static ReglesAttribution parDefaut() {
        try (InputStream in = ReglesAttribution.class.getResourceAsStream("/depistage/attributions.yaml")) {
            if (in == null) {
                throw new IllegalStateException("ressource depistage/attributions.yaml absente");
            }
            return depuis(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ReglesAttribution lire(Path fichier) throws IOException {
        return depuis(Files.readString(fichier));
    }

    public static ReglesAttribution aucune() {
        return new ReglesAttribution(List.of(), "regles: []\n");
    }

    /** Lit le texte YAML ; {@link #texte()} le rend tel quel (c'est ce qui voyage vers les exécuteurs Spark). */
    public static ReglesAttribution depuis(String yaml) {
        JsonNode racine;
        try {
            racine = YAML.readTree(yaml);
        } catch (RuntimeException e) {
            throw new ReglesInvalides("fichier d'attributions illisible : " + e.getMessage());
        }
        JsonNode liste = racine == null ? null : racine.get("regles");
        if (liste == null || !liste.isArray()) {
            throw new ReglesInvalides("la liste « regles » est absente");
        }
        List<Regle> regles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int rang = 0;
        for (JsonNode r : liste) {
            rang++;
            String id = r.path("id").asString("").trim();
            String nom = id.isEmpty() ? "règle n° " + rang : "règle " + id;
            if (id.isEmpty()) {
                throw new ReglesInvalides(nom + " : id absent");
            }
            if (!ids.add(id)) {
                throw new ReglesInvalides(nom + " : id en double");
            }
            for (String champ : r.propertyNames()) {
                if (!CHAMPS.contains(champ)) {
                    throw new ReglesInvalides(nom + " : champ inconnu « " + champ + " » (attendu : " + String.join(", ", CHAMPS.stream().sorted().toList()) + ")");
                }
            }
            Variable siPercoit = prestation(nom, r, "si_percoit", false);
            Variable siEligible = prestation(nom, r, "si_eligible", false);
            Variable attribuer = prestation(nom, r, "attribuer", true);
            if (siPercoit == null && siEligible == null) {
                throw new ReglesInvalides(nom + " : une condition si_percoit ou si_eligible est attendue");
            }
            String reference = r.path("reference").asString("").trim();
            if (reference.isEmpty()) {
                throw new ReglesInvalides(nom + " : reference : la référence légale est obligatoire");
            }
            regles.add(new Regle(id, r.path("libelle").asString("").trim(), siPercoit, siEligible, attribuer, reference));
        }
        return new ReglesAttribution(regles, yaml);
    }

    private static Variable prestation(String nom, JsonNode r, String champ, boolean obligatoire) {
        JsonNode n = r.get(champ);
        if (n == null || n.isNull()) {
            if (obligatoire) {
                throw new ReglesInvalides(nom + " : " + champ + " absent");
            }
            return null;
        }
        Variable v = Prestations.parNom(n.asString(""));
        if (v == null) {
            throw new ReglesInvalides(nom + " : " + champ + " : prestation inconnue « " + n.asString("") + " » (connues : " + Prestations.nomsConnus() + ")");
        }
        return v;
    }

    public List<Regle> regles() {
        return regles;
    }

    public String texte() {
        return texte;
    }

    /** Une erreur dans le fichier des attributions. */
    public static final class ReglesInvalides extends IllegalArgumentException {
        public ReglesInvalides(String message) {
            super(message);
        }
    }
}
