package fr.passerelle.observatoire.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import fr.passerelle.observatoire.internal.persistance.LecturesCourtes;

/**
 * Lance ensemble les lectures indépendantes d'un tableau de bord (chacune sur sa connexion, dans un fil virtuel, par
 * {@link LecturesCourtes}) :
 * le tableau attend la plus lente au lieu de leur somme. Rien n'est gardé d'une construction à l'autre (pas de cache) :
 * chaque lecture est faite à chaque affichage. {@link #close()} attend toutes les lectures lancées ; une lecture en
 * échec relance son exception quand on lit sa valeur.
 */
final class EnParallele implements AutoCloseable {

    private final ExecutorService executeur = Executors.newVirtualThreadPerTaskExecutor();
    private final LecturesCourtes courtes;

    EnParallele(LecturesCourtes courtes) {
        this.courtes = courtes;
    }

    <T> Resultat<T> lancer(Supplier<T> lecture) {
        return new Resultat<>(executeur.submit(() -> courtes.lire(lecture)));
    }

    @Override
    public void close() {
        executeur.close();
    }

    record Resultat<T>(Future<T> futur) {

        static <T> Resultat<T> deja(T valeur) {
            return new Resultat<>(CompletableFuture.completedFuture(valeur));
        }

        T valeur() {
            try {
                return futur.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Lecture de l'observatoire interrompue", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException("Lecture de l'observatoire en échec", e.getCause());
            }
        }
    }
}
