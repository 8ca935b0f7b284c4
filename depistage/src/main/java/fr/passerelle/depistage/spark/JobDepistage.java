package fr.passerelle.depistage.spark;

import fr.passerelle.depistage.FormatEntree;
import fr.passerelle.depistage.ReglesAttribution;
import fr.passerelle.depistage.Synthese;
import fr.passerelle.depistage.internal.FormatPlat;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Le dépistage sur Apache Spark ({@code spark-submit --class fr.passerelle.depistage.spark.JobDepistage
 * depistage-…-spark.jar ENTREE --sortie DOSSIER}). Le moteur est utilisé tel quel : chaque partition de lignes
 * passe dans {@link fr.passerelle.depistage.TraitementLignes}, le même code que l'exécution embarquée
 * ({@code mapPartitions}, un calculateur par partition, le moteur chargé une fois par JVM d'exécuteur).
 *
 * <p>Sorties : {@code DOSSIER/partitions/partition-NNNNN/constats|attributions|rejets|changements.jsonl} (lignes
 * JSON, les mêmes qu'en embarqué) et le marqueur de fin {@code _FINIE} de chaque partition ({@link PartitionEcrite}),
 * {@code DOSSIER/synthese/} et {@code DOSSIER/synthese-csv/} (un fichier chacun). Relancé sur le même dossier de
 * sortie, le job ne recalcule pas les partitions finies (reprise après un arrêt).
 */
public final class JobDepistage {

    static final String SYNTHESE_PARTIELLE = "synthese_partielle";

    /** Ce qui voyage du pilote vers les exécuteurs : des chaînes, rien du moteur. */
    public record Parametres(FormatEntree format, String entree, String sortie, String date, String dateComparee, String reglesYaml)
            implements Serializable {
    }

    private JobDepistage() {
    }

    public static void main(String[] args) throws IOException {
        Parametres p = lire(args);
        SparkSession spark = SparkSession.builder().appName("passerelle-depistage").getOrCreate();
        try {
            long debut = System.nanoTime();
            Bilan bilan = executer(spark, p);
            Synthese s = bilan.synthese();
            double secondes = (System.nanoTime() - debut) / 1e9;
            System.err.printf("%,d ménages dépistés, %,d avec constat, %,d rejetés en %.1f s (%,.0f ménages/s, %s) ; "
                            + "%d partition(s) calculée(s), %d reprise(s) d'une exécution précédente ; sorties dans %s%n",
                    s.menages(), s.menagesAvecConstat(), s.rejets(), secondes, (s.menages() + s.rejets()) / secondes,
                    spark.sparkContext().master(), bilan.partitionsCalculees(), bilan.partitionsReprises(), p.sortie());
        } finally {
            spark.stop();
        }
    }

    /**
     * Ce qu'une exécution a fait : la synthèse de toute la population, et combien de partitions ont été calculées par
     * cette exécution ou reprises telles quelles d'une exécution précédente (marqueur de fin présent).
     */
    public record Bilan(Synthese synthese, int partitionsCalculees, int partitionsReprises) {
    }

    public static Bilan executer(SparkSession spark, Parametres demandes) {
        // Chemin qualifié (schéma, chemin absolu) : les exécuteurs écrivent au même endroit, quel que soit leur dossier.
        Parametres p = new Parametres(demandes.format(), demandes.entree(), qualifier(spark, demandes.sortie()), demandes.date(),
                demandes.dateComparee(), demandes.reglesYaml());
        nettoyerTentativesAbandonnees(spark, p.sortie());
        JavaRDD<String> partielles = switch (p.format()) {
            case JSON, CSV -> {
                JavaRDD<String> lignes = spark.read().textFile(p.entree()).javaRDD();
                String[] entete = null;
                if (p.format() == FormatEntree.CSV) {
                    String premiere = lignes.first();
                    entete = FormatPlat.decouper(premiere.startsWith("\uFEFF") ? premiere.substring(1) : premiere);
                }
                yield lignes.zipWithIndex().mapPartitionsWithIndex(new PartitionEcrite<String>(p, entete), false);
            }
            case PARQUET -> {
                Dataset<Row> table = spark.read().parquet(p.entree());
                yield table.javaRDD().zipWithIndex().mapPartitionsWithIndex(new PartitionEcrite<Row>(p, table.columns()), false);
            }
        };
        // Chaque partition écrit ses lignes elle-même (avec son marqueur de fin) et ne renvoie que sa synthèse partielle.
        Synthese synthese = new Synthese();
        int calculees = 0;
        int reprises = 0;
        for (String partielle : partielles.collect()) {
            int barre = partielle.indexOf('|');
            if (partielle.substring(0, barre).equals(PartitionEcrite.CALCULEE)) {
                calculees++;
            } else {
                reprises++;
            }
            synthese.fusionner(Synthese.depuisJson(partielle.substring(barre + 1)));
        }
        // La synthèse est refaite à chaque exécution, à partir de toutes les partitions.
        spark.createDataset(List.of(synthese.versJson()), Encoders.STRING()).coalesce(1).write().mode(SaveMode.Overwrite)
                .text(p.sortie() + "/synthese");
        spark.createDataset(List.of(synthese.versCsv().strip()), Encoders.STRING()).coalesce(1).write().mode(SaveMode.Overwrite)
                .text(p.sortie() + "/synthese-csv");
        return new Bilan(synthese, calculees, reprises);
    }

    private static String qualifier(SparkSession spark, String sortie) {
        try {
            org.apache.hadoop.fs.Path chemin = new org.apache.hadoop.fs.Path(sortie);
            return chemin.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(chemin).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Les dossiers temporaires d'une exécution tuée avant leur renommage : jamais relus, effacés au départ. */
    private static void nettoyerTentativesAbandonnees(SparkSession spark, String sortie) {
        try {
            FileSystem fs = FileSystem.get(URI.create(sortie), spark.sparkContext().hadoopConfiguration());
            FileStatus[] abandonnees = fs.globStatus(new org.apache.hadoop.fs.Path(sortie, "partitions/_tmp-*"));
            if (abandonnees != null) {
                for (FileStatus f : abandonnees) {
                    fs.delete(f.getPath(), true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Parametres lire(String[] args) throws IOException {
        String entree = null;
        String sortie = null;
        String format = null;
        String date = null;
        String comparee = null;
        String regles = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " demande une valeur");
                }
                String v = args[++i];
                switch (a) {
                    case "--sortie" -> sortie = v;
                    case "--format" -> format = v;
                    case "--date" -> date = v;
                    case "--comparer-a" -> comparee = v;
                    // Lu sur le pilote : son texte part avec la tâche, les exécuteurs n'ont pas besoin du fichier.
                    case "--attributions" -> regles = Files.readString(Path.of(v));
                    default -> throw new IllegalArgumentException("option inconnue : " + a);
                }
            } else if (entree == null) {
                entree = a;
            } else {
                throw new IllegalArgumentException("une seule entrée attendue (fichier ou dossier), lu aussi « " + a + " »");
            }
        }
        if (entree == null || sortie == null) {
            throw new IllegalArgumentException("usage : JobDepistage ENTREE --sortie DOSSIER [--format json|csv|parquet] [--date AAAA-MM] [--comparer-a AAAA-MM] [--attributions REGLES.yaml]");
        }
        FormatEntree f = format != null ? FormatEntree.parNom(format) : FormatEntree.deviner(entree);
        String yaml = regles != null ? regles : ReglesAttribution.parDefaut().texte();
        ReglesAttribution.depuis(yaml);
        return new Parametres(f, entree, sortie, date, comparee, yaml);
    }
}
