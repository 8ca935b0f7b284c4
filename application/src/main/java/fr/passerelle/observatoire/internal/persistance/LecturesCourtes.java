package fr.passerelle.observatoire.internal.persistance;

import fr.passerelle.socle.GenreDeBase;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Les lectures d'un tableau de bord sont courtes (quelques centaines de millisecondes au plus) et lancées ensemble
 * (voir {@code EnParallele}) : sur PostgreSQL, chacune est faite dans une transaction où le plan parallèle et la
 * compilation JIT sont coupés ({@code set_config(..., true)} : réglage local à la transaction, rien d'autre n'est
 * touché). Mesuré sur le banc (docs/benchmarks.md) : sur 2 cœurs, lancer des processus parallèles et compiler en JIT
 * coûtait plus que ce que cela rapportait. Sur H2, la lecture est faite telle quelle. Aucun chiffre n'en dépend : seul
 * le plan d'exécution change.
 */
@Component
public class LecturesCourtes {

    private final JdbcClient jdbc;
    private final GenreDeBase base;
    private final TransactionTemplate transaction;

    LecturesCourtes(JdbcClient jdbc, GenreDeBase base, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.base = base;
        this.transaction = new TransactionTemplate(transactions);
    }

    public <T> T lire(Supplier<T> lecture) {
        if (!base.postgres()) {
            return lecture.get();
        }
        return transaction.execute(statut -> {
            jdbc.sql("SELECT set_config('max_parallel_workers_per_gather', '0', true), set_config('jit', 'off', true)")
                    .query().singleRow();
            return lecture.get();
        });
    }
}
