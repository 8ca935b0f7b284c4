package fr.passerelle.mandats.internal.domaine;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

/** Durée d'un mandat : d'un jour à douze mois (365 jours au plus quand elle est comptée en jours). */
public record Duree(int nombre, UniteDuree unite) {

    public static final int MOIS_AU_PLUS = 12;
    public static final int JOURS_AU_PLUS = 365;

    public Duree {
        if (unite == null) {
            throw new MandatInvalide("unite", "Choisissez l'unité de la durée : jours ou mois.");
        }
        if (nombre < 1) {
            throw new MandatInvalide("duree", "La durée doit être d'au moins un jour (vous avez indiqué " + nombre + ").");
        }
        if (unite == UniteDuree.MOIS && nombre > MOIS_AU_PLUS) {
            throw new MandatInvalide("duree", "La durée ne peut pas dépasser douze mois (vous avez indiqué "
                    + nombre + " mois).");
        }
        if (unite == UniteDuree.JOURS && nombre > JOURS_AU_PLUS) {
            throw new MandatInvalide("duree", "La durée ne peut pas dépasser douze mois, soit 365 jours (vous avez "
                    + "indiqué " + nombre + " jours).");
        }
    }

    /** Lit une durée saisie (nombre en chiffres, unité JOURS ou MOIS), ou refuse en nommant le champ. */
    public static Duree lire(String nombre, String unite) {
        UniteDuree u;
        try {
            u = unite == null || unite.isBlank() ? null : UniteDuree.valueOf(unite.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MandatInvalide("unite", "Choisissez l'unité de la durée : jours ou mois.");
        }
        if (nombre == null || nombre.isBlank()) {
            throw new MandatInvalide("duree", "Indiquez la durée du mandat en chiffres, par exemple 6.");
        }
        int n;
        try {
            n = Integer.parseInt(nombre.strip());
        } catch (NumberFormatException e) {
            throw new MandatInvalide("duree", "La durée doit être un nombre en chiffres, par exemple 6 (vous avez écrit « "
                    + nombre.strip() + " »).");
        }
        return new Duree(n, u);
    }

    /** Fin d'un mandat qui commence à cet instant, comptée en jours ou mois du calendrier de Paris. */
    public Instant finA(Instant debut, ZoneId zone) {
        ZonedDateTime d = debut.atZone(zone);
        return (unite == UniteDuree.MOIS ? d.plusMonths(nombre) : d.plusDays(nombre)).toInstant();
    }

    public String libelle() {
        return nombre + " " + unite.libelle(nombre);
    }
}
