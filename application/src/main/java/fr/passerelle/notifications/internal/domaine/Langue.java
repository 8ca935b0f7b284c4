package fr.passerelle.notifications.internal.domaine;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Langue des messages d'une personne. Chaque modèle a sa version française ; les autres langues sont facultatives :
 * sans version dans la langue choisie, le message part en français (et l'historique le dit).
 */
public enum Langue {
    FRANCAIS("fr", "Français", DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH),
            DateTimeFormatter.ofPattern("H 'h' mm", Locale.FRENCH)),
    ANGLAIS("en", "English (anglais)", DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK),
            DateTimeFormatter.ofPattern("HH:mm", Locale.UK));

    private static final Pattern DATE_ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern HEURE_ISO = Pattern.compile("\\d{2}:\\d{2}");

    private final String code;
    private final String libelle;
    private final DateTimeFormatter date;
    private final DateTimeFormatter heure;

    Langue(String code, String libelle, DateTimeFormatter date, DateTimeFormatter heure) {
        this.code = code;
        this.libelle = libelle;
        this.date = date;
        this.heure = heure;
    }

    /**
     * Les variables d'un message, dont les dates (AAAA-MM-JJ) et les heures (HH:MM) sont écrites dans cette langue
     * (« lundi 15 juin 2026 », « 14 h 30 » ; « Monday 15 June 2026 », « 14:30 ») ; les autres valeurs sont
     * gardées telles quelles.
     */
    public Map<String, String> ecrire(Map<String, String> variables) {
        Map<String, String> ecrites = new LinkedHashMap<>();
        variables.forEach((nom, valeur) -> ecrites.put(nom, ecrire(valeur)));
        return ecrites;
    }

    private String ecrire(String valeur) {
        if (valeur == null) {
            return null;
        }
        try {
            if (DATE_ISO.matcher(valeur).matches()) {
                return LocalDate.parse(valeur).format(date);
            }
            if (HEURE_ISO.matcher(valeur).matches()) {
                return LocalTime.parse(valeur).format(heure);
            }
        } catch (DateTimeParseException e) {
            return valeur;
        }
        return valeur;
    }

    public String code() {
        return code;
    }

    public String libelle() {
        return libelle;
    }

    /** Nom de la langue dans une phrase en français (« en anglais »). */
    public String enFrancais() {
        return switch (this) {
            case FRANCAIS -> "français";
            case ANGLAIS -> "anglais";
        };
    }

    /** Lit le code saisi ({@code fr}, {@code en}) ; refusé avec le champ et la raison sinon. */
    public static Langue lire(String champ, String saisie) {
        String code = saisie == null ? "" : saisie.strip().toLowerCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new EntreeInvalide(champ, "Langue des messages : choisissez une langue dans la liste.");
        }
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst()
                .orElseThrow(() -> new EntreeInvalide(champ, "Langue des messages : « " + saisie.strip()
                        + " » n'est pas proposée. Choisissez parmi : "
                        + Arrays.stream(values()).map(Langue::libelle).collect(Collectors.joining(", ")) + "."));
    }

    /** Code lu en base (toujours valide : contrainte de la table). */
    public static Langue deCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst().orElse(FRANCAIS);
    }
}
