package fr.passerelle.depistage.cli;

import fr.passerelle.depistage.DepistageEmbarque;
import fr.passerelle.depistage.FormatEntree;
import fr.passerelle.depistage.GenerateurPopulation;
import fr.passerelle.depistage.OptionsDepistage;
import fr.passerelle.depistage.ReglesAttribution;
import fr.passerelle.depistage.Synthese;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.periode.PeriodeInvalide;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Point d'entrée de {@code bin/droits depiste} et {@code bin/depistage}. */
public final class Depistage {

    private static final Set<String> OPTIONS = Set.of("--sortie", "--format", "--fils", "--date", "--comparer-a", "--attributions",
            "--graine", "--nombre", "--periode");


    private Depistage() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream erreurs = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (args.length == 0 || List.of(args).contains("--aide") || List.of(args).contains("-h")) {
            aide(new PrintStream(System.out, true, StandardCharsets.UTF_8));
            return;
        }
        try {
            Arguments a = Arguments.lire(args);
            switch (a.commande) {
                case "depiste", "compare" -> depister(a, erreurs);
                case "genere" -> generer(a);
                default -> throw new IllegalArgumentException("commande inconnue : " + a.commande);
            }
        } catch (IllegalArgumentException e) {
            erreurs.println("bin/depistage : " + e.getMessage());
            erreurs.println("bin/depistage --aide pour l'usage.");
            System.exit(2);
        }
    }

    private static void depister(Arguments a, PrintStream erreurs) throws Exception {
        if (a.positionnels.size() != 1) {
            throw new IllegalArgumentException("un fichier d'entrée est attendu (population .jsonl, .csv, éventuellement .gz)");
        }
        Path entree = Path.of(a.positionnels.get(0));
        if (!Files.isReadable(entree)) {
            throw new IllegalArgumentException("fichier d'entrée illisible : " + entree);
        }
        Path sortie = Path.of(a.obligatoire("--sortie"));
        FormatEntree format = a.options.containsKey("--format") ? FormatEntree.parNom(a.options.get("--format")) : FormatEntree.deviner(entree.toString());
        Mois date = a.mois("--date");
        Mois comparee = a.mois("--comparer-a");
        if (a.commande.equals("compare") && (date == null || comparee == null)) {
            throw new IllegalArgumentException("compare demande --date AAAA-MM (avant) et --comparer-a AAAA-MM (après)");
        }
        if (a.commande.equals("depiste") && comparee != null) {
            throw new IllegalArgumentException("--comparer-a va avec la commande compare");
        }
        ReglesAttribution regles = a.options.containsKey("--attributions") ? ReglesAttribution.lire(Path.of(a.options.get("--attributions"))) : ReglesAttribution.parDefaut();
        int fils = a.entier("--fils", Runtime.getRuntime().availableProcessors());
        OptionsDepistage options = new OptionsDepistage(format, date, comparee, regles);
        long debut = System.nanoTime();
        DepistageEmbarque depistage = new DepistageEmbarque(Moteur.francais(), options, fils);
        Synthese s = depistage.executer(entree, sortie);
        double secondes = (System.nanoTime() - debut) / 1e9;
        double moteur = depistage.nanosMoteur() / 1e9;
        erreurs.printf("%,d ménages dépistés, %,d avec constat, %,d rejetés en %.1f s (%,.0f ménages/s, %d fils), dont moteur %.1f s cumulés sur les fils "
                        + "(%,.0f ménages/s par fil), pic du tas %,d Mio ; sorties dans %s%n",
                s.menages(), s.menagesAvecConstat(), s.rejets(), secondes, (s.menages() + s.rejets()) / secondes, fils, moteur,
                s.menages() / Math.max(moteur, 1e-9), picDuTas() >> 20, sortie);
    }

    private static void generer(Arguments a) throws Exception {
        long nombre = a.entier("--nombre", -1);
        if (nombre < 0) {
            throw new IllegalArgumentException("--nombre N est obligatoire");
        }
        long graine = a.entier("--graine", Long.MIN_VALUE);
        if (graine == Long.MIN_VALUE) {
            throw new IllegalArgumentException("--graine G est obligatoire (même graine, même population)");
        }
        Mois periode = a.mois("--periode");
        if (periode == null) {
            throw new IllegalArgumentException("--periode AAAA-MM est obligatoire");
        }
        int fils = a.entier("--fils", Runtime.getRuntime().availableProcessors());
        String chemin = a.options.get("--sortie");
        long debut = System.nanoTime();
        try (Writer w = chemin == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(Path.of(chemin), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE)) {
            w.write(GenerateurPopulation.enTete());
            w.write('\n');
            new GenerationParBlocs(Moteur.francais(), graine, periode, fils).generer(nombre, w);
        }
        if (chemin != null) {
            double secondes = (System.nanoTime() - debut) / 1e9;
            System.err.printf("%,d ménages générés en %.1f s (%,.0f ménages/s, %d fils) dans %s%n", nombre, secondes, nombre / secondes, fils, chemin);
        }
    }

    static long picDuTas() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }

    private record Arguments(String commande, Map<String, String> options, List<String> positionnels) {
        static Arguments lire(String[] args) {
            Map<String, String> options = new HashMap<>();
            List<String> positionnels = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                if (args[i].startsWith("--")) {
                    if (!OPTIONS.contains(args[i])) {
                        throw new IllegalArgumentException("option inconnue : " + args[i]);
                    }
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(args[i] + " demande une valeur");
                    }
                    options.put(args[i], args[++i]);
                } else {
                    positionnels.add(args[i]);
                }
            }
            return new Arguments(args[0], options, positionnels);
        }

        String obligatoire(String option) {
            String v = options.get(option);
            if (v == null) {
                throw new IllegalArgumentException(option + " est obligatoire");
            }
            return v;
        }

        Mois mois(String option) {
            String v = options.get(option);
            try {
                return v == null ? null : Mois.de(v);
            } catch (PeriodeInvalide e) {
                throw new IllegalArgumentException(option + " : mois AAAA-MM attendu, lu « " + v + " »");
            }
        }

        long entier(String option, long defaut) {
            String v = options.get(option);
            try {
                return v == null ? defaut : Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " : nombre entier attendu, lu « " + v + " »");
            }
        }

        int entier(String option, int defaut) {
            return (int) entier(option, (long) defaut);
        }
    }

    private static void aide(PrintStream out) {
        out.println("""
                bin/depistage — dépistage des droits d'une population (aussi : bin/droits depiste …)

                  depiste ENTREE --sortie DOSSIER [--format json|csv] [--fils N] [--date AAAA-MM] [--attributions REGLES.yaml]
                      ENTREE : lignes JSON {"id","period","situation","percoit"} ou CSV plat (docs/depistage/format.md), .gz accepté.
                      Écrit constats.jsonl (droits à demander, droits à vérifier), attributions.jsonl (à faire sans demande),
                      rejets.jsonl (ligne, ménage, champ, raison), synthese.json et synthese.csv (par prestation et département).
                      --date impose le mois de calcul à tous les ménages ; --fils : nombre de fils (défaut : les cœurs).
                  compare ENTREE --sortie DOSSIER --date AAAA-MM --comparer-a AAAA-MM
                      Dépiste à deux dates d'effet et écrit changements.jsonl : qui devient éligible, inéligible, montant modifié.
                  genere --nombre N --graine G --periode AAAA-MM [--sortie FICHIER.csv] [--fils N]
                      Population synthétique reproductible au format plat (sortie standard par défaut) : même graine,
                      même fichier, quel que soit le nombre de fils.
                """);
    }
}
