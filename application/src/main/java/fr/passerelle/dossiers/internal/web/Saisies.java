package fr.passerelle.dossiers.internal.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.passerelle.dossiers.internal.domaine.Identite;
import fr.passerelle.dossiers.internal.domaine.Nir;
import fr.passerelle.dossiers.internal.domaine.SaisieInvalide;

/** Lecture des formulaires des dossiers : chaque refus nomme le champ et la raison, rien n'est deviné. */
final class Saisies {

    private static final DateTimeFormatter FRANCAIS = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final Pattern COURRIEL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private Saisies() {
    }

    static String texte(Map<String, String> saisie, String champ) {
        return saisie.getOrDefault(champ, "").strip();
    }

    /** Texte obligatoire d'au plus {@code max} caractères. */
    static String obligatoire(Map<String, String> saisie, String champ, String libelle, int max, Map<String, String> erreurs) {
        String v = texte(saisie, champ);
        if (v.isEmpty()) {
            erreurs.put(champ, libelle + " : ce champ est obligatoire.");
        } else if (v.length() > max) {
            erreurs.put(champ, libelle + " : " + max + " caractères au plus (" + v.length() + " saisis).");
        }
        return v;
    }

    static Optional<String> courriel(Map<String, String> saisie, String champ, String libelle, Map<String, String> erreurs) {
        String v = texte(saisie, champ);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.length() > 254 || !COURRIEL.matcher(v).matches()) {
            erreurs.put(champ, libelle + " : cette adresse n'est pas lisible. Elle s'écrit comme prenom.nom@exemple.fr.");
            return Optional.empty();
        }
        return Optional.of(v.toLowerCase(java.util.Locale.ROOT));
    }

    /** Portable français : 06 ou 07 et 8 chiffres, ou +33 6/7… ; rendu sous la forme 06 12 34 56 78. */
    static Optional<String> portable(Map<String, String> saisie, String champ, Map<String, String> erreurs) {
        String v = texte(saisie, champ);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        String chiffres = v.replaceAll("[\\s.()-]", "");
        if (chiffres.startsWith("+33")) {
            chiffres = "0" + chiffres.substring(3);
        }
        if (!chiffres.matches("0[67]\\d{8}")) {
            erreurs.put(champ, "Téléphone portable : il faut un numéro de portable à 10 chiffres commençant par 06 ou 07 "
                    + "(par exemple 06 12 34 56 78).");
            return Optional.empty();
        }
        return Optional.of(chiffres.replaceAll("(\\d{2})(?=\\d)", "$1 "));
    }

    static Optional<LocalDate> dateDeNaissance(Map<String, String> saisie, String champ, LocalDate aujourdhui,
                                               Map<String, String> erreurs) {
        String v = texte(saisie, champ);
        if (v.isEmpty()) {
            erreurs.put(champ, "Date de naissance : ce champ est obligatoire.");
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = v.contains("/") ? LocalDate.parse(v, FRANCAIS) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            erreurs.put(champ, "Date de naissance : cette date n'est pas lisible. Écrivez-la jour/mois/année, par exemple 14/07/1962.");
            return Optional.empty();
        }
        if (date.isAfter(aujourdhui)) {
            erreurs.put(champ, "Date de naissance : elle est dans le futur. Vérifiez l'année.");
            return Optional.empty();
        }
        if (date.isBefore(aujourdhui.minusYears(130))) {
            erreurs.put(champ, "Date de naissance : plus de 130 ans avant aujourd'hui. Vérifiez l'année.");
            return Optional.empty();
        }
        return Optional.of(date);
    }

    /** NIR facultatif : clé de contrôle vérifiée, et cohérent avec l'année et le mois de naissance. */
    static Optional<Nir> nir(Map<String, String> saisie, String champ, Optional<LocalDate> naissance, Map<String, String> erreurs) {
        String v = texte(saisie, champ);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            Nir nir = Nir.lire(v);
            if (naissance.isPresent()) {
                String annee = nir.valeur().substring(1, 3);
                int mois = Integer.parseInt(nir.valeur().substring(3, 5));
                boolean anneeDifferente = Integer.parseInt(annee) != naissance.get().getYear() % 100;
                boolean moisDifferent = mois >= 1 && mois <= 12 && mois != naissance.get().getMonthValue();
                if (anneeDifferente || moisDifferent) {
                    erreurs.put(champ, "Numéro de sécurité sociale : l'année et le mois qu'il contient (chiffres 2 à 5) "
                            + "ne correspondent pas à la date de naissance saisie.");
                    return Optional.empty();
                }
            }
            return Optional.of(nir);
        } catch (SaisieInvalide e) {
            erreurs.putAll(Map.of(champ, e.erreurs().get("nir")));
            return Optional.empty();
        }
    }

    /** L'identité saisie à la création d'un dossier ; lève {@link SaisieInvalide} avec toutes les erreurs à la fois. */
    static Identite identite(Map<String, String> saisie, LocalDate aujourdhui) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        String nom = obligatoire(saisie, "nom", "Nom", 120, erreurs);
        String prenom = obligatoire(saisie, "prenom", "Prénom", 120, erreurs);
        Optional<LocalDate> naissance = dateDeNaissance(saisie, "dateNaissance", aujourdhui, erreurs);
        String commune = obligatoire(saisie, "commune", "Commune", 120, erreurs);
        Optional<String> portable = portable(saisie, "portable", erreurs);
        Optional<String> courriel = courriel(saisie, "courriel", "Courriel", erreurs);
        Optional<Nir> nir = nir(saisie, "nir", naissance, erreurs);
        courriel(saisie, "compte", "Compte Passerelle de la personne", erreurs);
        if (!erreurs.isEmpty()) {
            throw new SaisieInvalide(erreurs);
        }
        return new Identite(nom, prenom, naissance.orElseThrow(), commune, portable, courriel, nir);
    }

    static <E extends Enum<E>> Optional<E> choix(Map<String, String> saisie, String champ, Class<E> type, String message,
                                                 Map<String, String> erreurs) {
        String v = texte(saisie, champ);
        for (E valeur : type.getEnumConstants()) {
            if (valeur.name().equals(v)) {
                return Optional.of(valeur);
            }
        }
        erreurs.put(champ, message);
        return Optional.empty();
    }
}
