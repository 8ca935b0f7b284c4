package fr.passerelle.persistance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Persistance sur PostgreSQL, dans un schéma neuf propre à cette exécution (obligatoire quand CI est défini). */
@ExtendWith(PostgresDeTest.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
@Import(PersistanceContrat.HorlogeFixe.class)
class PersistancePostgresTest extends PersistanceContrat {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registre) {
        registre.add("spring.datasource.url", () -> PostgresDeTest.URL
                + (PostgresDeTest.URL.contains("?") ? "&" : "?") + "currentSchema=" + PostgresDeTest.SCHEMA);
        registre.add("spring.datasource.username", () -> PostgresDeTest.UTILISATEUR);
        registre.add("spring.datasource.password", () -> "");
        registre.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
        registre.add("spring.flyway.schemas", () -> PostgresDeTest.SCHEMA);
        registre.add("spring.flyway.default-schema", () -> PostgresDeTest.SCHEMA);
    }

    @AfterAll
    static void supprimerLeSchema() throws Exception {
        PostgresDeTest.supprimerSchema();
    }

    @Test
    void la_base_est_postgresql_dans_le_schema_de_l_execution() {
        assertThat(jdbc.queryForObject("SELECT current_schema()", String.class)).isEqualTo(PostgresDeTest.SCHEMA);
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
    }
}
