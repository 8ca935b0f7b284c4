package fr.passerelle.observatoire;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import fr.passerelle.observatoire.internal.domaine.Perimetre;
import fr.passerelle.persistance.PostgresDeTest;
import fr.passerelle.persistance.SchemaPostgres;

/**
 * Banc de l'observatoire (pas un test de la suite : son nom ne finit pas par « Test » ; lancé par
 * {@code bin/banc-observatoire}). Sème dans un schéma PostgreSQL neuf 100 000 dossiers, 1 million d'échanges,
 * 200 000 droits, 100 000 démarches, 100 000 notifications et 10 000 saisines répartis sur 50 structures de 20
 * départements et près de trois ans ; et pour la suite (ADR 0016) 200 000 appels reçus, 20 000 rappels, 2 000
 * ateliers (dont environ 250 à venir) avec 3 tables et 100 000 personnes rencontrées, 20 dépistages proactifs lancés
 * par les agents de 10 organisations et 200 000 constats (un sur cinq sur une personne connue, dont les dossiers ont
 * des droits demandés ou accordés). Puis mesure le temps de construction de chaque tableau de bord (requêtes et mise en
 * forme, sans le rendu HTML) sur les douze derniers mois, toute la France, un département, puis la vue d'un agent.
 *
 * <p>{@code -Dbanc.echelle=0.01} sème cent fois moins (pour vérifier que le banc tourne, pas pour mesurer) ;
 * {@code -Dbanc.garder=true} garde le schéma (son nom est écrit) pour lire les plans avec {@code EXPLAIN ANALYZE}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "passerelle.notifications.ordonnanceur.actif=false")
@ActiveProfiles("test")
class BancObservatoire {

    static final double ECHELLE = Double.parseDouble(System.getProperty("banc.echelle", "1"));
    static final SchemaPostgres SCHEMA = SchemaPostgres.nouveau("banc_obs");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registre) {
        SCHEMA.declarer(registre);
    }

    @AfterAll
    static void supprimerLeSchema() throws Exception {
        if (Boolean.getBoolean("banc.garder")) {
            System.out.println("Schéma gardé pour EXPLAIN : " + SCHEMA.nom());
            return;
        }
        SCHEMA.supprimer();
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TableauxDeBord tableaux;
    @Autowired
    fr.passerelle.observatoire.internal.persistance.CumulsJdbc cumuls;

    @Test
    void semer_puis_mesurer() throws Exception {
        List<String> rapport = new ArrayList<>();
        long t0 = System.nanoTime();
        semer();
        rapport.add(String.format("Semis (échelle %s) : %d échanges, %d dossiers, %d appels reçus, %d rappels, %d ateliers, "
                        + "%d personnes rencontrées, %d constats en %.1f s", ECHELLE, compter("dossier_echange"), compter("dossier"),
                compter("appel_recu"), compter("appel_a_passer"), compter("atelier"), compter("passage"),
                compter("proactif_constat"), (System.nanoTime() - t0) / 1e9));
        // Semé en SQL, sans passer par le module dossiers : les cumuls (V92) sont refaits en une fois, comme la
        // migration V93 le fait pour les données déjà en base.
        long tc = System.nanoTime();
        cumuls.recalculer();
        rapport.add(String.format("Cumuls par jour refaits depuis les vues (%d cases d'échanges, %d cases de droits) en %.1f s",
                compter("obs_cumul_echange"), compter("obs_cumul_droit"), (System.nanoTime() - tc) / 1e9));
        long t1 = System.nanoTime();
        tableaux.territoires(Filtre.lire(null, null, null, tableaux.aujourdhui()));
        rapport.add(String.format("Territoires, premier appel (couverture des 35 000 communes précalculée au démarrage, en arrière-plan) : %.0f ms",
                (System.nanoTime() - t1) / 1e6));
        long organisation = jdbc.sql("SELECT MIN(id) FROM organisation WHERE nom LIKE 'Banc organisation %'").query(Long.class).single();
        Perimetre agent = Perimetre.organisation(organisation, "Banc organisation 1");
        for (String departement : new String[] {null, "07", "agent"}) {
            Perimetre p = "agent".equals(departement) ? agent : Perimetre.RESEAU;
            Filtre f = Filtre.lire(null, null, "agent".equals(departement) ? null : departement, tableaux.aujourdhui());
            for (String id : p.limiteAUneOrganisation() ? TableauxDeBord.IDS_ORGANISATION : TableauxDeBord.IDS) {
                for (int i = 0; i < 3; i++) {
                    tableaux.construire(id, f, p);
                }
                long[] mesures = new long[10];
                for (int i = 0; i < mesures.length; i++) {
                    long debut = System.nanoTime();
                    tableaux.construire(id, f, p);
                    mesures[i] = (System.nanoTime() - debut) / 1_000_000;
                }
                java.util.Arrays.sort(mesures);
                rapport.add(String.format("%-20s %-24s médiane %4d ms, max %4d ms (10 mesures après 3 d'échauffement)", id,
                        departement == null ? "toute la France" : p.limiteAUneOrganisation() ? "agent (une organisation)"
                                : "département " + departement, mesures[5], mesures[9]));
            }
        }
        int annee = tableaux.aujourdhui().getYear() - 1;
        for (int i = 0; i < 2; i++) {
            tableaux.openData(annee);
        }
        long debutOpenData = System.nanoTime();
        tableaux.openData(annee);
        rapport.add(String.format("Open data de l'année %d (5 tableaux sous secret statistique) : %d ms", annee,
                (System.nanoTime() - debutOpenData) / 1_000_000));
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
        jdbc.sql("INSERT INTO dossier (structure_id, cree_le) SELECT :s0 + g % 50, now() FROM generate_series(1, " + n(100_000) + ") g")
                .param("s0", s0).update();
        long d0 = jdbc.sql("SELECT MIN(id) FROM dossier").query(Long.class).single();
        LocalDate fin = tableaux.aujourdhui();
        String debut = "TIMESTAMP WITH TIME ZONE '" + fin.minusDays(1060) + " 09:00:00+00'";
        jdbc.sql("INSERT INTO dossier_echange (dossier_id, canal, par, le, objet, regle_au_premier_contact) "
                        + "SELECT :d0 + g % " + n(100_000) + ", (ARRAY['GUICHET','TELEPHONE','ATELIER','MARAUDE','EN_LIGNE','SMS'])[1 + g % 6], "
                        + "'banc', " + debut + " + (g % 1060) * INTERVAL '1 day' + (g % 480) * INTERVAL '1 minute', 'objet', g % 5 <> 0 "
                        + "FROM generate_series(1, " + n(1_000_000) + ") g")
                .param("d0", d0).update();
        jdbc.sql("INSERT INTO dossier_droit (dossier_id, code, libelle, montant, periodicite, statut, mis_a_jour_le) "
                        + "SELECT :d0 + (g % " + n(100_000) + "), c.code, c.libelle, c.montant, c.periodicite, "
                        + "(ARRAY['A_DEMANDER','DEMANDE','ACCORDE','REFUSE'])[1 + (g / 7) % 4], " + debut + " + (g % 1060) * INTERVAL '1 day' "
                        + "FROM generate_series(0, " + (n(100_000) - 1) + ") g CROSS JOIN (VALUES ('rsa', 'RSA', 607.75, 'par mois'), "
                        + "('css', 'Complémentaire santé solidaire', 0, 'par an')) AS c(code, libelle, montant, periodicite)")
                .param("d0", d0).update();
        jdbc.sql("INSERT INTO dossier_demarche (dossier_id, intitule, organisation, statut, prochaine_etape, perimetre, mis_a_jour_le) "
                        + "SELECT :d0 + g % " + n(100_000) + ", 'Démarche ' || (g % 40), 'CAF', (ARRAY['A_FAIRE','EN_COURS','EN_ATTENTE','BLOQUEE','TERMINEE'])[1 + g % 5], "
                        + "'suite', 'PRESTATIONS_SOCIALES', " + debut + " + (g % 1060) * INTERVAL '1 day' FROM generate_series(1, " + n(100_000) + ") g")
                .param("d0", d0).update();
        jdbc.sql("INSERT INTO notification (cle, personne_id, canal, destinataire, modele_code, modele_version, objet, corps, statut, raison, "
                + "prevue_le, cree_le, mise_a_jour_le) SELECT 'banc-' || g, g % 5000, (ARRAY['EMAIL','SMS','COURRIER','TELEPHONE'])[1 + g % 4], "
                + "'x', 'banc', 1, 'o', 'c', (ARRAY['DELIVREE','DELIVREE','DELIVREE','ECHEC_DEFINITIF','ECHEC_TEMPORAIRE','ANNULEE'])[1 + g % 6], "
                + "CASE WHEN g % 6 IN (3, 4) THEN 'raison ' || (g % 7) END, " + debut + " + (g % 1060) * INTERVAL '1 day', "
                + debut + " + (g % 1060) * INTERVAL '1 day', " + debut + " + (g % 1060) * INTERVAL '1 day' FROM generate_series(1, " + n(100_000) + ") g").update();
        jdbc.sql("INSERT INTO saisine (dossier_id, structure_id, aidant_id, aidant_nom, personne_nom, organisation_id, organisation_nom, "
                        + "type_organisation, perimetre, objet, blocage, tentatives, consentement_partage, etat, issue, ouverte_le, close_le) "
                        + "SELECT :d0 + g, :s0 + g % 50, 1, 'a', 'p', 1, 'o', (ARRAY['CAF','CPAM','FRANCE_TRAVAIL'])[1 + g % 3], 'PRESTATIONS_SOCIALES', "
                        + "'o', 'b', 't', TRUE, CASE WHEN g % 2 = 0 THEN 'CLOSE' ELSE 'OUVERTE' END, CASE WHEN g % 2 = 0 THEN 'RESOLUE' END, "
                        + debut + " + (g % 1060) * INTERVAL '1 day', CASE WHEN g % 2 = 0 THEN " + debut
                        + " + (g % 1060) * INTERVAL '1 day' + (g % 20) * INTERVAL '1 day' END FROM generate_series(1, " + n(10_000) + ") g")
                .param("d0", d0).param("s0", s0).update();
        semerSuite(s0, d0, debut);
        jdbc.sql("VACUUM ANALYZE").update();
    }

    /** Une taille du banc à l'échelle demandée (au moins 10). */
    static long n(long taille) {
        return Math.max(10, Math.round(taille * ECHELLE));
    }

    /** Ateliers, dépistages proactifs, appels reçus et rappels (ADR 0016). */
    void semerSuite(long s0, long d0, String debut) {
        LocalDate aujourdhui = tableaux.aujourdhui();
        jdbc.sql("INSERT INTO organisation (nom, type, territoire, cree_le) SELECT 'Banc organisation ' || g, "
                + "(ARRAY['CAF','CPAM','CARSAT','MSA','FRANCE_TRAVAIL'])[1 + g % 5], 'banc', now() FROM generate_series(1, 10) g").update();
        long o0 = jdbc.sql("SELECT MIN(id) FROM organisation WHERE nom LIKE 'Banc organisation %'").query(Long.class).single();
        jdbc.sql("INSERT INTO compte (email, nom_affiche, role, organisation_id, cree_le) SELECT 'banc-agent-' || g || '@banc', 'a', "
                + "'AGENT', :o0 + g - 1, now() FROM generate_series(1, 10) g").param("o0", o0).update();
        long a0 = jdbc.sql("SELECT MIN(id) FROM compte WHERE email LIKE 'banc-agent-%'").query(Long.class).single();
        long usagers = n(20_000);
        jdbc.sql("INSERT INTO compte (email, nom_affiche, role, cree_le) SELECT 'banc-usager-' || g || '@banc', 'u', 'USAGER', now() "
                + "FROM generate_series(1, " + usagers + ") g").update();
        long u0 = jdbc.sql("SELECT MIN(id) FROM compte WHERE email LIKE 'banc-usager-%'").query(Long.class).single();
        // Les usagers connus sont les sujets des premiers dossiers (qui ont déjà des droits RSA et CSS à divers statuts).
        jdbc.sql("UPDATE dossier SET compte_usager_id = :u0 + (id - :d0) WHERE id - :d0 < :n").param("u0", u0).param("d0", d0)
                .param("n", usagers).update();
        // Un droit sur trois de ces dossiers a été demandé dans le dernier mois : des constats récents sont résolus.
        jdbc.sql("UPDATE dossier_droit SET statut = 'DEMANDE', mis_a_jour_le = now() - (id % 30) * INTERVAL '1 day' "
                + "WHERE dossier_id - :d0 < :n AND abs(hashtext(id::text)) % 3 = 0").param("d0", d0).param("n", usagers).update();

        jdbc.sql("INSERT INTO appel_recu (structure_id, recu_le, decroche, saisi_par) SELECT :s0 + g % 50, " + debut
                        + " + (g % 1060) * INTERVAL '1 day' + (g % 540) * INTERVAL '1 minute', g % 7 <> 0, 'banc' "
                        + "FROM generate_series(1, " + n(200_000) + ") g").param("s0", s0).update();
        jdbc.sql("INSERT INTO appel_a_passer (cle, personne_id, telephone, motif, avant_le, fait, cree_le, fait_le) "
                + "SELECT 'banc-rappel-' || g, g % 5000, '0600000000', 'banc', (" + debut + " + (g % 1060 + 2) * INTERVAL '1 day')::date, "
                + "g % 2 = 0, " + debut + " + (g % 1060) * INTERVAL '1 day', CASE WHEN g % 2 = 0 THEN " + debut
                + " + (g % 1060) * INTERVAL '1 day' + (g % 90) * INTERVAL '1 hour' END FROM generate_series(1, " + n(20_000) + ") g")
                .update();

        jdbc.sql("INSERT INTO campagne (annee, trimestre, creee_le) SELECT a, t, now() FROM generate_series(:a0, :a1) a "
                        + "CROSS JOIN generate_series(1, 4) t")
                .param("a0", aujourdhui.getYear() - 3).param("a1", aujourdhui.getYear() + 1).update();
        long c0 = jdbc.sql("SELECT MIN(id) FROM campagne").query(Long.class).single();
        long ateliers = n(2_000);
        // Jours de (aujourd'hui - 1060) à (aujourd'hui + 150) : les derniers sont à venir.
        jdbc.sql("INSERT INTO atelier (campagne_id, public_vise, jour, statut, code_commune, nom_commune, code_sms) SELECT :c0 + g % 16, "
                        + "CASE WHEN g % 2 = 0 THEN 'RURAL' ELSE 'QUARTIER_PRIORITAIRE' END, "
                        + "DATE '" + aujourdhui.minusDays(1060) + "' + (g * 1210 / " + ateliers + ")::int, "
                        + "CASE WHEN g % 4 = 0 THEN 'PROPOSE' ELSE 'CONFIRME' END, lpad(((g % 20) + 1)::text, 2, '0') || '001', 'banc', 'B' || g "
                        + "FROM generate_series(1, " + ateliers + ") g")
                .param("c0", c0).update();
        long t0 = jdbc.sql("SELECT MIN(id) FROM atelier").query(Long.class).single();
        jdbc.sql("INSERT INTO table_atelier (atelier_id, organisation_id, administration) SELECT a.id, :o0 + (a.id + k) % 10, "
                        + "'Banc organisation ' || (1 + (a.id + k) % 10) FROM atelier a CROSS JOIN generate_series(0, 2) k")
                .param("o0", o0).update();
        jdbc.sql("INSERT INTO passage (atelier_id, cle, nom, tables_visitees, questionnaire, droits_decouverts, demarches_faites, "
                        + "saisi_par, saisi_le) SELECT :t0 + g % " + ateliers + ", 'banc-' || g, 'p', "
                        + "'Banc organisation ' || (1 + (:t0 + g % " + ateliers + ") % 10) || CASE WHEN g % 3 = 0 THEN "
                        + "' ; Banc organisation ' || (1 + (:t0 + g % " + ateliers + " + 1) % 10) ELSE '' END, "
                        + "g % 2 = 0, g % 3, g % 2, 'banc', now() FROM generate_series(1, " + n(100_000) + ") g")
                .param("t0", t0).update();

        jdbc.sql("INSERT INTO proactif_depistage (source, format, statut, lance_par, lance_le, termine_le) SELECT 'banc', 'JSON', "
                        + "'TERMINE', :a0 + g % 10, " + debut + " + (g * 50) * INTERVAL '1 day', " + debut
                        + " + (g * 50) * INTERVAL '1 day' FROM generate_series(1, 20) g")
                .param("a0", a0).update();
        long p0 = jdbc.sql("SELECT MIN(id) FROM proactif_depistage").query(Long.class).single();
        jdbc.sql("INSERT INTO proactif_partition (depistage_id, numero, premiere_ligne, nombre_lignes, lignes, statut, finie_le) "
                        + "SELECT d.id, k, k * 500, 500, '', 'FINIE', d.lance_le + k * INTERVAL '1 minute' "
                        + "FROM proactif_depistage d CROSS JOIN generate_series(1, 10) k")
                .update();
        long q0 = jdbc.sql("SELECT MIN(id) FROM proactif_partition").query(Long.class).single();
        jdbc.sql("INSERT INTO proactif_constat (depistage_id, partition_id, identifiant, menage, periode, departement, nature, "
                        + "prestation, montant_centimes, montant_annuel_centimes, compte_id, suite) "
                        + "SELECT p.depistage_id, p.id, 'm' || g || '/' || x.pr || '/2025-01', 'm' || g, '2025-01', "
                        + "lpad(((g % 20) + 1)::text, 2, '0'), "
                        + "(ARRAY['A_DEMANDER','A_DEMANDER','A_DEMANDER','ATTRIBUTION','A_VERIFIER'])[1 + g % 5], "
                        + "x.pr, 60775, 729300, CASE WHEN g % 5 = 0 THEN :u0 + (g / 5) % " + usagers + " END, "
                        + "CASE WHEN g % 5 = 0 THEN 'PREVENU' ELSE 'EXPORT' END "
                        + "FROM generate_series(1, " + n(200_000) + ") g "
                        + "CROSS JOIN LATERAL (SELECT (ARRAY['rsa','cmu_c','ppa','aide_logement'])[1 + g % 4] AS pr) x "
                        + "JOIN proactif_partition p ON p.id = :q0 + (g / 3) % 200")
                .param("u0", u0).param("q0", q0).update();
    }
}
