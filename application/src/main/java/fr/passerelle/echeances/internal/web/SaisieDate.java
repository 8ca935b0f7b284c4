package fr.passerelle.echeances.internal.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** Lecture des dates et heures saisies (« 2026-06-15 » d'un champ date, ou « 15/06/2026 » tapé à la main). */
final class SaisieDate {

    private static final DateTimeFormatter FRANCAIS = DateTimeFormatter.ofPattern("d/M/uuuu");

    private SaisieDate() {
    }

    /** Date facultative ; erreur dans {@code erreurs} si elle est illisible ou passée. */
    static Optional<LocalDate> lire(String champ, String saisie, LocalDate aujourdhui, Map<String, String> erreurs) {
        if (saisie == null || saisie.isBlank()) {
            return Optional.empty();
        }
        LocalDate date;
        try {
            String s = saisie.strip();
            date = s.contains("/") ? LocalDate.parse(s, FRANCAIS) : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            erreurs.put(champ, "Cette date n'est pas lisible. Écrivez-la sous la forme jour/mois/année, par exemple 15/06/2026.");
            return Optional.empty();
        }
        if (date.isBefore(aujourdhui)) {
            erreurs.put(champ, "Cette date est déjà passée (" + date.format(FRANCAIS) + "). Indiquez une date à venir.");
            return Optional.empty();
        }
        return Optional.of(date);
    }

    static Optional<LocalTime> heure(String champ, String saisie, Map<String, String> erreurs) {
        if (saisie == null || saisie.isBlank()) {
            erreurs.put(champ, "Indiquez l'heure du rendez-vous, par exemple 14:30.");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(saisie.strip().replace('h', ':').replace("H", ":")
                    .replaceAll(":$", ":00")));
        } catch (DateTimeParseException e) {
            erreurs.put(champ, "Cette heure n'est pas lisible. Écrivez-la par exemple 14:30.");
            return Optional.empty();
        }
    }
}
