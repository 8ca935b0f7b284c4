package fr.passerelle.persistance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Un schéma PostgreSQL neuf, propre à une classe de test : les propriétés Spring qui s'y connectent et y passent les
 * migrations Flyway, puis sa suppression. S'utilise avec {@link PostgresDeTest}, qui décide si PostgreSQL est requis.
 *
 * <pre>{@code
 * static final SchemaPostgres SCHEMA = SchemaPostgres.nouveau("dossiers");
 * @DynamicPropertySource static void postgres(DynamicPropertyRegistry r) { SCHEMA.declarer(r); }
 * @AfterAll static void supprimer() throws SQLException { SCHEMA.supprimer(); }
 * }</pre>
 */
public record SchemaPostgres(String nom) {

    public static SchemaPostgres nouveau(String prefixe) {
        return new SchemaPostgres(prefixe + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    /** L'URL JDBC de la base de test, positionnée sur ce schéma. */
    public String url() {
        return PostgresDeTest.URL + (PostgresDeTest.URL.contains("?") ? "&" : "?") + "currentSchema=" + nom;
    }

    public void declarer(DynamicPropertyRegistry registre) {
        registre.add("spring.datasource.url", this::url);
        registre.add("spring.datasource.username", () -> PostgresDeTest.UTILISATEUR);
        registre.add("spring.datasource.password", () -> "");
        registre.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
        registre.add("spring.flyway.schemas", this::nom);
        registre.add("spring.flyway.default-schema", this::nom);
    }

    public void supprimer() throws SQLException {
        try (Connection c = DriverManager.getConnection(PostgresDeTest.URL, PostgresDeTest.UTILISATEUR, "");
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + nom + " CASCADE");
        }
    }
}
