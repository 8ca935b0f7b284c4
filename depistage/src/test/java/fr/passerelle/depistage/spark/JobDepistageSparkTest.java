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

    /**
     * Reprise : le job relancé sur le même dossier de sortie ne recalcule que les partitions sans marqueur de fin. Une
     * interruption est simulée sur les fichiers : une partition tuée avant son marqueur (dossier incomplet, fichier
     * tronqué), une autre effacée, un dossier temporaire abandonné. Les marqueurs des partitions finies portent un
     * identifiant tiré à chaque calcul : inchangés, ils prouvent que ces partitions n'ont pas été recalculées.
     */
    @Test
    void relance_le_job_ne_refait_pas_les_partitions_finies_et_donne_les_memes_resultats() throws IOException {
        Path entree = population("population-reprise.csv", 600, true);
        Path sortie = dossier.resolve("sortie-reprise");
        JobDepistage.Parametres p = new JobDepistage.Parametres(FormatEntree.CSV, entree.toString(), sortie.toString(), null, null,
                ReglesAttribution.parDefaut().texte());
        String taille = spark.conf().get("spark.sql.files.maxPartitionBytes");
        // Une partition par cinquième du fichier environ (sinon un petit fichier tient dans une seule).
        spark.conf().set("spark.sql.files.maxPartitionBytes", String.valueOf(Files.size(entree) / 5 + 1));
        try {
            JobDepistage.Bilan premier = JobDepistage.executer(spark, p);
            int partitions = premier.partitionsCalculees();
            assertThat(partitions).isGreaterThanOrEqualTo(4);
            assertThat(premier.partitionsReprises()).isZero();
            Map<String, List<String>> lignesAvant = lignesTriees(sortie);
            Map<String, String> marqueursAvant = marqueurs(sortie);
            assertThat(marqueursAvant).hasSize(partitions);

            Path tuee = sortie.resolve("partitions/partition-00001");
            Files.delete(tuee.resolve(PartitionEcrite.MARQUEUR));
            Path constats = tuee.resolve("constats.jsonl");
            Files.writeString(constats, Files.readString(constats).substring(0, 100));
            supprimer(sortie.resolve("partitions/partition-00003"));
            Path abandonnee = Files.createDirectories(sortie.resolve("partitions/_tmp-partition-00003-0-abandonnee"));
            Files.writeString(abandonnee.resolve("constats.jsonl"), "{\"menage\":\"fantome\"}\n");

            JobDepistage.Bilan second = JobDepistage.executer(spark, p);
            assertThat(second.partitionsCalculees()).as("seules les partitions sans marqueur sont refaites").isEqualTo(2);
            assertThat(second.partitionsReprises()).isEqualTo(partitions - 2);
            assertThat(second.synthese()).isEqualTo(premier.synthese());
            assertThat(Synthese.depuisJson(String.join("", lignesSpark(sortie.resolve("synthese"))))).isEqualTo(premier.synthese());
            assertThat(lignesTriees(sortie)).isEqualTo(lignesAvant);
            assertThat(Files.exists(abandonnee)).isFalse();
            Map<String, String> marqueursApres = marqueurs(sortie);
            for (var m : marqueursAvant.entrySet()) {
                boolean refaite = m.getKey().equals("partition-00001") || m.getKey().equals("partition-00003");
                assertThat(marqueursApres.get(m.getKey()).equals(m.getValue())).as(m.getKey() + " recalculée").isEqualTo(!refaite);
            }

            JobDepistage.Bilan troisieme = JobDepistage.executer(spark, p);
            assertThat(troisieme.partitionsCalculees()).isZero();
            assertThat(troisieme.partitionsReprises()).isEqualTo(partitions);
            assertThat(marqueurs(sortie)).isEqualTo(marqueursApres);
        } finally {
            spark.conf().set("spark.sql.files.maxPartitionBytes", taille);
        }
    }

    private static Map<String, List<String>> lignesTriees(Path sortie) throws IOException {
        Map<String, List<String>> parNature = new HashMap<>();
        for (String nature : PartitionEcrite.NATURES) {
            List<String> l = new ArrayList<>(lignesDesPartitions(sortie, nature));
            l.sort(null);
            parNature.put(nature, l);
        }
        assertThat(parNature.get("constats")).isNotEmpty();
        assertThat(parNature.get("rejets")).isNotEmpty();
        return parNature;
    }

    private static Map<String, String> marqueurs(Path sortie) throws IOException {
        Map<String, String> m = new HashMap<>();
        try (Stream<Path> partitions = Files.list(sortie.resolve("partitions"))) {
            for (Path p : partitions.filter(p -> p.getFileName().toString().startsWith("partition-")).toList()) {
                Path marqueur = p.resolve(PartitionEcrite.MARQUEUR);
                if (Files.exists(marqueur)) {
                    m.put(p.getFileName().toString(), Files.readString(marqueur));
                }
            }
        }
        return m;
    }

    private static void supprimer(Path d) throws IOException {
        try (Stream<Path> tout = Files.walk(d)) {
            for (Path f : tout.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
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
                date == null ? null : date.toString(), comparee == null ? null : comparee.toString(), regles.texte())).synthese();

        List<String> natures = comparee == null ? List.of("constats", "attributions", "rejets") : List.of("changements", "rejets");
        for (String nature : natures) {
            List<String> attendues = Files.readAllLines(sortieEmbarquee.resolve(nature + ".jsonl"));
            List<String> obtenues = lignesDesPartitions(sortieSpark, nature);
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

    /** Les lignes d'une nature, toutes partitions confondues ({@code partitions/partition-NNNNN/<nature>.jsonl}). */
    static List<String> lignesDesPartitions(Path sortie, String nature) throws IOException {
        List<String> lignes = new ArrayList<>();
        try (Stream<Path> partitions = Files.list(sortie.resolve("partitions"))) {
            for (Path p : partitions.filter(p -> p.getFileName().toString().startsWith("partition-")).sorted().toList()) {
                Path f = p.resolve(nature + ".jsonl");
                if (Files.exists(f)) {
                    lignes.addAll(Files.readAllLines(f));
                }
            }
        }
        return lignes;
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
