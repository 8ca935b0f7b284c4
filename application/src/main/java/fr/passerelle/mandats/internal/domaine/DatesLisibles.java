package fr.passerelle.mandats.internal.domaine;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates écrites comme on les dit, à l'heure de Paris : « 3 juin 2026 à 14 h 05 ». */
public final class DatesLisibles {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("H 'h' mm", Locale.FRENCH);
    private static final DateTimeFormatter JOUR_HEURE = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' H 'h' mm", Locale.FRENCH);

    private DatesLisibles() {
    }

    public static String jourEtHeure(Instant instant) {
        return JOUR_HEURE.format(instant.atZone(ZONE));
    }

    public static String heure(Instant instant) {
        return HEURE.format(instant.atZone(ZONE));
    }

    public static String jour(Instant instant) {
        return JOUR.format(instant.atZone(ZONE));
    }
}
