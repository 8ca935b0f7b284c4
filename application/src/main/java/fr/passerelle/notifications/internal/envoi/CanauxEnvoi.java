package fr.passerelle.notifications.internal.envoi;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import fr.passerelle.notifications.Canal;
import fr.passerelle.notifications.internal.domaine.CanalEnvoi;

/** Les canaux configurés, un par {@link Canal}. */
public class CanauxEnvoi {

    private final Map<Canal, CanalEnvoi> parCanal = new EnumMap<>(Canal.class);

    public CanauxEnvoi(List<CanalEnvoi> canaux) {
        for (CanalEnvoi c : canaux) {
            parCanal.put(c.canal(), c);
        }
        for (Canal c : Canal.values()) {
            if (!parCanal.containsKey(c)) {
                throw new IllegalStateException("aucune implémentation pour le canal " + c);
            }
        }
    }

    public CanalEnvoi de(Canal canal) {
        return parCanal.get(canal);
    }
}
