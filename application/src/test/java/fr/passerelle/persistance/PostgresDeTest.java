package fr.passerelle.persistance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * PostgreSQL des tests : 127.0.0.1:5432, base {@code test}, utilisateur {@code postgres} (PASSERELLE_TEST_PG_URL
 * pour changer). Si la variable CI est définie, PostgreSQL est obligatoire : les tests échouent s'il est injoignable ;
 * sinon ils ne tournent que s'il est joignable. Chaque classe de test prend un schéma neuf ({@link SchemaPostgres}), supprimé à la fin.
 */
public final class PostgresDeTest implements ExecutionCondition {

    public static final String URL = System.getenv().getOrDefault("PASSERELLE_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String UTILISATEUR = System.getenv().getOrDefault("PASSERELLE_TEST_PG_USER", "postgres");

    static boolean ciActive() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci);
    }

    static boolean joignable() {
        try (Connection c = connexion()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    static Connection connexion() throws SQLException {
        return DriverManager.getConnection(URL, UTILISATEUR, "");
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext contexte) {
        if (joignable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL joignable : " + URL);
        }
        if (ciActive()) {
            throw new IllegalStateException("PostgreSQL est obligatoire en CI mais injoignable à " + URL
                    + " (utilisateur " + UTILISATEUR + ")");
        }
        return ConditionEvaluationResult.disabled("PostgreSQL injoignable à " + URL + " (hors CI : tests ignorés)");
    }
}
