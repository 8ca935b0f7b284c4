package fr.passerelle.observatoire.internal.domaine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Période (bornes incluses) et département éventuel d'un tableau de bord, lus dans l'URL pour qu'elle se partage.
 * Sans période dans l'URL : les douze derniers mois jusqu'à aujourd'hui.
 */
public record Filtre(LocalDate du, LocalDate au, Optional<String> departement) {

    private static final Pattern DEPARTEMENT = Pattern.compile("\\d{2}|2A|2B|97\\d");
    public static final int JOURS_MAX = 3 * 366;

    /** Lit les paramètres ; une valeur illisible est refusée (champ et raison), jamais remplacée en silence. */
    public static Filtre lire(String du, String au, String departement, LocalDate aujourdhui) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        LocalDate fin = date("au", "Fin de période", au, aujourdhui, erreurs);
        LocalDate debut = date("du", "Début de période", du, fin == null ? aujourdhui.minusYears(1).plusDays(1)
                : fin.minusYears(1).plusDays(1), erreurs);
        if (debut != null && fin != null) {
            if (debut.isAfter(fin)) {
                erreurs.put("du", "Début de période : il doit précéder la fin de période (" + fin + ").");
            } else if (debut.plusDays(JOURS_MAX).isBefore(fin)) {
                erreurs.put("du", "Début de période : la période ne peut pas dépasser trois ans.");
            }
        }
        String dep = departement == null ? "" : departement.strip().toUpperCase();
        if (!dep.isEmpty() && !DEPARTEMENT.matcher(dep).matches()) {
            erreurs.put("departement", "Département : indiquez un numéro de département comme 33, 2A ou 974.");
        }
        if (!erreurs.isEmpty()) {
            throw new FiltreInvalide(erreurs);
        }
        return new Filtre(debut, fin, dep.isEmpty() ? Optional.empty() : Optional.of(dep));
    }

    private static LocalDate date(String champ, String nom, String texte, LocalDate parDefaut, Map<String, String> erreurs) {
        if (texte == null || texte.isBlank()) {
            return parDefaut;
        }
        try {
            return LocalDate.parse(texte.strip());
        } catch (DateTimeParseException e) {
            erreurs.put(champ, nom + " : la date « " + texte + " » n'est pas lisible ; écrivez-la comme 2026-01-31.");
            return null;
        }
    }

    /** Paramètres d'URL de ce filtre (pour les liens d'export et de partage). */
    public String requete() {
        return "du=" + du + "&au=" + au + departement.map(d -> "&departement=" + d).orElse("");
    }

    public String libelle() {
        return "du " + du + " au " + au + departement.map(d -> ", département " + d).orElse(", toute la France");
    }

    /** La période précédente de même durée (pour la tendance). */
    public Filtre precedent() {
        long jours = au.toEpochDay() - du.toEpochDay() + 1;
        return new Filtre(du.minusDays(jours), du.minusDays(1), departement);
    }
}
