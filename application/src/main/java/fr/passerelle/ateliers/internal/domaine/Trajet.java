package fr.passerelle.ateliers.internal.domaine;

/**
 * Distance à vol d'oiseau (haversine) et temps de trajet estimé en voiture, avec <strong>la même hypothèse que
 * l'aide à proximité du module droits</strong> : distance routière ≈ 1,3 × vol d'oiseau, 50 km/h de moyenne.
 * Recopiée ici (trois lignes) plutôt qu'exposée par droits : voir l'ADR 0010.
 */
public final class Trajet {

    public static final double DETOUR = 1.3;
    public static final double VITESSE_KMH = 50;
    /** Au-delà, la commune est une « zone blanche » : plus d'une demi-heure du premier France services. */
    public static final int ZONE_BLANCHE_MINUTES = 30;
    static final double RAYON_TERRE_KM = 6371;

    private Trajet() {
    }

    public static int minutes(double distanceKm) {
        return (int) Math.max(1, Math.round(distanceKm * DETOUR / VITESSE_KMH * 60));
    }

    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * RAYON_TERRE_KM * Math.asin(Math.sqrt(a));
    }
}
