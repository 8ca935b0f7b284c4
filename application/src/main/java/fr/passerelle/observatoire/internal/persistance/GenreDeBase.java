package fr.passerelle.observatoire.internal.persistance;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/** PostgreSQL (production, CI) ou H2 (base embarquée) : lu une fois sur la connexion, pour les quelques écritures SQL qui diffèrent. */
@Component
public class GenreDeBase {

    private final DataSource dataSource;
    private volatile Boolean postgres;

    GenreDeBase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean postgres() {
        Boolean p = postgres;
        if (p == null) {
            try (Connection c = dataSource.getConnection()) {
                p = "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException("Base de données illisible", e);
            }
            postgres = p;
        }
        return p;
    }
}
