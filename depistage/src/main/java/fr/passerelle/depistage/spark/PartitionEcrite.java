package fr.passerelle.depistage.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Row;
import scala.Tuple2;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Une partition du job, écrite par elle-même avec un marqueur de fin, pour qu'un job relancé ne refasse pas ce qui est
 * fini. Dans {@code SORTIE/partitions/partition-NNNNN/} : un fichier de lignes JSON par nature ({@code constats.jsonl},
 * {@code attributions.jsonl}, {@code rejets.jsonl}, {@code changements.jsonl} ; les mêmes lignes qu'en embarqué), la
 * synthèse partielle ({@code synthese.json}), puis le marqueur {@code _FINIE}, écrit en dernier.
 *
 * <p>Protocole : tout est écrit dans un dossier temporaire propre à la tentative, renommé en dossier final, puis le
 * marqueur est créé. Relancée, une partition dont le marqueur existe n'est pas recalculée (sa synthèse est relue, son
 * entrée n'est pas lue) ; un dossier sans marqueur (tâche tuée entre le renommage et le marqueur) ou un dossier
 * temporaire abandonné est effacé, et la partition refaite en entier. Le marqueur porte le numéro de la première
 * ligne de la partition : si l'entrée a changé de découpage, la partition est refaite.
 *
 * <p>Le système de fichiers est celui de Hadoop ({@code file:}, {@code hdfs:}…), le même pour le pilote et les
 * exécuteurs. Renvoie une seule ligne : {@code calculee|reprise} suivie de la synthèse partielle en JSON.
 */
final class PartitionEcrite<T> implements Function2<Integer, Iterator<Tuple2<T, Long>>, Iterator<String>> {

    static final String MARQUEUR = "_FINIE";
    static final String CALCULEE = "calculee";
    static final String REPRISE = "reprise";
    static final List<String> NATURES = List.of("constats", "attributions", "rejets", "changements");

    private final PartitionDeLignes<T> calcul;
    private final String sortie;

    PartitionEcrite(JobDepistage.Parametres parametres, String[] entete) {
        this.calcul = new PartitionDeLignes<>(parametres, entete);
        this.sortie = parametres.sortie();
    }

    static Path dossier(String sortie, int partition) {
        return new Path(new Path(sortie, "partitions"), String.format("partition-%05d", partition));
    }

    @Override
    public Iterator<String> call(Integer partition, Iterator<Tuple2<T, Long>> entrees) throws IOException {
        Path dossier = dossier(sortie, partition);
        FileSystem fs = FileSystem.get(URI.create(sortie), new Configuration());
        // Le numéro de la première ligne identifie le découpage : lire le premier élément ne calcule rien.
        Tuple2<T, Long> premiere = entrees.hasNext() ? entrees.next() : null;
        long premiereLigne = premiere == null ? -1 : premiere._2() + 1;
        Path marqueur = new Path(dossier, MARQUEUR);
        if (fs.exists(marqueur) && lire(fs, marqueur).startsWith(premiereLigne + " ")) {
            return List.of(REPRISE + "|" + lire(fs, new Path(dossier, "synthese.json"))).iterator();
        }
        int tentative = TaskContext.get() == null ? 0 : TaskContext.get().attemptNumber();
        Path temporaire = new Path(dossier.getParent(), "_tmp-" + dossier.getName() + "-" + tentative + "-" + UUID.randomUUID());
        fs.mkdirs(temporaire);
        Map<String, Writer> fichiers = new HashMap<>();
        String synthese = null;
        try {
            Iterator<Row> sorties = calcul.call(avecPremiere(premiere, entrees));
            while (sorties.hasNext()) {
                Row r = sorties.next();
                String nature = r.getString(0);
                if (JobDepistage.SYNTHESE_PARTIELLE.equals(nature)) {
                    synthese = r.getString(1);
                    continue;
                }
                Writer w = fichiers.computeIfAbsent(nature, n -> ouvrir(fs, new Path(temporaire, n + ".jsonl")));
                w.write(r.getString(1));
                w.write('\n');
            }
        } finally {
            for (Writer w : fichiers.values()) {
                w.close();
            }
        }
        ecrire(fs, new Path(temporaire, "synthese.json"), synthese);
        // Un dossier sans marqueur est le reste d'une tentative interrompue (ou d'un autre découpage) : on le remplace.
        if (fs.exists(dossier)) {
            fs.delete(dossier, true);
        }
        if (!fs.rename(temporaire, dossier)) {
            throw new IOException("impossible de renommer " + temporaire + " en " + dossier);
        }
        ecrire(fs, marqueur, premiereLigne + " " + UUID.randomUUID() + "\n");
        return List.of(CALCULEE + "|" + synthese).iterator();
    }

    private static <T> Iterator<Tuple2<T, Long>> avecPremiere(Tuple2<T, Long> premiere, Iterator<Tuple2<T, Long>> reste) {
        return new Iterator<>() {
            private Tuple2<T, Long> enTete = premiere;

            @Override
            public boolean hasNext() {
                return enTete != null || reste.hasNext();
            }

            @Override
            public Tuple2<T, Long> next() {
                if (enTete != null) {
                    Tuple2<T, Long> e = enTete;
                    enTete = null;
                    return e;
                }
                return reste.next();
            }
        };
    }

    private static Writer ouvrir(FileSystem fs, Path fichier) {
        try {
            return new BufferedWriter(new OutputStreamWriter(fs.create(fichier, true), StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ecrire(FileSystem fs, Path fichier, String texte) throws IOException {
        try (Writer w = new OutputStreamWriter(fs.create(fichier, true), StandardCharsets.UTF_8)) {
            w.write(texte);
        }
    }

    static String lire(FileSystem fs, Path fichier) throws IOException {
        try (FSDataInputStream in = fs.open(fichier)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
