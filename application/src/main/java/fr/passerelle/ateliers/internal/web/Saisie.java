package fr.passerelle.ateliers.internal.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** Lecture des champs saisis : chaque refus nomme le champ et la raison, dans la carte des erreurs. */
final class Saisie {

    private static final DateTimeFormatter FRANCAIS = DateTimeFormatter.ofPattern("d/M/uuuu");

    private Saisie() {
    }

    static Optional<LocalDate> date(String champ, String libelle, String valeur, boolean obligatoire, Map<String, String> erreurs) {
        String v = valeur == null ? "" : valeur.strip();
        if (v.isEmpty()) {
            if (obligatoire) {
                erreurs.put(champ, libelle + " : indiquez une date (par exemple 17/05/2027).");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(v.contains("/") ? LocalDate.parse(v, FRANCAIS) : LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            erreurs.put(champ, libelle + " : « " + v + " » n'est pas une date lisible (par exemple 17/05/2027).");
            return Optional.empty();
        }
    }

    static String texte(String champ, String libelle, String valeur, int max, boolean obligatoire, Map<String, String> erreurs) {
        String v = valeur == null ? "" : valeur.strip();
        if (v.isEmpty() && obligatoire) {
            erreurs.put(champ, libelle + " : ce champ est obligatoire.");
        } else if (v.length() > max) {
            erreurs.put(champ, libelle + " : " + max + " caractères au plus (" + v.length() + " saisis).");
        }
        return v.isEmpty() ? null : v;
    }

    static Integer entier(String champ, String libelle, String valeur, int min, int max, boolean obligatoire, Map<String, String> erreurs) {
        String v = valeur == null ? "" : valeur.strip();
        if (v.isEmpty()) {
            if (obligatoire) {
                erreurs.put(champ, libelle + " : indiquez un nombre.");
            }
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                erreurs.put(champ, libelle + " : indiquez un nombre entre " + min + " et " + max + ".");
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            erreurs.put(champ, libelle + " : « " + v + " » n'est pas un nombre en chiffres.");
            return null;
        }
    }

    static String courriel(String champ, String valeur, boolean obligatoire, Map<String, String> erreurs) {
        String v = texte(champ, "Courriel", valeur, 200, obligatoire, erreurs);
        if (v != null && !v.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            erreurs.put(champ, "Courriel : « " + v + " » n'est pas une adresse de courriel (par exemple prenom.nom@exemple.fr).");
        }
        return v;
    }

    static String telephone(String champ, String valeur, boolean obligatoire, Map<String, String> erreurs) {
        String v = texte(champ, "Téléphone", valeur, 20, obligatoire, erreurs);
        if (v != null && !v.replaceAll("[\\s.()-]", "").matches("(\\+33|0)[1-9]\\d{8}")) {
            erreurs.put(champ, "Téléphone : « " + v + " » n'est pas un numéro français à 10 chiffres (par exemple 06 12 34 56 78).");
        }
        return v;
    }
}
