package fr.passerelle.proactif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

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
import fr.passerelle.droits.internal.domaine.Questionnaire;
import fr.passerelle.droits.internal.persistance.SituationsEnregistrees;
import fr.passerelle.persistance.PostgresDeTest;
import fr.passerelle.persistance.SchemaPostgres;
import fr.passerelle.proactif.internal.Lancement;
import fr.passerelle.proactif.internal.ServiceDepistages;
import fr.passerelle.proactif.internal.persistance.DepistagesJdbc;

/** Les migrations V60-V62, V83-V84 et des dépistages complets (population, personnes suivies, import de constats) sur PostgreSQL 15. */
@ExtendWith(PostgresDeTest.class)
@SpringBootTest(properties = {"passerelle.notifications.ordonnanceur.actif=false", "passerelle.proactif.partition.lignes=1"})
@ActiveProfiles({"demo", "test"})
class ProactifPostgresTest {

    static final SchemaPostgres SCHEMA = SchemaPostgres.nouveau("proactif");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registre) {
        SCHEMA.declarer(registre);
    }

    @AfterAll
    static void supprimerLeSchema() throws Exception {
        SCHEMA.supprimer();
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

    @Autowired
    SituationsEnregistrees situations;

    @Test
    void personnes_suivies_et_import_de_constats_sur_postgresql() {
        var admin = annuaire.professionnelParEmail("admin@demo.passerelle.fr").orElseThrow();
        long camille = annuaire.usagerParEmail("usager@demo.passerelle.fr").orElseThrow().id();
        situations.enregistrer(camille, Questionnaire.depuis(java.util.Map.of("age", "40", "couple", "non", "enfants", "0",
                "handicap", "AUCUN", "logement", "LOCATAIRE", "commune", "Bordeaux", "communeChoisie", "33063-33000", "loyer", "550"),
                java.util.List.of()));
        long suivies = ((Lancement.Issue.Lance) service.lancerSuivies(admin)).id();
        String constats = String.join("\n",
                "{\"menage\":\"K1\",\"periode\":\"2025-07\",\"departement\":\"33\",\"a_demander\":[{\"constat\":\"K1/ppa/2025-07\","
                        + "\"prestation\":\"ppa\",\"montant\":169.14,\"montant_annuel\":2029.68}]}",
                "{\"menage\":\"K2\",\"periode\":\"2025-07\",\"departement\":\"33\",\"a_demander\":[{\"constat\":\"K2/ppa/2025-07\","
                        + "\"prestation\":\"ppa\",\"montant\":\"beaucoup\",\"montant_annuel\":2029.68}]}");
        long importe = ((Lancement.Issue.Lance) service.importer(admin, "constats.jsonl", constats.getBytes(StandardCharsets.UTF_8))).id();
        service.traiterPartitions(10);

        assertThat(stockage.depistage(suivies).orElseThrow().termine()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM proactif_constat WHERE depistage_id = :d AND menage = :m").param("d", suivies)
                .param("m", "compte-" + camille).query(Long.class).single()).isPositive();
        assertThat(stockage.depistage(importe).orElseThrow().termine()).isTrue();
        assertThat(stockage.rejets(importe, 10)).extracting(r -> r.ligne() + " " + r.champ()).containsExactly("2 a_demander[0].montant");
        assertThat(stockage.exportes(importe, java.util.List.of("ppa"))).extracting(DepistagesJdbc.ConstatExporte::menage)
                .containsExactly("K1");
        // Une exécution finie par partition, aucune interrompue.
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM proactif_execution_partition e JOIN proactif_partition p ON p.id = e.partition_id
                WHERE p.depistage_id IN (:a, :b) AND e.finie_le IS NOT NULL""").param("a", suivies).param("b", importe)
                .query(Long.class).single()).isEqualTo(stockage.depistage(suivies).orElseThrow().partitions()
                        + stockage.depistage(importe).orElseThrow().partitions());
        situations.effacer(camille);
    }
}
