package fr.passerelle.depistage.cli;

import fr.passerelle.depistage.GenerateurPopulation;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.periode.Mois;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code genere} sur plusieurs fils : la population est découpée en blocs de {@link #BLOC} ménages, chaque bloc a
 * sa suite de hasard tirée de la graine dans l'ordre des blocs ; les blocs sont écrits dans l'ordre. Même graine,
 * même fichier, quel que soit le nombre de fils. Au plus deux blocs par fil en mémoire.
 */
final class GenerationParBlocs {

    static final int BLOC = 16_384;

    private final Moteur moteur;
    private final long graine;
    private final Mois periode;
    private final int fils;

    GenerationParBlocs(Moteur moteur, long graine, Mois periode, int fils) {
        this.moteur = moteur;
        this.graine = graine;
        this.periode = periode;
        this.fils = Math.max(1, fils);
    }

    void generer(long nombre, Writer sortie) throws IOException {
        SplittableRandom racine = new SplittableRandom(graine);
        ExecutorService pool = Executors.newFixedThreadPool(fils, r -> {
            Thread t = new Thread(r, "generation");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<CompletableFuture<String>> enCours = new ArrayDeque<>();
            for (long premier = 0; premier < nombre; premier += BLOC) {
                long debut = premier;
                int taille = (int) Math.min(BLOC, nombre - premier);
                SplittableRandom hasard = racine.split();
                enCours.add(CompletableFuture.supplyAsync(() -> bloc(hasard, debut, taille), pool));
                if (enCours.size() >= 2 * fils) {
                    sortie.write(enCours.poll().join());
                }
            }
            while (!enCours.isEmpty()) {
                sortie.write(enCours.poll().join());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String bloc(SplittableRandom hasard, long premier, int taille) {
        GenerateurPopulation g = new GenerateurPopulation(moteur, hasard, periode);
        StringBuilder s = new StringBuilder(taille * 200);
        for (int i = 0; i < taille; i++) {
            s.append(g.ligne(identifiant(premier + i))).append('\n');
        }
        return s.toString();
    }

    /** M000000042 : dix caractères, triables. */
    static String identifiant(long rang) {
        String n = Long.toString(rang);
        return "M" + "0".repeat(Math.max(0, 9 - n.length())) + n;
    }
}
