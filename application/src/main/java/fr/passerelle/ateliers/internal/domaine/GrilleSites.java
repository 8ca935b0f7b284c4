package fr.passerelle.ateliers.internal.domaine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Index spatial simple : les sites rangés par case d'un demi-degré de latitude et de longitude. La recherche du plus
 * proche parcourt les cases en anneaux autour de la commune et s'arrête dès qu'aucune case plus lointaine ne peut
 * contenir un site plus proche que le meilleur trouvé (borne prudente : un degré de longitude à la latitude la plus
 * haute de l'anneau). Pour 35 000 communes et 2 845 sites : quelques dizaines de distances par commune au lieu de
 * 2 845.
 */
public final class GrilleSites {

    private static final double KM_PAR_DEGRE = Math.PI * Trajet.RAYON_TERRE_KM / 180;
    /** Côté d'une case, en degrés. */
    static final double CASE = 0.5;
    private static final int ANNEAUX_MAX = 120;

    public record SiteLePlusProche(PointFranceServices site, double distanceKm) {
    }

    /** Un site et ses angles précalculés (en radians). */
    private record SiteIndexe(PointFranceServices site, double phi, double lambda, double cosPhi) {
    }

    private final Map<Long, SiteIndexe[]> cases = new HashMap<>();
    private final List<PointFranceServices> tous;

    public GrilleSites(List<PointFranceServices> sites) {
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("aucun site France services : le classement ne peut pas être calculé");
        }
        this.tous = List.copyOf(sites);
        Map<Long, List<SiteIndexe>> parCase = new HashMap<>();
        for (PointFranceServices s : sites) {
            double phi = Math.toRadians(s.latitude());
            parCase.computeIfAbsent(cle(caseDe(s.latitude()), caseDe(s.longitude())), k -> new ArrayList<>())
                    .add(new SiteIndexe(s, phi, Math.toRadians(s.longitude()), Math.cos(phi)));
        }
        parCase.forEach((cle, liste) -> cases.put(cle, liste.toArray(SiteIndexe[]::new)));
    }

    public int nombreDeSites() {
        return tous.size();
    }

    public SiteLePlusProche plusProche(double latitude, double longitude) {
        int cLat = caseDe(latitude);
        int cLon = caseDe(longitude);
        PointFranceServices meilleur = null;
        double meilleureDistance = Double.MAX_VALUE;
        double meilleurA = Double.MAX_VALUE;
        double phi = Math.toRadians(latitude);
        double cosPhi = Math.cos(phi);
        double lambda = Math.toRadians(longitude);
        for (int r = 0; r <= ANNEAUX_MAX; r++) {
            if (meilleur != null && borneInferieureKm(r, latitude) > meilleureDistance) {
                return new SiteLePlusProche(meilleur, meilleureDistance);
            }
            for (int i = -r; i <= r; i++) {
                for (int j = -r; j <= r; j++) {
                    if (Math.max(Math.abs(i), Math.abs(j)) != r) {
                        continue;
                    }
                    SiteIndexe[] dansLaCase = cases.get(cle(cLat + i, cLon + j));
                    if (dansLaCase == null) {
                        continue;
                    }
                    for (SiteIndexe s : dansLaCase) {
                        double a = haversineA(phi, cosPhi, lambda, s);
                        if (a < meilleurA) {
                            meilleurA = a;
                            meilleur = s.site();
                            meilleureDistance = 2 * Trajet.RAYON_TERRE_KM * Math.asin(Math.sqrt(a));
                        }
                    }
                }
            }
        }
        return parcoursComplet(latitude, longitude);
    }

    /** Le terme « a » de la formule de haversine : croissant avec la distance, il suffit pour comparer. */
    private static double haversineA(double phi, double cosPhi, double lambda, SiteIndexe s) {
        double sLat = Math.sin((s.phi() - phi) / 2);
        double sLon = Math.sin((s.lambda() - lambda) / 2);
        return sLat * sLat + cosPhi * s.cosPhi() * sLon * sLon;
    }

    /** Distance minimale entre le point et une case de l'anneau r : au moins (r - 1) cases entières. */
    private static double borneInferieureKm(int r, double latitude) {
        double latitudeLaPlusHaute = Math.min(89.9, Math.abs(latitude) + (r + 1) * CASE);
        return (r - 1) * CASE * KM_PAR_DEGRE * Math.cos(Math.toRadians(latitudeLaPlusHaute));
    }

    /** Parcours complet, si aucun site n'est trouvé en 120 anneaux (plus de 60 degrés : n'arrive pas avec la liste ANCT). */
    SiteLePlusProche parcoursComplet(double latitude, double longitude) {
        PointFranceServices meilleur = null;
        double meilleureDistance = Double.MAX_VALUE;
        for (PointFranceServices s : tous) {
            double d = Trajet.distanceKm(latitude, longitude, s.latitude(), s.longitude());
            if (d < meilleureDistance) {
                meilleureDistance = d;
                meilleur = s;
            }
        }
        return new SiteLePlusProche(meilleur, meilleureDistance);
    }

    private static int caseDe(double degres) {
        return (int) Math.floor(degres / CASE);
    }

    private static long cle(int lat, int lon) {
        return ((long) lat << 32) ^ (lon & 0xffffffffL);
    }
}
