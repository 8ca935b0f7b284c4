package fr.passerelle.saisines.internal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Dates affichées par les gabarits des saisines, à l'heure de Paris. */
public final class Dates {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter JOUR_HEURE = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' H'h'mm", Locale.FRENCH);

    public String jour(Instant instant) {
        return instant.atZone(PARIS).format(JOUR);
    }

    public String jour(LocalDate date) {
        return date.format(JOUR);
    }

    public String jour(Optional<?> valeur) {
        return valeur.map(v -> v instanceof Instant i ? jour(i) : jour((LocalDate) v)).orElse("");
    }

    public String moment(Instant instant) {
        return instant.atZone(PARIS).format(JOUR_HEURE);
    }

    /** Valeur d'un champ de date (format ISO de l'élément input date). */
    public String champ(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }
}
