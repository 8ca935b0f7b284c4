package fr.passerelle.ateliers.internal.domaine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Classement des communes où aller, de la plus prioritaire à la moins prioritaire.
 *
 * <ol>
 *   <li>Les <strong>zones blanches</strong> (plus de {@value Trajet#ZONE_BLANCHE_MINUTES} minutes estimées du site
 *   France services le plus proche) passent d'abord, sauf si un atelier y a eu lieu récemment.</li>
 *   <li>Puis le score : minutes de trajet (plafonnées à {@value #MINUTES_PLAFOND}), + {@value #POINTS_RURALE} si la
 *   commune est rurale (densité sous {@value #SEUIL_RURAL} hab/km², repère proche du « peu dense » de la grille
 *   INSEE), + {@value #POINTS_QPV} par quartier prioritaire (jusqu'à 3), + 10 × log10(population) (aller là où les
 *   gens sont), − {@value #MALUS_VISITE_RECENTE} si un atelier a eu lieu depuis moins de
 *   {@value #MOIS_VISITE_RECENTE} mois, − {@value #MALUS_VISITE_ANCIENNE} s'il date de moins de deux ans.</li>
 *   <li>À égalité, le code INSEE (ordre stable).</li>
 * </ol>
 */
public final class ClassementCommunes {

    public static final double SEUIL_RURAL = 60;
    static final int MINUTES_PLAFOND = 120;
    static final int POINTS_RURALE = 20;
    static final int POINTS_QPV = 25;
    static final int MALUS_VISITE_RECENTE = 80;
    static final int MALUS_VISITE_ANCIENNE = 25;
    static final int MOIS_VISITE_RECENTE = 12;

    private final List<CommuneDuTerritoire> communes;
    private final GrilleSites grille;

    public ClassementCommunes(List<CommuneDuTerritoire> communes, GrilleSites grille) {
        this.communes = List.copyOf(communes);
        this.grille = grille;
    }

    public int nombreDeCommunes() {
        return communes.size();
    }

    /**
     * @param derniersAteliers date du dernier atelier par code INSEE
     * @param qpvParCommune    nombre de quartiers prioritaires importés par code INSEE
     */
    public List<CommuneClassee> classer(LocalDate aujourdhui, Map<String, LocalDate> derniersAteliers,
                                        Map<String, Integer> qpvParCommune) {
        LocalDate recent = aujourdhui.minusMonths(MOIS_VISITE_RECENTE);
        LocalDate ancien = aujourdhui.minusMonths(24);
        List<CommuneClassee> calculees = new ArrayList<>(communes.size());
        for (CommuneDuTerritoire c : communes) {
            GrilleSites.SiteLePlusProche proche = grille.plusProche(c.latitude(), c.longitude());
            int minutes = Trajet.minutes(proche.distanceKm());
            boolean rurale = c.densite() < SEUIL_RURAL;
            int qpv = qpvParCommune.getOrDefault(c.code(), 0);
            Optional<LocalDate> dernier = Optional.ofNullable(derniersAteliers.get(c.code()));
            boolean visiteeRecemment = dernier.filter(d -> d.isAfter(recent)).isPresent();
            double score = Math.min(minutes, MINUTES_PLAFOND) + (rurale ? POINTS_RURALE : 0)
                    + POINTS_QPV * Math.min(qpv, 3) + 10 * Math.log10(Math.max(1, c.population()));
            if (visiteeRecemment) {
                score -= MALUS_VISITE_RECENTE;
            } else if (dernier.filter(d -> d.isAfter(ancien)).isPresent()) {
                score -= MALUS_VISITE_ANCIENNE;
            }
            boolean zoneBlanche = minutes > Trajet.ZONE_BLANCHE_MINUTES;
            calculees.add(new CommuneClassee(0, c, proche.site().nom(), proche.distanceKm(), minutes, rurale,
                    zoneBlanche, qpv, dernier, visiteeRecemment, score));
        }
        calculees.sort(Comparator.comparing((CommuneClassee c) -> !(c.zoneBlanche() && !c.visiteeRecemment()))
                .thenComparing(Comparator.comparingDouble(CommuneClassee::score).reversed())
                .thenComparing(c -> c.commune().code()));
        List<CommuneClassee> classees = new ArrayList<>(calculees.size());
        for (int i = 0; i < calculees.size(); i++) {
            CommuneClassee c = calculees.get(i);
            classees.add(new CommuneClassee(i + 1, c.commune(), c.siteLePlusProche(), c.distanceKm(), c.minutes(),
                    c.rurale(), c.zoneBlanche(), c.quartiersPrioritaires(), c.dernierAtelier(), c.visiteeRecemment(),
                    c.score()));
        }
        return classees;
    }
}
