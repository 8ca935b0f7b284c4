package fr.passerelle.ateliers.internal.domaine;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** Une commune avec ce qui fonde son rang dans le classement des communes où aller. */
public record CommuneClassee(int rang, CommuneDuTerritoire commune, String siteLePlusProche, double distanceKm,
                             int minutes, boolean rurale, boolean zoneBlanche, int quartiersPrioritaires,
                             Optional<LocalDate> dernierAtelier, boolean visiteeRecemment, double score) {

    private static final java.time.format.DateTimeFormatter JOUR = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String densiteArrondie() {
        double d = commune.densite();
        return d < 10 ? String.format(Locale.FRANCE, "%.1f", d) : String.valueOf(Math.round(d));
    }

    public String distance() {
        return distanceKm < 10 ? String.format(Locale.FRANCE, "%.1f km", distanceKm) : Math.round(distanceKm) + " km";
    }

    /** La commune, avec ses raisons, en une phrase (liste équivalente à la carte). */
    public String raisons() {
        StringBuilder r = new StringBuilder();
        r.append(zoneBlanche ? "zone blanche, " : "").append(minutes).append(" min du France services le plus proche");
        if (rurale) {
            r.append(", rurale");
        }
        if (quartiersPrioritaires > 0) {
            r.append(", ").append(quartiersPrioritaires).append(quartiersPrioritaires > 1 ? " quartiers prioritaires" : " quartier prioritaire");
        }
        dernierAtelier.ifPresent(d -> r.append(", dernier atelier (passé ou prévu) le ").append(d.format(JOUR)));
        return r.toString();
    }
}
