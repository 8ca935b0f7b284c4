package fr.passerelle.depistage;

import fr.passerelle.moteur.calcul.Variable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Effectifs et montants annuels par prestation et par département. Additionnable (une synthèse par fil ou par
 * partition Spark, fusionnées à la fin) ; les montants sont en centimes entiers, si bien que l'ordre des
 * additions ne change pas le résultat : l'exécution embarquée et Spark donnent la même synthèse.
 */
public final class Synthese {

    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    /** Colonnes des compteurs d'une case (prestation, département). */
    private static final String[] COLONNES = {"a_demander", "montant_annuel_a_demander", "a_verifier", "montant_annuel_a_verifier",
            "attributions", "devenus_eligibles", "devenus_ineligibles", "montants_modifies", "difference_annuelle"};
    private static final int A_DEMANDER = 0;
    private static final int A_VERIFIER = 2;
    private static final int ATTRIBUTIONS = 4;
    private static final int DEVENUS_ELIGIBLES = 5;
    private static final int DIFFERENCE = 8;

    private long menages;
    private long menagesAvecConstat;
    private long rejets;
    private final Map<String, Map<String, long[]>> cases = new java.util.HashMap<>();

    public void ajouter(ResultatMenage r) {
        menages++;
        if (!r.sansConstat()) {
            menagesAvecConstat++;
        }
        for (Constat c : r.constats()) {
            long[] k = cellule(c.prestation().nom(), r.departement());
            int col = c.nature() == Nature.A_DEMANDER ? A_DEMANDER : A_VERIFIER;
            k[col]++;
            k[col + 1] += c.montantAnnuelCentimes();
        }
        for (Attribution a : r.attributions()) {
            cellule(a.prestation().nom(), r.departement())[ATTRIBUTIONS]++;
        }
    }

    /** Pour une comparaison de deux dates : le ménage compte une fois, ses changements par prestation. */
    public void ajouterChangements(String departement, java.util.List<Changement> changements) {
        menages++;
        if (!changements.isEmpty()) {
            menagesAvecConstat++;
        }
        for (Changement c : changements) {
            long[] k = cellule(c.prestation().nom(), departement);
            k[DEVENUS_ELIGIBLES + c.sens().ordinal()]++;
            k[DIFFERENCE] += c.differenceAnnuelleCentimes();
        }
    }

    public void ajouterRejet() {
        rejets++;
    }

    public void fusionner(Synthese autre) {
        menages += autre.menages;
        menagesAvecConstat += autre.menagesAvecConstat;
        rejets += autre.rejets;
        autre.cases.forEach((p, deps) -> deps.forEach((d, k) -> {
            long[] ici = cellule(p, d);
            for (int i = 0; i < ici.length; i++) {
                ici[i] += k[i];
            }
        }));
    }

    private long[] cellule(String prestation, String departement) {
        return cases.computeIfAbsent(prestation, p -> new java.util.HashMap<>()).computeIfAbsent(departement, d -> new long[COLONNES.length]);
    }

    public long menages() {
        return menages;
    }

    public long menagesAvecConstat() {
        return menagesAvecConstat;
    }

    public long rejets() {
        return rejets;
    }

    /** Effectif « à demander » d'une prestation, tous départements. */
    public long aDemander(Variable v) {
        return total(v, A_DEMANDER);
    }

    public long montantAnnuelADemanderCentimes(Variable v) {
        return total(v, A_DEMANDER + 1);
    }

    public long aVerifier(Variable v) {
        return total(v, A_VERIFIER);
    }

    public long attributions(Variable v) {
        return total(v, ATTRIBUTIONS);
    }

    public long devenusEligibles(Variable v) {
        return total(v, DEVENUS_ELIGIBLES);
    }

    public long devenusIneligibles(Variable v) {
        return total(v, DEVENUS_ELIGIBLES + 1);
    }

    public long differenceAnnuelleCentimes(Variable v) {
        return total(v, DIFFERENCE);
    }

    public long aDemander(Variable v, String departement) {
        long[] k = cases.getOrDefault(v.nom(), Map.of()).get(departement);
        return k == null ? 0 : k[A_DEMANDER];
    }

