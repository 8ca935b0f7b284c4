import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.lot.CalculParLots;
import fr.passerelle.moteur.lot.GenerateurMenages;
import fr.passerelle.moteur.lot.LotDeMenages;
import fr.passerelle.moteur.periode.Mois;

import java.lang.management.ManagementFactory;

/**
 * Octets alloués et temps CPU par ménage du chemin par lots (un fil, 20 000 ménages générés, graine 1), après chauffe,
 * pour les trois mois des cas de référence. Les octets alloués ne dépendent pas de la charge de la machine ; le temps
 * CPU si (caches partagés) : ne le comparer qu'entre deux versions mesurées l'une après l'autre, sur machine calme.
 *
 * CP="$(ls moteur-droits/target/moteur-droits-*.jar):$(cat moteur-droits/target/classpath.txt)"
 * java -cp "$CP" outils/AllocationParMenage.java
 */
public class AllocationParMenage {

    public static void main(String[] args) throws Exception {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Moteur moteur = Moteur.francais();
        int n = 20_000;
        for (String periode : new String[] {"2025-01", "2025-07", "2026-05"}) {
            LotDeMenages lot = new LotDeMenages(n, Mois.de(periode));
            new GenerateurMenages(1).remplir(lot);
            double[] sorties = CalculParLots.sortiesPour(lot);
            try (CalculParLots calcul = new CalculParLots(moteur, 1)) {
                for (int i = 0; i < 30; i++) {
                    calcul.calculer(lot, sorties);
                }
                long octets = threads.getTotalThreadAllocatedBytes();
                long cpu = os.getProcessCpuTime();
                for (int i = 0; i < 5; i++) {
                    calcul.calculer(lot, sorties);
                }
                double parMenage = 5.0 * n;
                System.out.printf("%s : %.0f octets alloués par ménage, %.2f µs CPU par ménage%n", periode,
                        (threads.getTotalThreadAllocatedBytes() - octets) / parMenage, (os.getProcessCpuTime() - cpu) / 1e3 / parMenage);
            }
        }
    }
}
