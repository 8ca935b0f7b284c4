package fr.passerelle.persistance;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Persistance sur la base embarquée H2 en mode fichier (configuration par défaut de l'application). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
@Import(PersistanceContrat.HorlogeFixe.class)
class PersistanceH2Test extends PersistanceContrat {

    @Autowired
    DataSource source;

    @Test
    void la_base_est_un_fichier_h2() throws Exception {
        try (var c = source.getConnection()) {
            assertThat(c.getMetaData().getURL()).startsWith("jdbc:h2:file:").contains("/target/test-data/");
        }
    }
}
