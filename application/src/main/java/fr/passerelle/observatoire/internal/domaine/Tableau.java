package fr.passerelle.observatoire.internal.domaine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Un tableau de données : identifiant (pour l'export), titre, résumé en texte, en-têtes et lignes. Une cellule est
 * un texte, un nombre, ou {@code null} (sans objet, ou masquée par le secret statistique).
 */
public record Tableau(String id, String titre, String resume, List<String> entetes, List<List<Object>> lignes) {

    public Tableau {
        entetes = List.copyOf(entetes);
        lignes = lignes.stream().map(l -> java.util.Collections.unmodifiableList(new ArrayList<>(l))).toList();
    }

    /** CSV (séparateur « ; », comme les tableurs français l'ouvrent ; cellule vide = sans objet ou masquée). */
    public String csv() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(";", entetes.stream().map(Tableau::champCsv).toList())).append("\r\n");
        for (List<Object> ligne : lignes) {
            sb.append(String.join(";", ligne.stream().map(c -> c == null ? "" : champCsv(Format.brut(c))).toList()))
                    .append("\r\n");
        }
        return sb.toString();
    }

    /** Lignes en objets (en-tête → valeur), pour l'export JSON. */
    public List<Map<String, Object>> enregistrements() {
        List<Map<String, Object>> resultat = new ArrayList<>();
        for (List<Object> ligne : lignes) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < entetes.size(); i++) {
                m.put(entetes.get(i), ligne.get(i));
            }
            resultat.add(m);
        }
        return resultat;
    }

    private static String champCsv(String s) {
        return s.contains(";") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
