package fr.passerelle.observatoire;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.passerelle.observatoire.internal.TableauxDeBord;
import fr.passerelle.observatoire.internal.domaine.Filtre;
import fr.passerelle.persistance.PostgresDeTest;

/**
 * Banc de l'observatoire (pas un test de la suite : son nom ne finit pas par « Test » ; lancé par
 * {@code bin/banc-observatoire}). Sème dans un schéma PostgreSQL neuf 100 000 dossiers, 1 million d'échanges,
 * 200 000 droits, 100 000 démarches, 100 000 notifications et 10 000 saisines répartis sur 50 structures de 20
 * départements et près de trois ans, puis mesure le temps de construction de chaque tableau de bord (requêtes et mise
 * en forme, sans le rendu HTML) sur les douze derniers mois, toute la France puis un département.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "passerelle.notifications.ordonnanceur.actif=false")
@ActiveProfiles("test")
class BancObservatoire {

    static final String SCHEMA = "banc_obs_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

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
    void semer_puis_mesurer() throws Exception {
        List<String> rapport = new ArrayList<>();
        long t0 = System.nanoTime();
        semer();
        rapport.add(String.format("Semis : %d échanges, %d dossiers en %.1f s", compter("dossier_echange"), compter("dossier"),
                (System.nanoTime() - t0) / 1e9));
        long t1 = System.nanoTime();
        tableaux.territoires(Filtre.lire(null, null, null, tableaux.aujourdhui()));
        rapport.add(String.format("Territoires, premier appel (couverture des 35 000 communes précalculée au démarrage, en arrière-plan) : %.0f ms",
                (System.nanoTime() - t1) / 1e6));
        for (String departement : new String[] {null, "07"}) {
            Filtre f = Filtre.lire(null, null, departement, tableaux.aujourdhui());
            for (String id : TableauxDeBord.IDS) {
                for (int i = 0; i < 3; i++) {
                    tableaux.construire(id, f);
                }
                long[] mesures = new long[10];
                for (int i = 0; i < mesures.length; i++) {
                    long debut = System.nanoTime();
                    tableaux.construire(id, f);
                    mesures[i] = (System.nanoTime() - debut) / 1_000_000;
                }
                java.util.Arrays.sort(mesures);
                rapport.add(String.format("%-20s %-22s médiane %4d ms, max %4d ms (10 mesures après 3 d'échauffement)", id,
                        departement == null ? "toute la France" : "département " + departement, mesures[5], mesures[9]));
            }
        }
        rapport.forEach(System.out::println);
        Files.write(Path.of("target/banc-observatoire.txt"), rapport);
    }

    long compter(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    void semer() {
        jdbc.sql("""
                INSERT INTO structure (nom, type, commune, code_postal, cree_le)
                SELECT 'Banc structure ' || g, 'FRANCE_SERVICES', 'Commune ' || g, lpad(((g % 20) + 1)::text, 2, '0') || '000', now()
                FROM generate_series(1, 50) g""").update();
        long s0 = jdbc.sql("SELECT MIN(id) FROM structure").query(Long.class).single();
        jdbc.sql("INSERT INTO dossier (structure_id, cree_le) SELECT :s0 + g % 50, now() FROM generate_series(1, 100000) g")
                .param("s0", s0).update();
        long d0 = jdbc.sql("SELECT MIN(id) FROM dossier").query(Long.class).single();
        LocalDate fin = tableaux.aujourdhui();
        String debut = "TIMESTAMP WITH TIME ZONE '" + fin.minusDays(1060) + " 09:00:00+00'";
        jdbc.sql("INSERT INTO dossier_echange (dossier_id, canal, par, le, objet, regle_au_premier_contact) "
                        + "SELECT :d0 + g % 100000, (ARRAY['GUICHET','TELEPHONE','ATELIER','MARAUDE','EN_LIGNE','SMS'])[1 + g % 6], "
                        + "'banc', " + debut + " + (g % 1060) * INTERVAL '1 day' + (g % 480) * INTERVAL '1 minute', 'objet', g % 5 <> 0 "
                        + "FROM generate_series(1, 1000000) g")
                .param("d0", d0).update();
        jdbc.sql("INSERT INTO dossier_droit (dossier_id, code, libelle, montant, periodicite, statut, mis_a_jour_le) "
                        + "SELECT :d0 + (g % 100000), c.code, c.libelle, c.montant, c.periodicite, "
                        + "(ARRAY['A_DEMANDER','DEMANDE','ACCORDE','REFUSE'])[1 + (g / 7) % 4], " + debut + " + (g % 1060) * INTERVAL '1 day' "
                        + "FROM generate_series(0, 99999) g CROSS JOIN (VALUES ('rsa', 'RSA', 607.75, 'par mois'), "
                        + "('css', 'Complémentaire santé solidaire', 0, 'par an')) AS c(code, libelle, montant, periodicite)")
                .param("d0", d0).update();
        jdbc.sql("INSERT INTO dossier_demarche (dossier_id, intitule, organisation, statut, prochaine_etape, perimetre, mis_a_jour_le) "
                        + "SELECT :d0 + g % 100000, 'Démarche ' || (g % 40), 'CAF', (ARRAY['A_FAIRE','EN_COURS','EN_ATTENTE','BLOQUEE','TERMINEE'])[1 + g % 5], "
                        + "'suite', 'PRESTATIONS_SOCIALES', " + debut + " + (g % 1060) * INTERVAL '1 day' FROM generate_series(1, 100000) g")
                .param("d0", d0).update();
        jdbc.sql("INSERT INTO notification (cle, personne_id, canal, destinataire, modele_code, modele_version, objet, corps, statut, raison, "
                + "prevue_le, cree_le, mise_a_jour_le) SELECT 'banc-' || g, g % 5000, (ARRAY['EMAIL','SMS','COURRIER','TELEPHONE'])[1 + g % 4], "
                + "'x', 'banc', 1, 'o', 'c', (ARRAY['DELIVREE','DELIVREE','DELIVREE','ECHEC_DEFINITIF','ECHEC_TEMPORAIRE','ANNULEE'])[1 + g % 6], "
                + "CASE WHEN g % 6 IN (3, 4) THEN 'raison ' || (g % 7) END, " + debut + " + (g % 1060) * INTERVAL '1 day', "
                + debut + " + (g % 1060) * INTERVAL '1 day', " + debut + " + (g % 1060) * INTERVAL '1 day' FROM generate_series(1, 100000) g").update();
        jdbc.sql("INSERT INTO saisine (dossier_id, structure_id, aidant_id, aidant_nom, personne_nom, organisation_id, organisation_nom, "
                        + "type_organisation, perimetre, objet, blocage, tentatives, consentement_partage, etat, issue, ouverte_le, close_le) "
                        + "SELECT :d0 + g, :s0 + g % 50, 1, 'a', 'p', 1, 'o', (ARRAY['CAF','CPAM','FRANCE_TRAVAIL'])[1 + g % 3], 'PRESTATIONS_SOCIALES', "
                        + "'o', 'b', 't', TRUE, CASE WHEN g % 2 = 0 THEN 'CLOSE' ELSE 'OUVERTE' END, CASE WHEN g % 2 = 0 THEN 'RESOLUE' END, "
                        + debut + " + (g % 1060) * INTERVAL '1 day', CASE WHEN g % 2 = 0 THEN " + debut
                        + " + (g % 1060) * INTERVAL '1 day' + (g % 20) * INTERVAL '1 day' END FROM generate_series(1, 10000) g")
                .param("d0", d0).param("s0", s0).update();
        jdbc.sql("VACUUM ANALYZE").update();
    }
}