    private long total(Variable v, int colonne) {
        return cases.getOrDefault(v.nom(), Map.of()).values().stream().mapToLong(k -> k[colonne]).sum();
    }

    /** JSON : totaux, puis par prestation (ensemble et par département). Montants en euros. */
    public String versJson() {
        ObjectNode racine = JSON.createObjectNode();
        racine.put("menages", menages);
        racine.put("menages_avec_constat", menagesAvecConstat);
        racine.put("rejets", rejets);
        ObjectNode prestations = racine.putObject("prestations");
        trie().forEach((p, deps) -> {
            ObjectNode noeud = prestations.putObject(p);
            long[] ensemble = new long[COLONNES.length];
            deps.values().forEach(k -> {
                for (int i = 0; i < k.length; i++) {
                    ensemble[i] += k[i];
                }
            });
            ecrire(noeud.putObject("ensemble"), ensemble);
            ObjectNode parDep = noeud.putObject("departements");
            deps.forEach((d, k) -> ecrire(parDep.putObject(d), k));
        });
        return JSON.writeValueAsString(racine);
    }

    private static void ecrire(ObjectNode n, long[] k) {
        for (int i = 0; i < COLONNES.length; i++) {
            if (COLONNES[i].startsWith("montant_annuel") || COLONNES[i].startsWith("difference")) {
                n.put(COLONNES[i], BigDecimal.valueOf(k[i], 2));
            } else {
                n.put(COLONNES[i], k[i]);
            }
        }
    }

    /** Les cases dans l'ordre des noms (prestation, puis département) : sorties stables d'une exécution à l'autre. */
    private Map<String, Map<String, long[]>> trie() {
        Map<String, Map<String, long[]>> t = new TreeMap<>();
        cases.forEach((p, deps) -> t.put(p, new TreeMap<>(deps)));
        return t;
    }

    /** CSV (séparateur « ; ») : une ligne par prestation et département, montants annuels en euros. */
    public String versCsv() {
        StringBuilder s = new StringBuilder("prestation;departement;").append(String.join(";", COLONNES)).append('\n');
        trie().forEach((p, deps) -> deps.forEach((d, k) -> {
            s.append(p).append(';').append(d);
            for (int i = 0; i < k.length; i++) {
                s.append(';').append(COLONNES[i].startsWith("montant_annuel") || COLONNES[i].startsWith("difference")
                        ? BigDecimal.valueOf(k[i], 2).toPlainString() : Long.toString(k[i]));
            }
            s.append('\n');
        }));
        return s.toString();
    }

    /** Relit {@link #versJson()} : les synthèses partielles des partitions Spark reviennent ainsi au pilote. */
    public static Synthese depuisJson(String texte) {
        JsonNode racine = JSON.readTree(texte);
        Synthese s = new Synthese();
        s.menages = racine.path("menages").asLong();
        s.menagesAvecConstat = racine.path("menages_avec_constat").asLong();
        s.rejets = racine.path("rejets").asLong();
        for (Map.Entry<String, JsonNode> p : racine.path("prestations").properties()) {
            for (Map.Entry<String, JsonNode> d : p.getValue().path("departements").properties()) {
                long[] k = s.cellule(p.getKey(), d.getKey());
                for (int i = 0; i < COLONNES.length; i++) {
                    JsonNode v = d.getValue().path(COLONNES[i]);
                    k[i] = COLONNES[i].startsWith("montant_annuel") || COLONNES[i].startsWith("difference")
                            ? v.decimalValue().movePointRight(2).longValueExact() : v.asLong();
                }
            }
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Synthese s) || menages != s.menages || menagesAvecConstat != s.menagesAvecConstat || rejets != s.rejets
                || !cases.keySet().equals(s.cases.keySet())) {
            return false;
        }
        for (var e : cases.entrySet()) {
            Map<String, long[]> autres = s.cases.get(e.getKey());
            if (!e.getValue().keySet().equals(autres.keySet())) {
                return false;
            }
            for (var d : e.getValue().entrySet()) {
                if (!Arrays.equals(d.getValue(), autres.get(d.getKey()))) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(menages) * 31 + Long.hashCode(rejets);
    }

    @Override
    public String toString() {
        return versJson();
    }
}
