package fr.passerelle.moteur.bench;

import fr.passerelle.moteur.calcul.Calculateur;
import fr.passerelle.moteur.calcul.Explication;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.cli.CalculLignes;
import fr.passerelle.moteur.lot.CalculParLots;
import fr.passerelle.moteur.lot.GenerateurMenages;
import fr.passerelle.moteur.lot.LotDeMenages;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Situation;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * {@code bin/droits bench} : débit du chemin par lots (en mémoire et en flux de 10 millions de ménages),
 * débit du chemin JSON, latence d'un ménage avec explications. {@code --jmh} lance le banc JMH.
 */
public final class BancDroits {

    private static final Mois MOIS = new Mois(2025, 7);

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        if (a.contains("--jmh")) {
            org.openjdk.jmh.Main.main(new String[] {CalculParLotsBenchmark.class.getSimpleName()});
            return;
        }
        int fils = Runtime.getRuntime().availableProcessors();
        long flux = valeur(a, "--flux", 10_000_000L);
        Moteur moteur = Moteur.francais();
        System.out.printf("Machine : %d cœurs, Java %s, tas max %d Mio%n", fils, Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
        enMemoire(moteur, fils);
        enFlux(moteur, fils, flux);
        avecExplications(moteur);
        cheminJson(moteur, fils, a);
    }

    private static void enMemoire(Moteur moteur, int fils) {
        LotDeMenages lot = new LotDeMenages(200_000, MOIS);
        new GenerateurMenages(1).remplir(lot);
        double[] sorties = CalculParLots.sortiesPour(lot);
        try (CalculParLots calcul = new CalculParLots(moteur, fils)) {
            for (int i = 0; i < 5; i++) {
                calcul.calculer(lot, sorties);
            }
            int tours = 15;
            long debut = System.nanoTime();
            for (int i = 0; i < tours; i++) {
                calcul.calculer(lot, sorties);
            }
            double secondes = (System.nanoTime() - debut) / 1e9;
            System.out.printf("Par lots, en mémoire : %,d ménages en %.2f s → %,.0f ménages/s (%d fils)%n",
                    (long) tours * lot.taille(), secondes, tours * lot.taille() / secondes, fils);
        }
    }

    private static void enFlux(Moteur moteur, int fils, long total) {
        int capacite = 65_536;
        LotDeMenages lot = new LotDeMenages(capacite, MOIS);
        double[] sorties = CalculParLots.sortiesPour(lot);
        GenerateurMenages generateur = new GenerateurMenages(2);
        long calcul = 0;
        long generation = 0;
        double somme = 0;
        try (CalculParLots parLots = new CalculParLots(moteur, fils)) {
            for (long fait = 0; fait < total; fait += lot.taille()) {
                long t0 = System.nanoTime();
                lot.vider();
                int n = (int) Math.min(capacite, total - fait);
                for (int i = 0; i < n; i++) {
                    generateur.ajouterUnMenage(lot);
                }
                long t1 = System.nanoTime();
                parLots.calculer(lot, sorties);
                calcul += System.nanoTime() - t1;
                generation += t1 - t0;
                somme += sorties[0];
            }
        }
        System.out.printf("Par lots, en flux : %,d ménages, moteur %.1f s (%,.0f ménages/s), génération %.1f s, "
                        + "lot de %,d ménages ≈ %,d Kio, pic du tas %,d Mio (contrôle %.0f)%n",
                total, calcul / 1e9, total / (calcul / 1e9), generation / 1e9, capacite,
                capacite * LotDeMenages.octetsParMenage() >> 10, picDuTas() >> 20, somme);
    }

    private static void avecExplications(Moteur moteur) {
        LotDeMenages lot = new LotDeMenages(1_000, MOIS);
        new GenerateurMenages(3).remplir(lot);
        Calculateur calculateur = moteur.calculateur();
        Situation situation = new Situation();
        int n = 50_000;
        long[] durees = new long[n];
        for (int i = 0; i < n; i++) {
            lot.charger(i % lot.taille(), situation);
            long t0 = System.nanoTime();
            Explication e = new Explication();
            calculateur.calculer(situation, e);
            durees[i] = System.nanoTime() - t0;
        }
        long[] mesures = Arrays.copyOfRange(durees, n / 2, n);
        Arrays.sort(mesures);
        System.out.printf("Un ménage avec explications : médiane %.1f µs, p99 %.1f µs (%,d mesures après chauffe)%n",
                mesures[mesures.length / 2] / 1e3, mesures[(int) (mesures.length * 0.99)] / 1e3, mesures.length);
    }

    private static void cheminJson(Moteur moteur, int fils, List<String> a) throws Exception {
        Path dossier = Path.of(a.contains("--cas") ? a.get(a.indexOf("--cas") + 1) : "../shared/droits/cas-openfisca");
        if (!Files.isDirectory(dossier)) {
            System.out.println("Chemin JSON : dossier des cas " + dossier + " absent, mesure sautée");
            return;
        }
        List<Path> fichiers;
        try (var s = Files.list(dossier)) {
            fichiers = s.filter(p -> p.toString().endsWith(".jsonl.gz")).sorted().toList();
        }
        StringBuilder tout = new StringBuilder();
        int lignes = 0;
        for (Path f : fichiers) {
            try (var r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(f)), StandardCharsets.UTF_8))) {
                String l;
                while ((l = r.readLine()) != null) {
                    tout.append(l).append('\n');
                    lignes++;
                }
            }
        }
        String texte = tout.toString();
        CalculLignes calcul = new CalculLignes(moteur, false);
        PrintStream rien = new PrintStream(PrintStream.nullOutputStream());
        for (int i = 0; i < 3; i++) {
            calcul.executer(new BufferedReader(new java.io.StringReader(texte)), Writer.nullWriter(), rien, fils);
        }
        int tours = 5;
        long debut = System.nanoTime();
        for (int i = 0; i < tours; i++) {
            calcul.executer(new BufferedReader(new java.io.StringReader(texte)), Writer.nullWriter(), rien, fils);
        }
        double secondes = (System.nanoTime() - debut) / 1e9;
        System.out.printf("Chemin JSON (lecture OpenFisca + calcul + écriture, sans les E/S disque) : %,d ménages/s%n",
                (long) (tours * lignes / secondes));
    }

    private static long picDuTas() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }

    private static long valeur(List<String> a, String option, long defaut) {
        int i = a.indexOf(option);
        return i >= 0 ? Long.parseLong(a.get(i + 1)) : defaut;
    }
}
