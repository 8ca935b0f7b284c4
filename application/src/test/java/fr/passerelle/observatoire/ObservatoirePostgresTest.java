package fr.passerelle.observatoire;

import static org.assertj.core.api.Assertions.assertThat;

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
import fr.passerelle.observatoire.internal.domaine.Perimetre;
import fr.passerelle.persistance.PostgresDeTest;
import fr.passerelle.persistance.SchemaPostgres;

/** Les vues V70 et les agrégats donnent les mêmes chiffres sur PostgreSQL 15 que sur H2 (même scénario). */
@ExtendWith(PostgresDeTest.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "passerelle.notifications.ordonnanceur.actif=false")
@ActiveProfiles("test")
class ObservatoirePostgresTest {

    static final SchemaPostgres SCHEMA = SchemaPostgres.nouveau("observatoire");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registre) {
        SCHEMA.declarer(registre);
    }

    @AfterAll
    static void supprimerLeSchema() throws Exception {
        SCHEMA.supprimer();
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    fr.passerelle.dossiers.internal.persistance.DossierJdbc dossiers;
    @Autowired
    fr.passerelle.observatoire.internal.persistance.CumulsJdbc cumuls;
    @Autowired
    TableauxDeBord tableaux;

    @Test
    void memes_chiffres_sur_postgresql() {
        ScenarioObservatoire scenario = new ScenarioObservatoire(jdbc, dossiers);
        scenario.semer();
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
        suite(scenario);
    }

    /** La suite (ADR 0016) : mêmes chiffres que sur H2 ({@code ObservatoireWebTest}), par les vues de V87. */
    void suite(ScenarioObservatoire scenario) {
        Filtre annee2025 = Filtre.lire("2025-01-01", "2025-12-31", null, tableaux.aujourdhui());
        Filtre lozere2025 = Filtre.lire("2025-01-01", "2025-12-31", "48", tableaux.aujourdhui());
        assertThat(tableaux.accesAuxDroits(annee2025).tableau("droits-en-atelier").orElseThrow().csv())
                .isEqualTo(ObservatoireWebTest.DROITS_EN_ATELIER_2025);
        assertThat(tableaux.accesAuxDroits(annee2025).tableau("non-recours-par-prestation").orElseThrow().csv())
                .isEqualTo(ObservatoireWebTest.NON_RECOURS_RESEAU);
        assertThat(tableaux.accesAuxDroits(annee2025).tableau("non-recours-par-territoire").orElseThrow().csv())
                .contains("48;15;86400.00;10;6;40.0;36000.00\r\n", "23;2;2000.00;0;0;0.0;0.00\r\n");
        assertThat(tableaux.qualiteDuContact(annee2025).tableau("decroche").orElseThrow().csv())
                .isEqualTo(ObservatoireWebTest.DECROCHE_2025);
        assertThat(tableaux.qualiteDuContact(Filtre.lire("2024-01-01", "2024-12-31", null, tableaux.aujourdhui()))
                .tableau("rappels").orElseThrow().csv()).endsWith("\r\n4;3;1;3;2;24.0;96.0\r\n");
        assertThat(tableaux.territoires(lozere2025).tableau("ateliers").orElseThrow().csv()).endsWith("\r\n48;1;1;1\r\n");
        assertThat(tableaux.territoires(lozere2025).tableau("personnes-rencontrees").orElseThrow().csv())
                .endsWith("\r\n48;12;8;6;4\r\n");

        Perimetre caf = Perimetre.organisation(scenario.orgCaf, "CAF essai Lozère");
        Perimetre cpam = Perimetre.organisation(scenario.orgCpam, "CPAM essai Lozère");
        assertThat(tableaux.accesAuxDroits(annee2025, caf).tableau("non-recours-par-prestation").orElseThrow().csv())
                .isEqualTo(ObservatoireWebTest.NON_RECOURS_CAF);
        assertThat(tableaux.accesAuxDroits(annee2025, cpam).tableau("non-recours-par-prestation").orElseThrow().lignes()).isEmpty();
        assertThat(tableaux.qualiteDuContact(annee2025, cpam).tableau("saisines").orElseThrow().csv())
                .endsWith("\r\nCPAM;2;1;1.0;1.0\r\n");
        assertThat(tableaux.territoires(annee2025, caf).tableau("ateliers").orElseThrow().csv()).endsWith("\r\n48;1;1;0\r\n");
        assertThat(tableaux.territoires(annee2025, cpam).tableau("personnes-rencontrees").orElseThrow().csv())
                .endsWith("\r\n48;5;1;0;0\r\n");
        ObservatoireWebTest.sansCelluleSous11(tableaux.openData(2025).stream().map(t -> t.csv()).toList());
    }

    @org.junit.jupiter.api.Test
    void cumuls_par_jour_tenus_par_les_evenements_des_dossiers() {
        new EpreuveDesCumuls(jdbc, dossiers, cumuls, tableaux).jouer();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    /** Huit aidants enregistrent en même temps des échanges dans la même case (jour, structure, canal) : aucun ne se perd. */
    @Test
    void echanges_simultanes_dans_la_meme_case_tous_comptes() throws Exception {
        ScenarioObservatoire scenario = new ScenarioObservatoire(jdbc, dossiers);
        long structure = scenario.structure("Concurrence essai Évry", "91000");
        long dossier = scenario.dossier(structure);
        var transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        var depart = new java.util.concurrent.CountDownLatch(1);
        try (var fils = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            var taches = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int f = 0; f < 8; f++) {
                taches.add(fils.submit(() -> {
                    depart.await();
                    for (int i = 0; i < 25; i++) {
                        int n = i;
                        transaction.executeWithoutResult(t -> scenario.echange(dossier, "GUICHET", n % 5 == 0,
                                java.time.Instant.parse("2022-02-14T10:00:00Z")));
                    }
                    return null;
                }));
            }
            depart.countDown();
            for (var t : taches) {
                t.get();
            }
        }
        assertThat(jdbc.sql("SELECT echanges, regles FROM obs_cumul_echange WHERE structure_id = :s").param("s", structure)
                .query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2)).list()).containsExactly("200/40");
    }
}
