package fr.passerelle.depistage.spark;

import fr.passerelle.depistage.DepistageEmbarque;
import fr.passerelle.depistage.FormatEntree;
import fr.passerelle.depistage.GenerateurPopulation;
import fr.passerelle.depistage.OptionsDepistage;
import fr.passerelle.depistage.ReglesAttribution;
import fr.passerelle.depistage.Synthese;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.periode.Mois;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Le job Spark (mode local, 2 fils) et l'exécution embarquée donnent les mêmes constats, ménage par ménage, les
 * mêmes attributions, les mêmes rejets (même ligne, même champ) et la même synthèse.
 */
class JobDepistageSparkTest {

    private static final Moteur MOTEUR = Moteur.francais();
    private static SparkSession spark;

    @TempDir
    static Path dossier;

    @BeforeAll
    static void demarrer() {
        spark = SparkSession.builder().master("local[2]").appName("depistage-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void arreter() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static Path population(String nom, int nombre, boolean avecLignesFautives) throws IOException {
        GenerateurPopulation g = new GenerateurPopulation(MOTEUR, 2026, new Mois(2025, 7));
        StringBuilder s = new StringBuilder(GenerateurPopulation.enTete()).append('\n');
        for (int i = 0; i < nombre; i++) {
            s.append(g.ligne("S" + i)).append('\n');
            if (avecLignesFautives && i % 97 == 50) {
                s.append(g.ligne("X" + i).replace(";2025-07;", ";2025-13;")).append('\n');
                s.append("Y").append(i).append(";2025-07;33063\n");
            }
        }
        Path f = dossier.resolve(nom);
        Files.writeString(f, s);
        return f;
    }

    @Test
    void csv_spark_et_embarque_donnent_les_memes_constats_menage_par_menage() throws IOException {
        Path entree = population("population.csv", 400, true);
        comparer(entree, FormatEntree.CSV, entree, dossier.resolve("sortie-csv"), null);
    }

    @Test
    void parquet_spark_donne_les_memes_constats_que_le_csv_embarque() throws IOException {
        Path csv = population("population-parquet.csv", 300, false);
        Path parquet = dossier.resolve("population.parquet");
        spark.read().option("header", "true").option("sep", ";").csv(csv.toString()).write().parquet(parquet.toString());
        comparer(csv, FormatEntree.PARQUET, parquet, dossier.resolve("sortie-parquet"), null);
    }

    @Test
    void json_openfisca_spark_et_embarque_identiques_et_comparaison_de_deux_dates() throws IOException {
        List<String> lignes = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(Path.of("../moteur-droits/src/test/resources/cas-openfisca/2025-07_s2.jsonl.gz"))), StandardCharsets.UTF_8))) {
            for (int i = 0; i < 250; i++) {
                lignes.add(r.readLine());
            }
        }
        lignes.add(120, "{\"id\":\"casse\",\"period\":\"2025-07\"}");
        Path entree = dossier.resolve("population.jsonl");
        Files.write(entree, lignes);
        comparer(entree, FormatEntree.JSON, entree, dossier.resolve("sortie-json"), null);
        comparer(entree, FormatEntree.JSON, entree, dossier.resolve("sortie-json-dates"), new Mois[] {new Mois(2025, 3), new Mois(2025, 4)});
    }

    private static void comparer(Path entreeEmbarquee, FormatEntree formatSpark, Path entreeSpark, Path sortieSpark, Mois[] dates) throws IOException {
        FormatEntree formatEmbarque = formatSpark == FormatEntree.PARQUET ? FormatEntree.CSV : formatSpark;
        Mois date = dates == null ? null : dates[0];
        Mois comparee = dates == null ? null : dates[1];
        ReglesAttribution regles = ReglesAttribution.parDefaut();
        Path sortieEmbarquee = sortieSpark.resolveSibling(sortieSpark.getFileName() + "-embarque");
        Synthese embarquee = new DepistageEmbarque(MOTEUR, new OptionsDepistage(formatEmbarque, date, comparee, regles), 2)
                .executer(entreeEmbarquee, sortieEmbarquee);

        Synthese parSpark = JobDepistage.executer(spark, new JobDepistage.Parametres(formatSpark, entreeSpark.toString(), sortieSpark.toString(),
                date == null ? null : date.toString(), comparee == null ? null : comparee.toString(), regles.texte()));

        List<String> natures = comparee == null ? List.of("constats", "attributions", "rejets") : List.of("changements", "rejets");
        for (String nature : natures) {
            List<String> attendues = Files.readAllLines(sortieEmbarquee.resolve(nature + ".jsonl"));
            List<String> obtenues = lignesSpark(sortieSpark.resolve("lignes/nature=" + nature));
            assertThat(parMenage(obtenues)).as(nature).isEqualTo(parMenage(attendues));
            assertThat(obtenues).as(nature).hasSameSizeAs(attendues);
        }
        assertThat(parSpark).isEqualTo(embarquee);
        assertThat(Synthese.depuisJson(String.join("", lignesSpark(sortieSpark.resolve("synthese"))))).isEqualTo(embarquee);
        assertThat(embarquee.menagesAvecConstat()).isPositive();
        if (formatSpark != FormatEntree.PARQUET) {
            assertThat(embarquee.rejets()).isPositive();
        }
    }

    /** Les lignes regroupées par ménage (Spark ne garde pas l'ordre de l'entrée d'une partition à l'autre). */
    private static Map<String, List<String>> parMenage(List<String> lignes) {
        Map<String, List<String>> m = new HashMap<>();
        for (String l : lignes) {
            int debut = l.indexOf("\"menage\":");
            String cle = debut < 0 ? l : l.substring(debut, l.indexOf(',', debut));
            m.computeIfAbsent(cle, k -> new ArrayList<>()).add(l);
        }
        m.values().forEach(v -> v.sort(null));
        return m;
    }

    private static List<String> lignesSpark(Path repertoire) throws IOException {
        if (!Files.isDirectory(repertoire)) {
            return List.of();
        }
        List<String> lignes = new ArrayList<>();
        try (Stream<Path> fichiers = Files.list(repertoire)) {
            for (Path f : fichiers.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lignes.addAll(Files.readAllLines(f));
            }
        }
        return lignes;
    }
}
