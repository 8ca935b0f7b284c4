package fr.passerelle.ateliers;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.passerelle.ateliers.internal.domaine.ClassementCommunes;
import fr.passerelle.ateliers.internal.domaine.CommuneClassee;
import fr.passerelle.ateliers.internal.domaine.CommuneDuTerritoire;
import fr.passerelle.ateliers.internal.domaine.GrilleSites;
import fr.passerelle.ateliers.internal.domaine.PointFranceServices;
import fr.passerelle.ateliers.internal.domaine.Trajet;
import fr.passerelle.ateliers.internal.persistance.TerritoireJdbc;

/**
 * Banc du classement des communes (docs/benchmarks.md) : 10 tours d'échauffement puis 20 tours mesurés ; compare au
 * parcours complet (2 845 distances par commune) mesuré une fois. Lancer :
 * {@code mvn -B -q test-compile -pl application -am && java -cp "application/target/test-classes:application/target/classes" fr.passerelle.ateliers.BancClassementCommunes}
 */
public final class BancClassementCommunes {

    public static void main(String[] args) {
        List<CommuneDuTerritoire> communes = TerritoireJdbc.lireCommunes();
        List<PointFranceServices> sites = SitesDeV10.lire();
        Map<String, LocalDate> ateliers = new HashMap<>();
        Map<String, Integer> qpv = new HashMap<>();
        for (int i = 0; i < communes.size(); i += 50) {
            ateliers.put(communes.get(i).code(), LocalDate.of(2026, 1, 1).plusDays(i % 300));
            qpv.put(communes.get(i + 1).code(), 1 + i % 3);
        }
        long t0 = System.nanoTime();
        ClassementCommunes classement = new ClassementCommunes(communes, new GrilleSites(sites));
        long construction = System.nanoTime() - t0;
        LocalDate jour = LocalDate.of(2026, 11, 26);
        for (int i = 0; i < 10; i++) {
            classement.classer(jour, ateliers, qpv);
        }
        long meilleur = Long.MAX_VALUE;
        long total = 0;
        List<CommuneClassee> r = null;
        for (int i = 0; i < 20; i++) {
            long debut = System.nanoTime();
            r = classement.classer(jour, ateliers, qpv);
            long duree = System.nanoTime() - debut;
            meilleur = Math.min(meilleur, duree);
            total += duree;
        }
        long debut = System.nanoTime();
        double somme = 0;
        for (CommuneDuTerritoire c : communes) {
            double min = Double.MAX_VALUE;
            for (PointFranceServices s : sites) {
                min = Math.min(min, Trajet.distanceKm(c.latitude(), c.longitude(), s.latitude(), s.longitude()));
            }
            somme += min;
        }
        long complet = System.nanoTime() - debut;
        System.out.printf("communes=%d sites=%d zonesBlanches=%d construction=%.1f ms classement: meilleur=%.1f ms moyenne=%.1f ms ; parcours complet sans grille=%.0f ms (%.0f)%n",
                r.size(), sites.size(), r.stream().filter(CommuneClassee::zoneBlanche).count(), construction / 1e6,
                meilleur / 1e6, total / 20 / 1e6, complet / 1e6, somme);
    }
}
