package fr.passerelle.echeances.internal.domaine;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Export iCalendar (RFC 5545) de l'échéancier : un événement par échéance, avec une alarme la veille. */
public final class Icalendar {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter HORODATAGE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private Icalendar() {
    }

    public static String ecrire(List<Echeance> echeances, Instant maintenant) {
        StringBuilder ics = new StringBuilder();
        ligne(ics, "BEGIN:VCALENDAR");
        ligne(ics, "VERSION:2.0");
        ligne(ics, "PRODID:-//Passerelle//Mon echeancier//FR");
        ligne(ics, "CALSCALE:GREGORIAN");
        ligne(ics, "METHOD:PUBLISH");
        ligne(ics, "X-WR-CALNAME:" + texte("Mon échéancier Passerelle"));
        ligne(ics, "X-WR-TIMEZONE:Europe/Paris");
        for (Echeance e : echeances) {
            ligne(ics, "BEGIN:VEVENT");
            ligne(ics, "UID:" + texte(e.cle()) + "@passerelle");
            ligne(ics, "DTSTAMP:" + HORODATAGE.format(maintenant));
            if (e.rendezVous()) {
                ligne(ics, "DTSTART;TZID=Europe/Paris:" + LOCAL.format(e.date().atTime(e.heure())));
                ligne(ics, "DURATION:PT1H");
            } else {
                ligne(ics, "DTSTART;VALUE=DATE:" + JOUR.format(e.date()));
                ligne(ics, "DTEND;VALUE=DATE:" + JOUR.format(e.date().plusDays(1)));
            }
            ligne(ics, "SUMMARY:" + texte(e.titre()));
            ligne(ics, "DESCRIPTION:" + texte(e.explication() + "\nÀ préparer : " + e.aPreparer()
                    + "\nAuprès de : " + e.organisme()));
            ligne(ics, "BEGIN:VALARM");
            ligne(ics, "ACTION:DISPLAY");
            ligne(ics, "DESCRIPTION:" + texte(e.titre()));
            ligne(ics, "TRIGGER:-P1D");
            ligne(ics, "END:VALARM");
            ligne(ics, "END:VEVENT");
        }
        ligne(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** Échappement des valeurs texte (antislash, point-virgule, virgule, retour à la ligne). */
    static String texte(String valeur) {
        return valeur.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n");
    }

    /** Écrit une ligne terminée par CRLF, pliée à 75 octets UTF-8 (continuation : CRLF + espace). */
    static void ligne(StringBuilder sortie, String contenu) {
        int octets = 0;
        for (int i = 0; i < contenu.length(); ) {
            int point = contenu.codePointAt(i);
            int taille = new String(Character.toChars(point)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + taille > 75) {
                sortie.append("\r\n ");
                octets = 1;
            }
            sortie.appendCodePoint(point);
            octets += taille;
            i += Character.charCount(point);
        }
        sortie.append("\r\n");
    }
}
