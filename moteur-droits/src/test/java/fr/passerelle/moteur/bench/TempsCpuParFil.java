package fr.passerelle.moteur.bench;

import fr.passerelle.moteur.calcul.Calculateur;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.calcul.Resultats;
import fr.passerelle.moteur.calcul.Trace;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.lot.CalculParLots;
import fr.passerelle.moteur.lot.GenerateurMenages;
import fr.passerelle.moteur.lot.LotDeMenages;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Situation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Harnais du temps CPU d'un fil (ThreadMXBean) pour le chemin par lots, à utiliser quand la machine est partagée : le
 * temps écoulé y dépend des autres, le temps CPU du fil beaucoup moins. Un tour calcule 50 000 ménages générés
 * (graine 1, juillet 2025, comme {@link BancDroits}) sur le fil courant, sans trace ; on garde le meilleur des tours.
 * <ul>
 * <li>sans argument : le moteur du classpath ({@code -Dtours=40 -Dn=50000 -Dperiode=2025-07}) ;</li>
 * <li>avec des jars du moteur ({@code moteur-droits-*.jar} de deux versions) : chacun dans son propre chargeur de
 * classes, leurs tours alternés dans le même processus (mêmes conditions pour tous), et la médiane des rapports de
 * temps tour à tour au premier jar ; {@code -Ddeps=target/classpath.txt} donne les dépendances du moteur.</li>
 * </ul>
 * <pre>
 * CP="moteur-droits/target/test-classes:$(ls moteur-droits/target/moteur-droits-*.jar):$(cat moteur-droits/target/classpath.txt)"
 * java -cp "$CP" fr.passerelle.moteur.bench.TempsCpuParFil
 * java -Ddeps=moteur-droits/target/classpath.txt -cp moteur-droits/target/test-classes \
 *     fr.passerelle.moteur.bench.TempsCpuParFil avant.jar apres.jar
 * </pre>
 */
public final class TempsCpuParFil {

    private static LotDeMenages lot;
    private static Calculateur calculateur;
    private static Situation situation;
    private static double[] sorties;

    public static void main(String[] args) throws Exception {
        int tours = Integer.getInteger("tours", 40);
        int n = Integer.getInteger("n", 50_000);
        String periode = System.getProperty("periode", "2025-07");
        if (args.length == 0) {
            preparer(n, periode);
            for (int i = 0; i < 8; i++) {
                tour();
            }
            long[] t = new long[tours];
            for (int r = 0; r < tours; r++) {
                t[r] = tour();
            }
            Arrays.sort(t);
            System.out.printf("Temps CPU d'un fil : meilleur de %d tours %.1f ms pour %,d ménages → %,.0f ménages/s par fil (médiane %,.0f)%n",
                    tours, t[0] / 1e6, n, n / (t[0] / 1e9), n / (t[tours / 2] / 1e9));
            return;
        }
        alterner(args, tours, n, periode);
    }

    /** Les tours de plusieurs versions du moteur, alternés dans ce processus. */
    private static void alterner(String[] jars, int tours, int n, String periode) throws Exception {
        List<URL> dependances = new ArrayList<>();
        String deps = System.getProperty("deps");
        if (deps != null) {
            for (String d : Files.readString(Path.of(deps)).trim().split(":")) {
                dependances.add(Path.of(d).toUri().toURL());
            }
        }
        URL harnais = TempsCpuParFil.class.getProtectionDomain().getCodeSource().getLocation();
        Method[] tour = new Method[jars.length];
        for (int i = 0; i < jars.length; i++) {
            List<URL> urls = new ArrayList<>(List.of(harnais, Path.of(jars[i]).toUri().toURL()));
            urls.addAll(dependances);
            ClassLoader chargeur = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> c = chargeur.loadClass(TempsCpuParFil.class.getName());
            Method preparer = c.getDeclaredMethod("preparer", int.class, String.class);
            preparer.setAccessible(true);
            preparer.invoke(null, n, periode);
            tour[i] = c.getDeclaredMethod("tour");
            tour[i].setAccessible(true);
        }
        for (int w = 0; w < 8; w++) {
            for (Method m : tour) {
                m.invoke(null);
            }
        }
        long[][] t = new long[jars.length][tours];
        for (int r = 0; r < tours; r++) {
            for (int i = 0; i < jars.length; i++) {
                t[i][r] = (long) tour[i].invoke(null);
            }
        }
        for (int i = 0; i < jars.length; i++) {
            long[] s = t[i].clone();
            Arrays.sort(s);
            System.out.printf("%-45s meilleur %,.0f ménages/s par fil, médiane %,.0f (%d tours alternés, %s)%n",
                    Path.of(jars[i]).getFileName(), n / (s[0] / 1e9), n / (s[tours / 2] / 1e9), tours, periode);
        }
        for (int i = 1; i < jars.length; i++) {
            double[] q = new double[tours];
            for (int r = 0; r < tours; r++) {
                q[r] = (double) t[0][r] / t[i][r];
            }
            Arrays.sort(q);
            System.out.printf("  %s / %s : médiane des rapports tour à tour %.3f%n",
                    Path.of(jars[i]).getFileName(), Path.of(jars[0]).getFileName(), q[tours / 2]);
        }
    }

    private static void preparer(int n, String periode) {
        lot = new LotDeMenages(n, Mois.de(periode));
        new GenerateurMenages(1).remplir(lot);
        calculateur = Moteur.francais().calculateur();
        situation = new Situation();
        sorties = CalculParLots.sortiesPour(lot);
    }

    /** Un tour sur le fil courant : son temps CPU en nanosecondes. */
    private static long tour() {
        ThreadMXBean fils = ManagementFactory.getThreadMXBean();
        long debut = fils.getCurrentThreadCpuTime();
        int nombre = CalculParLots.NOMBRE_VARIABLES;
        Variable[] variables = Variable.toutes();
        for (int m = 0; m < lot.taille(); m++) {
            lot.charger(m, situation);
            Resultats r = calculateur.calculer(situation, Trace.AUCUNE);
            for (int v = 0; v < nombre; v++) {
                sorties[m * nombre + v] = r.get(variables[v]);
            }
        }
        return fils.getCurrentThreadCpuTime() - debut;
    }
}
