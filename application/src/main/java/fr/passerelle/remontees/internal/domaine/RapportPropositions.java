package fr.passerelle.remontees.internal.domaine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Agrégation des remontées par démarche (et étape) et nature, pour une administration : les difficultés qui touchent
 * le plus de personnes d'abord, avec le nombre de signalements, de personnes et jusqu'à trois exemples (textes libres).
 */
public final class RapportPropositions {

    public static final int EXEMPLES = 3;

    public record Ligne(String demarche, String etape, Nature nature, int signalements, int personnes, List<String> exemples) {
    }

    private final String administration;
    private final List<Ligne> lignes;

    private RapportPropositions(String administration, List<Ligne> lignes) {
        this.administration = administration;
        this.lignes = List.copyOf(lignes);
    }

    public static RapportPropositions pour(String administration, List<Remontee> remontees) {
        Map<String, List<Remontee>> groupes = new LinkedHashMap<>();
        for (Remontee r : remontees) {
            if (!r.administration().equals(administration)) {
                continue;
            }
            String cle = r.demarche().toLowerCase(Locale.FRANCE).strip() + "\u0000"
                    + (r.etape() == null ? "" : r.etape().toLowerCase(Locale.FRANCE).strip()) + "\u0000" + r.nature();
            groupes.computeIfAbsent(cle, k -> new ArrayList<>()).add(r);
        }
        List<Ligne> lignes = new ArrayList<>();
        for (List<Remontee> g : groupes.values()) {
            Remontee premiere = g.get(0);
            List<String> exemples = g.stream().map(Remontee::texte).filter(t -> t != null && !t.isBlank()).distinct().limit(EXEMPLES).toList();
            lignes.add(new Ligne(premiere.demarche(), premiere.etape(), premiere.nature(), g.size(),
                    g.stream().mapToInt(Remontee::personnes).sum(), exemples));
        }
        lignes.sort(Comparator.comparingInt(Ligne::personnes).reversed().thenComparing(Comparator.comparingInt(Ligne::signalements).reversed())
                .thenComparing(Ligne::demarche));
        return new RapportPropositions(administration, lignes);
    }

    public String administration() {
        return administration;
    }

    public List<Ligne> lignes() {
        return lignes;
    }

    public int personnes() {
        return lignes.stream().mapToInt(Ligne::personnes).sum();
    }

    /** CSV (séparateur point-virgule, guillemets doublés) lisible par un tableur français. */
    public String csv() {
        StringBuilder s = new StringBuilder("administration;demarche;etape;nature;signalements;personnes;exemples\r\n");
        for (Ligne l : lignes) {
            s.append(String.join(";", champ(administration), champ(l.demarche()), champ(l.etape() == null ? "" : l.etape()),
                    champ(l.nature().libelle()), String.valueOf(l.signalements()), String.valueOf(l.personnes()),
                    champ(String.join(" | ", l.exemples())))).append("\r\n");
        }
        return s.toString();
    }

    private static String champ(String v) {
        String sur = v.startsWith("=") || v.startsWith("+") || v.startsWith("-") || v.startsWith("@") ? "'" + v : v;
        return "\"" + sur.replace("\"", "\"\"") + "\"";
    }
}
