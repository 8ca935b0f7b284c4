package fr.passerelle.depistage;

import fr.passerelle.depistage.internal.FormatPlat;
import fr.passerelle.moteur.calcul.Moteur;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

/**
 * Le dépistage embarqué : un fichier lu en flux par paquets de lignes, chaque paquet partagé entre les fils
 * (un {@link TraitementLignes} par fil), le paquet suivant lu pendant le calcul du précédent. La mémoire ne
 * dépend que de la taille des paquets, jamais de celle de la population ; les sorties gardent l'ordre de l'entrée.
 */
public final class DepistageEmbarque {

    public static final int PAQUET = 8_192;

    private final Moteur moteur;
    private final OptionsDepistage options;
    private final int fils;
    private long nanosMoteur;

    public DepistageEmbarque(Moteur moteur, OptionsDepistage options, int fils) {
        if (options.format() == FormatEntree.PARQUET) {
            throw new IllegalArgumentException("Parquet se lit avec le job Spark (bin/depistage spark) ; en embarqué : JSON lignes ou CSV");
        }
        this.moteur = moteur;
        this.options = options;
        this.fils = Math.max(1, fils);
    }

    /** Lit {@code entree} (éventuellement .gz), écrit les fichiers de sortie et la synthèse dans {@code dossier}. */
    public Synthese executer(Path entree, Path dossier) throws IOException {
        Files.createDirectories(dossier);
        List<String> natures = options.dateComparee() == null
                ? List.of(TraitementLignes.CONSTATS, TraitementLignes.ATTRIBUTIONS, TraitementLignes.REJETS)
                : List.of(TraitementLignes.CHANGEMENTS, TraitementLignes.REJETS);
        Map<String, Writer> ecrivains = new LinkedHashMap<>();
        try (BufferedReader lecteur = ouvrir(entree)) {
            for (String n : natures) {
                ecrivains.put(n, Files.newBufferedWriter(dossier.resolve(n + ".jsonl"), StandardCharsets.UTF_8));
            }
            Synthese synthese = executer(lecteur, (nature, ligne) -> {
                try {
                    Writer w = ecrivains.get(nature);
                    w.write(ligne);
                    w.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Files.writeString(dossier.resolve("synthese.json"), synthese.versJson() + "\n");
            Files.writeString(dossier.resolve("synthese.csv"), synthese.versCsv());
            return synthese;
        } finally {
            for (Writer w : ecrivains.values()) {
                w.close();
            }
        }
    }

    /** Temps passé dans le moteur, additionné sur tous les fils (la part « moteur » du dépistage). */
    public long nanosMoteur() {
        return nanosMoteur;
    }

    static BufferedReader ouvrir(Path entree) throws IOException {
        InputStream in = Files.newInputStream(entree);
        if (entree.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Le cœur : lignes en entrée, lignes de sortie dans l'ordre de l'entrée, synthèse fusionnée des fils. */
    public Synthese executer(BufferedReader lecteur, TraitementLignes.Sortie sortie) throws IOException {
        long numero = 0;
        String[] entete = null;
        if (options.format() == FormatEntree.CSV) {
            String premiere = lecteur.readLine();
            numero++;
            if (premiere == null) {
                throw new IllegalArgumentException("fichier CSV vide : l'en-tête (ligne 1) est attendu");
            }
            entete = FormatPlat.decouper(premiere.startsWith("\uFEFF") ? premiere.substring(1) : premiere);
        }
        TraitementLignes[] traitements = new TraitementLignes[fils];
        for (int f = 0; f < fils; f++) {
            traitements[f] = new TraitementLignes(moteur, options, entete);
        }
        ExecutorService pool = Executors.newFixedThreadPool(fils, r -> {
            Thread t = new Thread(r, "depistage");
            t.setDaemon(true);
            return t;
        });
        try {
            // Pendant que les fils calculent un paquet, ce fil lit le suivant puis écrit les sorties du précédent.
            Paquet courant = Paquet.lire(lecteur, numero);
            List<Future<List<String[]>>> travaux = courant.lignes.isEmpty() ? List.of() : lancer(pool, traitements, courant);
            while (!travaux.isEmpty()) {
                Paquet suivant = Paquet.lire(lecteur, courant.premier + courant.lignes.size());
                List<List<String[]>> resultats = new ArrayList<>(travaux.size());
                for (Future<List<String[]>> t : travaux) {
                    resultats.add(attendre(t));
                }
                travaux = suivant.lignes.isEmpty() ? List.of() : lancer(pool, traitements, suivant);
                for (List<String[]> r : resultats) {
                    for (String[] l : r) {
                        sortie.ecrire(l[0], l[1]);
                    }
                }
                courant = suivant;
            }
        } finally {
            pool.shutdownNow();
        }
        Synthese synthese = new Synthese();
        for (TraitementLignes t : traitements) {
            synthese.fusionner(t.synthese());
            nanosMoteur += t.nanosMoteur();
        }
        return synthese;
    }

    private List<Future<List<String[]>>> lancer(ExecutorService pool, TraitementLignes[] traitements, Paquet paquet) {
        int n = paquet.lignes.size();
        int part = (n + fils - 1) / fils;
        List<Future<List<String[]>>> travaux = new ArrayList<>(fils);
        for (int f = 0; f < fils; f++) {
            int debut = Math.min(n, f * part);
            int fin = Math.min(n, debut + part);
            TraitementLignes t = traitements[f];
            travaux.add(CompletableFuture.supplyAsync(() -> {
                List<String[]> sorties = new ArrayList<>(fin - debut);
                for (int i = debut; i < fin; i++) {
                    t.traiterLigne(paquet.lignes.get(i), paquet.premier + 1 + i, (nature, ligne) -> sorties.add(new String[] {nature, ligne}));
                }
                return sorties;
            }, pool));
        }
        return travaux;
    }

    private static <T> T attendre(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Des lignes lues ; {@code premier} est le nombre de lignes lues avant elles (la première est la ligne premier + 1). */
    private record Paquet(long premier, List<String> lignes) {
        static Paquet lire(BufferedReader lecteur, long premier) throws IOException {
            List<String> lignes = new ArrayList<>(PAQUET);
            String l;
            while (lignes.size() < PAQUET && (l = lecteur.readLine()) != null) {
                lignes.add(l);
            }
            return new Paquet(premier, lignes);
        }
    }
}
