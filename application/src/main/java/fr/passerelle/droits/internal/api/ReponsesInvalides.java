package fr.passerelle.droits.internal.api;

import java.util.Map;

/** Des réponses refusées par les vérifications du questionnaire : champ JSON → message. */
class ReponsesInvalides extends RuntimeException {

    private final Map<String, String> erreurs;

    ReponsesInvalides(Map<String, String> erreurs) {
        super("réponses invalides : " + erreurs.keySet());
        // Ordre gardé : la première erreur est celle de la première page du questionnaire.
        this.erreurs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(erreurs));
    }

    Map<String, String> erreurs() {
        return erreurs;
    }
}
