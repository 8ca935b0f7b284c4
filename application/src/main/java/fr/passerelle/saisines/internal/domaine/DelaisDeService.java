package fr.passerelle.saisines.internal.domaine;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import fr.passerelle.structures.TypeOrganisation;

/**
 * Délai de réponse promis par chaque type d'organisation (en jours calendaires). Chaque type doit en avoir un :
 * une saisine ne peut pas échapper au signalement de retard faute de délai.
 */
public final class DelaisDeService {

    private final Map<TypeOrganisation, Integer> jours;

    public DelaisDeService(Map<TypeOrganisation, Integer> jours) {
        Set<TypeOrganisation> manquants = EnumSet.allOf(TypeOrganisation.class);
        manquants.removeAll(jours.keySet());
        if (!manquants.isEmpty()) {
            throw new IllegalArgumentException("délai de service manquant pour : " + manquants);
        }
        jours.forEach((type, n) -> {
            if (n == null || n < 1 || n > 90) {
                throw new IllegalArgumentException("délai de service de " + type + " : " + n
                        + " (un nombre de jours entre 1 et 90 est attendu)");
            }
        });
        this.jours = new EnumMap<>(jours);
    }

    public int jours(TypeOrganisation type) {
        return jours.get(type);
    }

    public Duration delai(TypeOrganisation type) {
        return Duration.ofDays(jours(type));
    }
}
