package fr.passerelle.depistage.spark;

import fr.passerelle.depistage.FormatEntree;
import fr.passerelle.depistage.ReglesAttribution;
import fr.passerelle.depistage.Synthese;
import fr.passerelle.depistage.internal.FormatPlat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
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
 * <p>Sorties : {@code DOSSIER/lignes/nature=constats|attributions|rejets|changements/part-*.txt} (lignes JSON,
 * les mêmes qu'en embarqué), {@code DOSSIER/synthese/} et {@code DOSSIER/synthese-csv/} (un fichier chacun).
 */
public final class JobDepistage {

    static final String SYNTHESE_PARTIELLE = "synthese_partielle";
    static final StructType SCHEMA = new StructType()
            .add("nature", DataTypes.StringType, false)
            .add("ligne", DataTypes.StringType, false);

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
            Synthese s = executer(spark, p);
            double secondes = (System.nanoTime() - debut) / 1e9;
            System.err.printf("%,d ménages dépistés, %,d avec constat, %,d rejetés en %.1f s (%,.0f ménages/s, %s) ; sorties dans %s%n",
                    s.menages(), s.menagesAvecConstat(), s.rejets(), secondes, (s.menages() + s.rejets()) / secondes,
                    spark.sparkContext().master(), p.sortie());
        } finally {
            spark.stop();
        }
    }

    public static Synthese executer(SparkSession spark, Parametres p) {
        JavaRDD<Row> sorties = switch (p.format()) {
            case JSON, CSV -> {
                JavaRDD<String> lignes = spark.read().textFile(p.entree()).javaRDD();
                String[] entete = null;
                if (p.format() == FormatEntree.CSV) {
                    String premiere = lignes.first();
                    entete = FormatPlat.decouper(premiere.startsWith("\uFEFF") ? premiere.substring(1) : premiere);
                }
                yield lignes.zipWithIndex().mapPartitions(new PartitionDeLignes<String>(p, entete));
            }
            case PARQUET -> {
                Dataset<Row> table = spark.read().parquet(p.entree());
                yield table.javaRDD().zipWithIndex().mapPartitions(new PartitionDeLignes<Row>(p, table.columns()));
            }
        };
        Dataset<Row> resultat = spark.createDataFrame(sorties, SCHEMA);
        String lignes = p.sortie() + "/lignes";
        resultat.write().mode(SaveMode.ErrorIfExists).partitionBy("nature").text(lignes);

        Synthese synthese = new Synthese();
        List<String> partielles = spark.read().textFile(lignes + "/nature=" + SYNTHESE_PARTIELLE).collectAsList();
        partielles.forEach(j -> synthese.fusionner(Synthese.depuisJson(j)));
        spark.createDataset(List.of(synthese.versJson()), Encoders.STRING()).coalesce(1).write().text(p.sortie() + "/synthese");
        spark.createDataset(List.of(synthese.versCsv().strip()), Encoders.STRING()).coalesce(1).write().text(p.sortie() + "/synthese-csv");
        return synthese;
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
