package fr.passerelle.proactif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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

import fr.passerelle.comptes.Annuaire;
import fr.passerelle.persistance.PostgresDeTest;
import fr.passerelle.proactif.internal.Lancement;
import fr.passerelle.proactif.internal.ServiceDepistages;
import fr.passerelle.proactif.internal.persistance.DepistagesJdbc;

/** Les migrations V60-V62 et un dépistage complet (partitions, constats, rejets, exports) sur PostgreSQL 15. */
@ExtendWith(PostgresDeTest.class)
@SpringBootTest(properties = {"passerelle.notifications.ordonnanceur.actif=false", "passerelle.proactif.partition.lignes=1"})
@ActiveProfiles({"demo", "test"})
class ProactifPostgresTest {

    static final String SCHEMA = "proactif_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

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
    ServiceDepistages service;
    @Autowired
    DepistagesJdbc stockage;
    @Autowired
    Annuaire annuaire;
    @Autowired
    JdbcClient jdbc;

    @Test
    void un_depistage_va_jusqu_au_bout_sur_postgresql() {
        var admin = annuaire.professionnelParEmail("admin@demo.passerelle.fr").orElseThrow();
        long camille = annuaire.usagerParEmail("usager@demo.passerelle.fr").orElseThrow().id();
        String population = String.join("\n",
                "{\"id\":\"J1\",\"period\":\"2025-07\",\"situation\":{\"individus\":{\"p\":{\"date_naissance\":{\"ETERNITY\":\"1980-03-01\"}}},"
                        + "\"familles\":{\"f\":{\"parents\":[\"p\"]}},\"foyers_fiscaux\":{\"ff\":{\"declarants\":[\"p\"]}},"
                        + "\"menages\":{\"m\":{\"personne_de_reference\":[\"p\"],\"depcom\":{\"2025-07\":\"33063\"},"
                        + "\"statut_occupation_logement\":{\"2025-07\":\"locataire_vide\"},\"loyer\":{\"2025-07\":550}}}}}",
                "{\"id\":\"compte-" + camille + "\",\"period\":\"2025-07\",\"situation\":{\"individus\":{\"p\":{}},"
                        + "\"familles\":{\"f\":{\"parents\":[\"p\"]}},\"foyers_fiscaux\":{\"ff\":{\"declarants\":[\"p\"]}},"
                        + "\"menages\":{\"m\":{\"personne_de_reference\":[\"p\"],\"depcom\":{\"2025-07\":\"33063\"}}}}}",
                "{pas du json");
        var issue = service.lancer(admin, "population.jsonl", population.getBytes(StandardCharsets.UTF_8), "");
        long id = ((Lancement.Issue.Lance) issue).id();
        assertThat(service.traiterPartitions(10)).isEqualTo(3);

        DepistagesJdbc.Depistage d = stockage.depistage(id).orElseThrow();
        assertThat(d.termine()).isTrue();
        assertThat(d.partitionsFinies()).isEqualTo(3);
        assertThat(d.rejets()).isPositive();
        assertThat(stockage.rejets(id, 10)).extracting(DepistagesJdbc.RejetVu::ligne).contains(3L);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM proactif_constat WHERE depistage_id = :d AND menage = 'J1'").param("d", id)
                .query(Long.class).single()).isPositive();
        assertThat(stockage.exportes(id, java.util.List.of("rsa", "aide_logement", "cmu_c", "ppa")))
                .extracting(DepistagesJdbc.ConstatExporte::menage).contains("J1");
        assertThat(stockage.synthese(id)).isNotEmpty();
        assertThat(stockage.exportesParPrestation()).isNotEmpty();
    }
}
