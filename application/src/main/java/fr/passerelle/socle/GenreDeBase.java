package fr.passerelle.socle;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * PostgreSQL (production, CI) ou H2 (base embarquée) : lu une fois sur la connexion, pour les quelques instructions
 * SQL qui diffèrent (ajout à un cumul, prise des tâches de l'ordonnanceur).
 */
@Component
public class GenreDeBase {

    private final DataSource dataSource;
    private volatile Boolean postgres;

    public GenreDeBase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean postgres() {
        Boolean p = postgres;
        if (p == null) {
            try (Connection c = dataSource.getConnection()) {
                p = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("Base de données illisible", e);
            }
            postgres = p;
        }
        return p;
    }
}
