package fr.passerelle.notifications.charge;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import fr.passerelle.persistance.PostgresDeTest;

/** Outils communs du test d'arrêt brutal et du banc de débit : schéma PostgreSQL neuf, attentes bornées. */
final class Charge {

    private Charge() {
    }

    static String nouveauSchema() throws Exception {
        String schema = "charge_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(PostgresDeTest.URL, PostgresDeTest.UTILISATEUR, "");
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return schema;
    }

    static void supprimer(String schema) throws Exception {
        try (Connection c = DriverManager.getConnection(PostgresDeTest.URL, PostgresDeTest.UTILISATEUR, "");
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    /** Attend une condition (scrutée toutes les 100 ms), au plus {@code maxSecondes} ; faux si elle n'arrive pas. */
    static boolean attendre(BooleanSupplier condition, int maxSecondes) throws InterruptedException {
        long fin = System.nanoTime() + maxSecondes * 1_000_000_000L;
        while (System.nanoTime() < fin) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }
}
