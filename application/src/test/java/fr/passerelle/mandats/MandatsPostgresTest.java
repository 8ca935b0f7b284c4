package fr.passerelle.mandats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.passerelle.persistance.PostgresDeTest;
import fr.passerelle.persistance.SchemaPostgres;

/**
 * Les mêmes tests des mandats sur PostgreSQL 15 (verrou {@code FOR UPDATE}, horodatages avec fuseau, contraintes
 * de V31 et V32), dans un schéma neuf propre à cette classe. Comme les autres tests PostgreSQL du projet :
 * obligatoires quand CI est défini, lancés hors CI seulement si PostgreSQL est joignable.
 */
@ExtendWith(PostgresDeTest.class)
@Import(MandatsJdbcTest.Reglages.class)
class MandatsPostgresTest extends MandatsJdbcTest {

    static final SchemaPostgres SCHEMA = SchemaPostgres.nouveau("mandats");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registre) {
        SCHEMA.declarer(registre);
    }

    @AfterAll
    static void supprimerLeSchema() throws Exception {
        SCHEMA.supprimer();
    }

    @Test
    void la_base_est_postgresql() {
        assertThat(jdbc.sql("SELECT current_schema()").query(String.class).single()).isEqualTo(SCHEMA.nom());
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
    }
}
