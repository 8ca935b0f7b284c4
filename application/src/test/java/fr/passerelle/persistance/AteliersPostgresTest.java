package fr.passerelle.persistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.passerelle.ateliers.internal.domaine.Inscrit;
import fr.passerelle.ateliers.internal.domaine.PublicVise;
import fr.passerelle.ateliers.internal.domaine.TypeLieu;
import fr.passerelle.ateliers.internal.persistance.AteliersJdbc;
import fr.passerelle.ateliers.internal.persistance.JourJJdbc;
import fr.passerelle.remontees.internal.domaine.Nature;
import fr.passerelle.remontees.internal.domaine.Origine;
import fr.passerelle.remontees.internal.domaine.Remontee;
import fr.passerelle.remontees.internal.persistance.RemonteesJdbc;

/** Requêtes des modules ateliers et remontees sur PostgreSQL (schéma neuf propre à cette classe). */
@ExtendWith(PostgresDeTest.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class AteliersPostgresTest {

    static final String SCHEMA = "ateliers_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registre) {
        registre.add("spring.datasource.url", () -> PostgresDeTest.URL
                + (PostgresDeTest.URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registre.add("spring.datasource.username", () -> PostgresDeTest.UTILISATEUR);
        registre.add("spring.datasource.password", () -> "");
        registre.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
        registre.add("spring.flyway.schemas", () -> SCHEMA);
        registre.add("spring.flyway.default-schema", () -> SCHEMA);
        registre.add("passerelle.notifications.ordonnanceur.actif", () -> "false");
    }

    @AfterAll
    static void supprimer() throws Exception {
        try (Connection c = PostgresDeTest.connexion(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Autowired
    AteliersJdbc ateliers;
    @Autowired
    JourJJdbc jourJ;
    @Autowired
    RemonteesJdbc remontees;

    @Test
    void atelier_inscription_passage_idempotent_et_remontees() {
        OffsetDateTime maintenant = OffsetDateTime.parse("2027-01-10T10:00:00Z");
        long campagne = ateliers.creerCampagne(2027, 2, maintenant);
        long atelier = ateliers.creerAtelier(campagne, PublicVise.RURAL, LocalDate.of(2027, 5, 17), "23096", "Guéret");
        ateliers.changerLieu(atelier, TypeLieu.BUS, "Place du marché", null, null, 30, "Plain-pied");
        long table = ateliers.ajouterTable(atelier, "CAF", null);
        ateliers.ajouterAgent(table, "Agent", "agent@exemple.fr");
        ateliers.ajouterBenevole(atelier, "Tom", "tom@exemple.fr", LocalDate.of(2027, 1, 5));
        long inscription = ateliers.inscrire(atelier, new Inscrit("Marie", "0612345678", null), "TELEPHONE", maintenant);
        assertThat(ateliers.atelier(atelier).orElseThrow().capacite()).isEqualTo(30);
        assertThat(ateliers.tables(atelier).get(0).agents()).hasSize(1);
        JourJJdbc.Passage p = new JourJJdbc.Passage(atelier, "cle-pg-1", "Marie", inscription, "CAF", true, 2, 1, null, null,
                "aidant@demo", maintenant);
        assertThat(jourJ.enregistrer(p)).isTrue();
        assertThat(jourJ.enregistrer(p)).isFalse();
        assertThat(jourJ.enregistrer(new JourJJdbc.Passage(atelier, "cle-pg-2", "Paul", null, "", false, 0, 0, null, null,
                "aidant@demo", maintenant))).isTrue();
        JourJJdbc.Chiffres c = jourJ.chiffres(atelier);
        assertThat(c.personnesVues()).isEqualTo(2);
        assertThat(c.droitsDecouverts()).isEqualTo(2);
        assertThat(c.inscrits()).isEqualTo(1);
        assertThat(jourJ.chiffresParCampagne(2027)).singleElement().extracting(JourJJdbc.Chiffres::personnesVues).isEqualTo(2);

        remontees.enregistrer(new Remontee(null, "CAF", "Prime d'activité", null, Nature.JARGON, "x", 3, Origine.ATELIER, atelier, maintenant));
        remontees.enregistrer(new Remontee(null, "CAF", "Prime d'activité", null, Nature.CONNEXION, null, 2, Origine.GUICHET, null, maintenant));
        assertThat(remontees.parAdministration()).singleElement().extracting(RemonteesJdbc.ParDemarche::personnes).isEqualTo(5);
        assertThat(remontees.deLAdministration("CAF")).hasSize(2);
    }
}
