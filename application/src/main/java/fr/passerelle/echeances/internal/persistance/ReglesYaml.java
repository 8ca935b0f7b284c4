package fr.passerelle.echeances.internal.persistance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

import fr.passerelle.echeances.internal.domaine.Regle;

/** Lecture des règles de l'échéancier depuis {@code classpath:echeances/regles.yml}. */
public final class ReglesYaml {

    private ReglesYaml() {
    }

    @SuppressWarnings("unchecked")
    public static List<Regle> lire(String ressource) {
        try (InputStream in = ReglesYaml.class.getClassLoader().getResourceAsStream(ressource)) {
            if (in == null) {
                throw new IllegalStateException("règles introuvables : " + ressource);
            }
            List<Map<String, Object>> brutes = new Yaml().load(in);
            return brutes.stream().map(r -> new Regle((String) r.get("code"), (String) r.get("titre"),
                    (String) r.get("calcul"), (String) r.getOrDefault("condition", "toujours"),
                    (List<String>) r.get("dates"), r.get("source") == null ? null : r.get("source").toString(),
                    ((Number) r.getOrDefault("avance_jours", 0)).intValue(), (String) r.get("explication"),
                    (String) r.get("a_preparer"), (String) r.get("organisme"), (List<Integer>) r.get("rappels"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
