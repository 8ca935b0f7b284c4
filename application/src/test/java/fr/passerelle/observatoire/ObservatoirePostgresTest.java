package fr.passerelle.observatoire;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.passerelle.observatoire.internal.TableauxDeBord;
import fr.passerelle.observatoire.internal.domaine.Filtre;
import fr.passerelle.persistance.PostgresDeTest;

/** Les vues V70 et les agrégats donnent les mêmes chiffres sur PostgreSQL 15 que sur H2 (même scénario). */
@ExtendWith(PostgresDeTest.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "passerelle.notifications.ordonnanceur.actif=false")
@ActiveProfiles("test")
class ObservatoirePostgresTest {

    static final String SCHEMA = "observatoire_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registre) {
        registre.add("spring.datasource.url", () -> PostgresDeTest.URL
                + (PostgresDeTest.URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registre.add("spring.datasource.username", () -> PostgresDeTest.UTILISATEUR);
        registre.add("spring.datasource.password", () -> "");
        registre.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
        registre.add("spring.flyway.schemas", () -> SCHEMA);
        registre.add("spring.flyway.default-schema", () -> SCHEMA);
    }

    @AfterAll
    static void supprimerLeSchema() throws Exception {
        try (Connection c = DriverManager.getConnection(PostgresDeTest.URL, PostgresDeTest.UTILISATEUR, "");
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TableauxDeBord tableaux;

    @Test
    void memes_chiffres_sur_postgresql() {
        new ScenarioObservatoire(jdbc).semer();
        Filtre mende2025 = Filtre.lire("2025-01-01", "2025-12-31", "48", tableaux.aujourdhui());
        assertThat(tableaux.accesAuxDroits(mende2025).tableau("droits-par-prestation").orElseThrow().csv())
                .isEqualTo("Prestation;Découverts;Demandés;Accordés;Montant annuel accordé (€)\r\n"
                        + "RSA;20;17;12;86400.00\r\nAPL;10;10;10;12000.00\r\n");
        assertThat(tableaux.qualiteDuContact(mende2025).tableau("premier-contact").orElseThrow().csv())
                .isEqualTo("Structure;Canal;Échanges;Réglés au premier contact;Part réglée (%)\r\n"
                        + "Observatoire essai Mende;GUICHET;50;40;80.0\r\nObservatoire essai Mende;TELEPHONE;11;5;45.5\r\n");
        assertThat(tableaux.qualiteDuContact(mende2025).tableau("saisines").orElseThrow().csv()).contains("CAF;3;2;3.0;4.0\r\n");
        assertThat(tableaux.qualiteDuContact(Filtre.lire("2024-01-01", "2024-12-31", null, tableaux.aujourdhui()))
                .tableau("notifications").orElseThrow().csv()).contains("EMAIL;10;8;0;1;1;88.9\r\n", "SMS;4;3;1;0;0;75.0\r\n");
        assertThat(tableaux.demarchesEnLigne(mende2025).tableau("demarches").orElseThrow().csv())
                .contains("Demande de RSA en ligne;10;4;40.0;1;en hausse;non saisi;");
        assertThat(tableaux.openData(2025).get(0).csv()).contains("48;RSA;;;12;;20\r\n", "48;APL;;;;;\r\n");
    }
}
