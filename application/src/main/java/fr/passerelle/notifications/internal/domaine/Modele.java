package fr.passerelle.notifications.internal.domaine;

import java.util.Map;

/** Modèle de message versionné : un objet (courriel, courrier) et un corps, à variables vérifiées. */
public record Modele(String code, int version, Gabarit objet, Gabarit corps) {

    public Modele {
        if (code == null || !code.matches("[a-z0-9-]{3,60}")) {
            throw new EntreeInvalide("code", "Le code du modèle s'écrit en minuscules, chiffres et tirets (3 à 60 caractères).");
        }
        if (objet.texte().length() > 200) {
            throw new EntreeInvalide("objet", "L'objet ne peut pas dépasser 200 caractères.");
        }
        if (corps.texte().length() > 2000) {
            throw new EntreeInvalide("corps", "Le message ne peut pas dépasser 2 000 caractères.");
        }
    }

    public static Modele lire(String code, int version, String objet, String corps) {
        return new Modele(code, version, Gabarit.lire("objet", objet), Gabarit.lire("corps", corps));
    }

    public MessageRedige rediger(Map<String, String> variables) {
        return new MessageRedige(objet.remplir(variables), corps.remplir(variables));
    }

    /** Objet et corps remplis. */
    public record MessageRedige(String objet, String corps) {
    }
}
