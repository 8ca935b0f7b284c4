package fr.passerelle.droits.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.passerelle.droits.internal.domaine.Demarche;
import fr.passerelle.droits.internal.domaine.EstimateurDroits;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Les démarches de chaque droit, lues dans {@code donnees/demarches.yaml} ; une entrée manquante arrête le démarrage. */
@Component
public class CatalogueDemarches {

    private final Map<String, Demarche> demarches = new LinkedHashMap<>();

    CatalogueDemarches() {
        try (InputStream in = CatalogueDemarches.class.getResourceAsStream("/donnees/demarches.yaml")) {
            if (in == null) {
                throw new IllegalStateException("ressource donnees/demarches.yaml absente");
            }
            JsonNode racine = new YAMLMapper().readTree(in);
            for (var e : racine.properties()) {
                JsonNode d = e.getValue();
                demarches.put(e.getKey(), new Demarche(e.getKey(), texte(d, "organisme", e.getKey()),
                        texte(d, "commentFaire", e.getKey()), d.path("enLigne").asString(null),
                        d.path("telephone").asString(null), d.path("telephoneInfo").asString(null),
                        d.path("pieces").valueStream().map(JsonNode::asString).toList(), texte(d, "source", e.getKey())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String code : EstimateurDroits.CODES) {
            if (!demarches.containsKey(code)) {
                throw new IllegalStateException("donnees/demarches.yaml : aucune démarche pour « " + code + " »");
            }
        }
    }

    private static String texte(JsonNode d, String champ, String code) {
        String t = d.path(champ).asString(null);
        if (t == null || t.isBlank()) {
            throw new IllegalStateException("donnees/demarches.yaml : " + code + "." + champ + " manquant");
        }
        return t;
    }

    public Demarche de(String code) {
        return demarches.get(code);
    }

    public List<Demarche> toutes() {
        return List.copyOf(demarches.values());
    }
}
