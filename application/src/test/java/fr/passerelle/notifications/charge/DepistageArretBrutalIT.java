package fr.passerelle.notifications.charge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.passerelle.depistage.DepistageEmbarque;
import fr.passerelle.depistage.FormatEntree;
import fr.passerelle.depistage.GenerateurPopulation;
import fr.passerelle.depistage.OptionsDepistage;
import fr.passerelle.depistage.ReglesAttribution;
import fr.passerelle.depistage.TraitementLignes;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.persistance.PostgresDeTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reprise d'un dépistage après de vrais {@code kill -9} (issue 8) : l'application tourne dans un autre processus sur
 * PostgreSQL ; un dépistage de quelques milliers de ménages (tous des personnes suivies, SMS accepté) est enregistré
 * et découpé en partitions ; l'application est tuée par SIGKILL deux fois pendant le calcul d'une partition, puis
 * relancée. À la fin : toutes les partitions sont finies, chacune par une seule exécution (les exécutions
 * interrompues ne sont jamais celles d'une partition déjà finie), les constats sont exactement ceux du dépistage
 * embarqué de la même population, et chaque constat « à demander » a été remis une seule fois au puits SMS, qui
 * enregistre les clés d'idempotence.
 *
 * <p>Petite taille ici ; pleine taille (commande dans {@code docs/fiabilite.md}) :
 * {@code -Dproactif.reprise.menages=100000 -Dproactif.reprise.partition=1000}. Aucune assertion de durée : les
 * attentes sont des garde-fous.
 */
@ExtendWith(PostgresDeTest.class)
class DepistageArretBrutalIT {

    static final int MENAGES = Integer.getInteger("proactif.reprise.menages", 2_000);
    static final int PARTITION = Integer.getInteger("proactif.reprise.partition", 50);
    static final int FILS = 4;
    /** Comme {@link ArretBrutalIT} : petits lots d'envoi et bail court, pour que la reprise des envois soit rapide. */
    static final int LOT = 5;
    static final String BAIL = "PT30S";
    static final long PREMIER_COMPTE = 500_000L;
    static final String PERIODE = "2025-07";
    /** Garde-fous des attentes, en secondes, proportionnés à la taille (pas des assertions de durée). */
    static final int ATTENTE_ARRET = Math.max(300, MENAGES / 100);
    static final int ATTENTE_FIN = Math.max(600, MENAGES / 40);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void le_depistage_reprend_sans_refaire_de_partition_ni_renvoyer_de_message_apres_deux_sigkill() throws Exception {
        String schema = Charge.nouveauSchema();
        BoiteEnvoi boite = new BoiteEnvoi(PostgresDeTest.URL, schema);
        AtomicInteger numero = new AtomicInteger();
        List<String> reglages = List.of("--passerelle.proactif.scrutation=PT0.5S", "--passerelle.proactif.partitions-par-passage=1000");
        List<String> population = population();
        Set<String> attendus = constatsAttendus(population);
        try (PuitsSms puits = new PuitsSms(10)) {
            InstanceApplication a = InstanceApplication.demarrer("depistage-" + numero.incrementAndGet(), PostgresDeTest.URL, schema,
                    puits.url(), FILS, LOT, BAIL, reglages);
            InstanceApplication journalA = a;
            assertThat(Charge.attendre(() -> versionAppliquee(boite, "83"), 240)).as("migrations appliquées, voir %s", journalA.journal).isTrue();
            int partitions = enregistrer(boite, population);
            // Deux SIGKILL pendant le calcul d'une partition (exécution commencée, pas finie), au quart puis à la moitié.
            // Un SIGKILL qui tombe juste après la validation de la partition observée ne compte pas : on recommence plus
            // loin (au plus six arrêts en tout).
            int[] seuils = {partitions / 4, partitions / 2};
            int kills = 0;
            int auMilieu = 0;
            long dejaFinies = 0;
            while (auMilieu < seuils.length && kills < 6) {
                InstanceApplication courante = a;
                long seuil = Math.max(seuils[auMilieu], dejaFinies + 1);
                assertThat(Charge.attendre(() -> finies(boite) >= seuil && executionsEnCours(boite) > 0, ATTENTE_ARRET))
                        .as("dépistage commencé, voir %s", courante.journal).isTrue();
                a.tuer();
                kills++;
                // La partition interrompue est la première à faire : la relance la refait avant toute autre.
                if (executionsEnCours(boite) > 0) {
                    auMilieu++;
                }
                dejaFinies = finies(boite);
                a = InstanceApplication.demarrer("depistage-" + numero.incrementAndGet(), PostgresDeTest.URL, schema, puits.url(), FILS, LOT, BAIL, reglages);
            }
            assertThat(auMilieu).as("SIGKILL pendant le calcul d'une partition").isEqualTo(seuils.length);
            InstanceApplication derniere = a;
            boolean fini = Charge.attendre(() -> finies(boite) == partitions && notificationsEnAttente(boite) == 0, ATTENTE_FIN);
            a.arreter();
            assertThat(fini).as("dépistage et envois finis, voir %s", derniere.journal).isTrue();

            try (Connection c = boite.connexion(); Statement s = c.createStatement()) {
                assertThat(entier(s, "SELECT COUNT(*) FROM proactif_depistage WHERE statut = 'TERMINE'")).isEqualTo(1);
                assertThat(entier(s, "SELECT COUNT(*) FROM proactif_partition WHERE statut <> 'FINIE'")).isZero();
                // Compte des exécutions : une seule exécution finie par partition ; les interrompues (une par SIGKILL au
                // plus, une partition à la fois) n'ont rien laissé et aucune n'a commencé après la fin de sa partition.
                assertThat(entier(s, """
                        SELECT COUNT(*) FROM proactif_partition p WHERE (SELECT COUNT(*) FROM proactif_execution_partition e
                        WHERE e.partition_id = p.id AND e.finie_le IS NOT NULL) <> 1""")).as("partitions finies plus ou moins d'une fois").isZero();
                long interrompues = entier(s, "SELECT COUNT(*) FROM proactif_execution_partition WHERE finie_le IS NULL");
                assertThat(interrompues).as("exécutions interrompues par SIGKILL").isEqualTo(auMilieu);
                assertThat(entier(s, """
                        SELECT COUNT(*) FROM proactif_execution_partition e JOIN proactif_partition p ON p.id = e.partition_id
                        WHERE e.commencee_le > p.finie_le""")).as("exécutions commencées après la fin de leur partition").isZero();

                // Les constats enregistrés sont exactement ceux du même dépistage fait d'une traite, chacun une fois.
                List<String> constats = chaines(s, "SELECT identifiant FROM proactif_constat");
                assertThat(constats).doesNotHaveDuplicates();
                assertThat(new HashSet<>(constats)).isEqualTo(attendus);

                // Chaque constat « à demander » d'une personne suivie : une notification, remise une seule fois.
                Set<String> cles = new HashSet<>(chaines(s, "SELECT 'constat:' || identifiant FROM proactif_constat WHERE suite = 'PREVENU'"));
                assertThat(cles).isNotEmpty();
                assertThat(entier(s, "SELECT COUNT(*) FROM proactif_constat WHERE suite = 'NON_PREVENU_SANS_CANAL'")).isZero();
                Map<String, Long> statuts = new HashMap<>();
                try (ResultSet rs = s.executeQuery("SELECT statut, COUNT(*) FROM notification WHERE cle LIKE 'constat:%' GROUP BY statut")) {
                    while (rs.next()) {
                        statuts.put(rs.getString(1), rs.getLong(2));
                    }
                }
                assertThat(statuts).containsExactly(Map.entry("DELIVREE", (long) cles.size()));
                assertThat(puits.receptions.keySet()).isEqualTo(cles);
                assertThat(puits.remises.get()).isEqualTo(cles.size());
                assertThat(puits.doublons.get()).as("renvois reconnus par la clé d'idempotence")
                        .isLessThanOrEqualTo((long) kills * FILS * LOT);
                System.out.printf("Dépistage tué %d fois (%d pendant une partition) : %d ménages, %d partitions, %d exécutions "
                        + "interrompues, %d constats, %d SMS remis une fois, %d renvois reconnus par clé%n", kills, auMilieu, MENAGES,
                        partitions, interrompues, constats.size(), cles.size(), puits.doublons.get());
            }
        } finally {
            Charge.supprimer(schema);
        }
    }

    /** La population (format plat, graine fixe), un ménage par personne suivie {@code compte-<id>}. */
    static List<String> population() {
        GenerateurPopulation generateur = new GenerateurPopulation(Moteur.francais(), 8L, Mois.de(PERIODE));
        List<String> lignes = new ArrayList<>(MENAGES);
        for (int i = 0; i < MENAGES; i++) {
            lignes.add(generateur.ligne("compte-" + (PREMIER_COMPTE + i)));
        }
        return lignes;
    }

    /** Les identifiants de constat du même dépistage fait d'une traite, en mémoire, par le jar {@code depistage}. */
    static Set<String> constatsAttendus(List<String> population) throws Exception {
        Set<String> identifiants = new HashSet<>();
        String texte = GenerateurPopulation.enTete() + "\n" + String.join("\n", population);
        new DepistageEmbarque(Moteur.francais(), new OptionsDepistage(FormatEntree.CSV, null, null, ReglesAttribution.parDefaut()), 2)
                .executer(new BufferedReader(new StringReader(texte)), (nature, ligne) -> {
                    if (TraitementLignes.CONSTATS.equals(nature)) {
                        JsonNode n = JSON.readTree(ligne);
                        for (String champ : List.of("a_demander", "a_verifier", "attributions")) {
                            n.path(champ).forEach(c -> identifiants.add(c.path("constat").asString()));
                        }
                    }
                });
        return identifiants;
    }

    /**
     * Les personnes (comptes usagers, SMS accepté, sans heures calmes), un administrateur, puis le dépistage et ses
     * partitions, comme {@code ServiceDepistages.lancer} les enregistre.
     *
     * @return le nombre de partitions
     */
    static int enregistrer(BoiteEnvoi boite, List<String> population) throws SQLException {
        Timestamp maintenant = Timestamp.from(Instant.now().minusSeconds(1));
        int partitions = 0;
        try (Connection c = boite.connexion()) {
            c.setAutoCommit(false);
            long admin;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO compte (email, nom_affiche, role, cree_le) "
                    + "VALUES ('admin@charge.test', 'Administration', 'ADMINISTRATEUR', ?) RETURNING id")) {
                p.setTimestamp(1, maintenant);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    admin = rs.getLong(1);
                }
            }
            try (PreparedStatement compte = c.prepareStatement("INSERT INTO compte (id, email, nom_affiche, role, cree_le) VALUES (?, ?, ?, 'USAGER', ?)");
                 PreparedStatement preference = c.prepareStatement("INSERT INTO preference_contact (personne_id, telephone, ordre, "
                         + "heures_calmes_debut, heures_calmes_fin, mise_a_jour_le) VALUES (?, ?, 'SMS', ?, ?, ?)");
                 PreparedStatement accord = c.prepareStatement("INSERT INTO consentement (personne_id, canal, accorde, le, origine) "
                         + "VALUES (?, 'SMS', TRUE, ?, 'reprise')")) {
                for (int i = 0; i < population.size(); i++) {
                    long id = PREMIER_COMPTE + i;
                    compte.setLong(1, id);
                    compte.setString(2, "personne" + id + "@charge.test");
                    compte.setString(3, "Personne" + i + " Suivie");
                    compte.setTimestamp(4, maintenant);
                    compte.addBatch();
                    preference.setLong(1, id);
                    preference.setString(2, "+336" + String.format("%08d", id));
                    preference.setTime(3, java.sql.Time.valueOf("03:00:00"));
                    preference.setTime(4, java.sql.Time.valueOf("03:01:00"));
                    preference.setTimestamp(5, maintenant);
                    preference.addBatch();
                    accord.setLong(1, id);
                    accord.setTimestamp(2, maintenant);
                    accord.addBatch();
                }
                compte.executeBatch();
                preference.executeBatch();
                accord.executeBatch();
            }
            long depistage;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO proactif_depistage (source, format, entete, statut, lance_par, lance_le) "
                    + "VALUES ('reprise.csv', 'CSV', ?, 'EN_COURS', ?, ?) RETURNING id")) {
                p.setString(1, GenerateurPopulation.enTete());
                p.setLong(2, admin);
                p.setTimestamp(3, maintenant);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    depistage = rs.getLong(1);
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO proactif_partition (depistage_id, numero, premiere_ligne, "
                    + "nombre_lignes, lignes, statut) VALUES (?, ?, ?, ?, ?, 'A_FAIRE')")) {
                for (int debut = 0; debut < population.size(); debut += PARTITION) {
                    List<String> morceau = population.subList(debut, Math.min(population.size(), debut + PARTITION));
                    p.setLong(1, depistage);
                    p.setInt(2, ++partitions);
                    p.setLong(3, debut + 2L); // en-tête = ligne 1
                    p.setInt(4, morceau.size());
                    p.setString(5, String.join("\n", morceau));
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.commit();
        }
        return partitions;
    }

    static boolean versionAppliquee(BoiteEnvoi boite, String version) {
        try (Connection c = boite.connexion(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success AND version = '" + version + "'")) {
            return rs.next() && rs.getInt(1) == 1;
        } catch (SQLException e) {
            return false;
        }
    }

    static long finies(BoiteEnvoi boite) {
        return compter(boite, "SELECT COUNT(*) FROM proactif_partition WHERE statut = 'FINIE'");
    }

    /** Exécutions commencées d'une partition pas encore finie : un calcul est en cours. */
    static long executionsEnCours(BoiteEnvoi boite) {
        return compter(boite, """
                SELECT COUNT(*) FROM proactif_execution_partition e JOIN proactif_partition p ON p.id = e.partition_id
                WHERE e.finie_le IS NULL AND p.statut = 'A_FAIRE'""");
    }

    static long notificationsEnAttente(BoiteEnvoi boite) {
        return compter(boite, "SELECT COUNT(*) FROM notification WHERE cle LIKE 'constat:%' AND statut <> 'DELIVREE'")
                + compter(boite, "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'envoi-notification'");
    }

    private static long compter(BoiteEnvoi boite, String requete) {
        try (Connection c = boite.connexion(); Statement s = c.createStatement()) {
            return entier(s, requete);
        } catch (SQLException e) {
            return -1;
        }
    }

    private static long entier(Statement s, String requete) throws SQLException {
        try (ResultSet rs = s.executeQuery(requete)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> chaines(Statement s, String requete) throws SQLException {
        List<String> valeurs = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(requete)) {
            while (rs.next()) {
                valeurs.add(rs.getString(1));
            }
        }
        return valeurs;
    }
}
