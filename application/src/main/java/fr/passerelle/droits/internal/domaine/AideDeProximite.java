package fr.passerelle.droits.internal.domaine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Les sites France services les plus proches d'une commune : distance à vol d'oiseau depuis le centre de la
 * commune, temps de trajet estimé en voiture (distance routière ≈ {@link #DETOUR} × vol d'oiseau, à
 * {@link #VITESSE_KMH} km/h de moyenne), horaires du jour.
 */
public final class AideDeProximite {

    public static final double DETOUR = 1.3;
    public static final double VITESSE_KMH = 50;
    public static final int LOIN_MINUTES = 30;
    private static final double RAYON_TERRE_KM = 6371;

    public record SiteProche(SiteFranceServices site, double distanceKm, int minutes, String horairesDuJour) {

        public boolean loin() {
            return minutes > LOIN_MINUTES;
        }

        public String distance() {
            return distanceKm < 10 ? String.format(java.util.Locale.FRANCE, "%.1f km", distanceKm)
                    : Math.round(distanceKm) + " km";
        }
    }

    private final List<SiteFranceServices> sites;

    public AideDeProximite(List<SiteFranceServices> sites) {
        this.sites = List.copyOf(sites);
    }

    public int nombreDeSites() {
        return sites.size();
    }

    public List<SiteProche> plusProches(Commune commune, LocalDate jour, int nombre) {
        DayOfWeek j = jour.getDayOfWeek();
        return sites.stream()
                .map(s -> {
                    double d = distanceKm(commune.latitude(), commune.longitude(), s.latitude(), s.longitude());
                    return new SiteProche(s, d, minutes(d), s.horairesDu(j));
                })
                .sorted(Comparator.comparingDouble(SiteProche::distanceKm))
                .limit(nombre)
                .toList();
    }

    /** Temps de trajet estimé jusqu'au site le plus proche (sans trier tous les sites : sert pour toute la France). */
    public int minutesDuPlusProche(double latitude, double longitude) {
        double meilleur = Double.MAX_VALUE;
        for (SiteFranceServices s : sites) {
            if (Math.abs(s.latitude() - latitude) * 111.2 >= meilleur) {
                continue;
            }
            meilleur = Math.min(meilleur, distanceKm(latitude, longitude, s.latitude(), s.longitude()));
        }
        return minutes(meilleur);
    }

    static int minutes(double distanceKm) {
        return (int) Math.max(1, Math.round(distanceKm * DETOUR / VITESSE_KMH * 60));
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * RAYON_TERRE_KM * Math.asin(Math.sqrt(a));
    }
}
