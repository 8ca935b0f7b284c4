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

    static final SchemaPostgres SCHEMA = SchemaPostgres.nouveau("essai");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registre) {
        SCHEMA.declarer(registre);
    }

    @AfterAll
    static void supprimerLeSchema() throws Exception {
        SCHEMA.supprimer();
    }

    @Test
    void la_base_est_postgresql_dans_le_schema_de_l_execution() {
        assertThat(jdbc.queryForObject("SELECT current_schema()", String.class)).isEqualTo(SCHEMA.nom());
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
    }
}
