package fr.passerelle.saisines;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.passerelle.persistance.PostgresDeTest;
import fr.passerelle.persistance.SchemaPostgres;

/** Persistance des saisines sur PostgreSQL, dans un schéma neuf propre à l'exécution (obligatoire en CI). */
@ExtendWith(PostgresDeTest.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "passerelle.notifications.ordonnanceur.actif=false")
@ActiveProfiles("test")
class PersistanceSaisinesPostgresTest extends PersistanceSaisinesContrat {

    static final SchemaPostgres SCHEMA = SchemaPostgres.nouveau("saisines");

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
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("SELECT data_type FROM information_schema.columns WHERE table_schema = current_schema() "
                + "AND table_name = 'saisine_piece_jointe' AND column_name = 'contenu'", String.class)).isEqualTo("bytea");
    }
}
