package fr.passerelle.saisines.internal.domaine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ce que l'aidant écrit pour saisir une organisation.
 *
 * @param consentementPartage la personne a donné son accord pour que ces informations et ces pièces soient
 *                            partagées avec l'organisation (case obligatoire)
 */
public record NouvelleSaisine(String objet, String blocage, String tentatives, boolean consentementPartage) {

    public static final int OBJET_MAX = 200;
    public static final int TEXTE_MAX = 4000;

    public NouvelleSaisine {
        objet = objet == null ? "" : objet.strip();
        blocage = blocage == null ? "" : blocage.strip();
        tentatives = tentatives == null ? "" : tentatives.strip();
    }

    /** Les champs refusés et pourquoi (vide si tout va bien). */
    public Map<String, String> erreurs() {
        Map<String, String> erreurs = new LinkedHashMap<>();
        if (objet.isEmpty()) {
            erreurs.put("objet", "Indiquez l'objet de la saisine en quelques mots (par exemple : « RSA suspendu depuis mars »).");
        } else if (objet.length() > OBJET_MAX) {
            erreurs.put("objet", "L'objet fait " + objet.length() + " caractères : " + OBJET_MAX + " au plus.");
        }
        texte(erreurs, "blocage", blocage, "Décrivez ce qui est bloqué : l'organisation doit comprendre le problème.");
        texte(erreurs, "tentatives", tentatives,
                "Dites ce qui a déjà été tenté (appel, courrier, rendez-vous…) : l'organisation évite de le refaire.");
        if (!consentementPartage) {
            erreurs.put("consentement", "Cochez la case : la personne doit être d'accord pour que ces informations "
                    + "et ces pièces soient transmises à l'organisation.");
        }
        return erreurs;
    }

    private static void texte(Map<String, String> erreurs, String champ, String valeur, String siVide) {
        if (valeur.isEmpty()) {
            erreurs.put(champ, siVide);
        } else if (valeur.length() > TEXTE_MAX) {
            erreurs.put(champ, "Ce texte fait " + valeur.length() + " caractères : " + TEXTE_MAX + " au plus.");
        }
    }
}
