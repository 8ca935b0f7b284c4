package fr.passerelle.saisines.internal.persistance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

import fr.passerelle.saisines.internal.domaine.DelaisDeService;
import fr.passerelle.structures.TypeOrganisation;

/** Lecture des délais de service depuis {@code classpath:saisines/delais.yml}. */
public final class DelaisYaml {

    public static final String RESSOURCE = "saisines/delais.yml";

    private DelaisYaml() {
    }

    public static DelaisDeService lire(String ressource) {
        try (InputStream in = DelaisYaml.class.getClassLoader().getResourceAsStream(ressource)) {
            if (in == null) {
                throw new IllegalStateException("délais de service introuvables : " + ressource);
            }
            Map<String, Object> brut = new Yaml().load(in);
            Map<TypeOrganisation, Integer> jours = new EnumMap<>(TypeOrganisation.class);
            brut.forEach((type, valeur) -> {
                if (!(valeur instanceof Integer n)) {
                    throw new IllegalStateException(ressource + " : le délai de " + type
                            + " doit être un nombre entier de jours (lu : " + valeur + ")");
                }
                jours.put(TypeOrganisation.valueOf(type), n);
            });
            return new DelaisDeService(jours);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
