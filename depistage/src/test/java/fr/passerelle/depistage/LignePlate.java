package fr.passerelle.depistage;

import fr.passerelle.depistage.internal.FormatPlat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Construit une ligne du format plat par nom de colonne (les autres restent vides). */
final class LignePlate {

    private final Map<String, String> valeurs = new LinkedHashMap<>();

    static LignePlate personneSeule(String id) {
        return new LignePlate().avec("menage", id).avec("periode", "2025-07").avec("depcom", "33063")
                .avec("statut_occupation_logement", "locataire_vide").avec("loyer", "600").avec("couple", "seul")
                .avec("a1_date_naissance", "1985-03-12").avec("a1_activite", "chomeur");
    }

    LignePlate avec(String colonne, String valeur) {
        if (!FormatPlat.COLONNES.contains(colonne)) {
            throw new IllegalArgumentException(colonne);
        }
        valeurs.put(colonne, valeur);
        return this;
    }

    String ligne() {
        StringJoiner j = new StringJoiner(";");
        FormatPlat.COLONNES.forEach(c -> j.add(valeurs.getOrDefault(c, "")));
        return j.toString();
    }

    static String fichier(LignePlate... lignes) {
        StringBuilder s = new StringBuilder(FormatPlat.enTete()).append('\n');
        for (LignePlate l : lignes) {
            s.append(l.ligne()).append('\n');
        }
        return s.toString();
    }
}
