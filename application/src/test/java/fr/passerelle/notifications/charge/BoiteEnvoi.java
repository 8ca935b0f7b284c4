package fr.passerelle.notifications.charge;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Remplit la boîte d'envoi d'un schéma PostgreSQL avec N rappels dus (moitié SMS, moitié courriel), comme le
 * ferait {@code Notifications.planifier} : notification « created », due maintenant ({@code prochain_essai}), et son
 * historique.
 */
final class BoiteEnvoi {

    private final String url;
    private final String schema;

    BoiteEnvoi(String url, String schema) {
        this.url = url;
        this.schema = schema;
    }

    Connection connexion() throws SQLException {
        Connection c = DriverManager.getConnection(url, "postgres", "");
        try (Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + schema);
        }
        return c;
    }

    boolean schemaPret() {
        try (Connection c = connexion(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success AND version = '80'")) {
            return rs.next() && rs.getInt(1) == 1;
        } catch (SQLException e) {
            return false;
        }
    }

    void remplir(int nombre) throws SQLException {
        Instant maintenant = Instant.now().minusSeconds(1);
        Timestamp t = Timestamp.from(maintenant);
        try (Connection c = connexion()) {
            c.setAutoCommit(false);
            int personnes = Math.max(2, nombre / 100);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO preference_contact (personne_id, email, telephone, ordre, "
                    + "heures_calmes_debut, heures_calmes_fin, mise_a_jour_le) VALUES (?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement a = c.prepareStatement("INSERT INTO consentement (personne_id, canal, accorde, le, origine) "
                         + "VALUES (?, ?, TRUE, ?, 'banc')")) {
                for (int i = 1; i <= personnes; i++) {
                    boolean sms = i % 2 == 0;
                    p.setLong(1, 900_000_000L + i);
                    p.setString(2, "personne" + i + "@exemple.fr");
                    p.setString(3, "+336" + String.format("%08d", i));
                    p.setString(4, sms ? "SMS" : "EMAIL");
                    // Pas d'heures calmes pendant le banc : 03:00–03:01.
                    p.setTime(5, java.sql.Time.valueOf("03:00:00"));
                    p.setTime(6, java.sql.Time.valueOf("03:01:00"));
                    p.setTimestamp(7, t);
                    p.addBatch();
                    a.setLong(1, 900_000_000L + i);
                    a.setString(2, sms ? "SMS" : "EMAIL");
                    a.setTimestamp(3, t);
                    a.addBatch();
                }
                p.executeBatch();
                a.executeBatch();
            }
            try (PreparedStatement n = c.prepareStatement("INSERT INTO notification (id, cle, personne_id, canal, destinataire, "
                    + "modele_code, modele_version, objet, corps, statut, tentatives, prevue_le, cree_le, mise_a_jour_le, prochain_essai) "
                    + "OVERRIDING SYSTEM VALUE VALUES (?, ?, ?, ?, ?, 'rappel-echeance', 1, ?, ?, 'CREEE', 0, ?, ?, ?, ?)");
                 PreparedStatement h = c.prepareStatement("INSERT INTO notification_historique (notification_id, statut, detail, le) "
                         + "VALUES (?, 'CREEE', 'enregistrée (banc)', ?)")) {
                for (int i = 1; i <= nombre; i++) {
                    int personne = 1 + (i % personnes);
                    boolean sms = personne % 2 == 0;
                    n.setLong(1, i);
                    n.setString(2, "banc:" + i);
                    n.setLong(3, 900_000_000L + personne);
                    n.setString(4, sms ? "SMS" : "EMAIL");
                    n.setString(5, sms ? "+336" + String.format("%08d", personne) : "personne" + personne + "@exemple.fr");
                    n.setString(6, "À faire avant le 15 juin : déclaration trimestrielle");
                    n.setString(7, "Bonjour. Pensez a declarer vos ressources avant le 15 juin. Besoin d'aide ? Repondez AIDE.");
                    n.setTimestamp(8, t);
                    n.setTimestamp(9, t);
                    n.setTimestamp(10, t);
                    n.setTimestamp(11, t);
                    n.addBatch();
                    h.setLong(1, i);
                    h.setTimestamp(2, t);
                    h.addBatch();
                    if (i % 2000 == 0) {
                        n.executeBatch();
                        h.executeBatch();
                    }
                }
                n.executeBatch();
                h.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.execute("SELECT setval(pg_get_serial_sequence('notification', 'id'), " + (nombre + 1) + ")");
            }
            c.commit();
        }
    }

    Map<String, Long> statuts() throws SQLException {
        Map<String, Long> parStatut = new HashMap<>();
        try (Connection c = connexion(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT statut, COUNT(*) FROM notification GROUP BY statut")) {
            while (rs.next()) {
                parStatut.put(rs.getString(1), rs.getLong(2));
            }
        }
        return parStatut;
    }

    long delivrees() throws SQLException {
        return statuts().getOrDefault("DELIVREE", 0L);
    }

    long nombreSms() throws SQLException {
        try (Connection c = connexion(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM notification WHERE canal = 'SMS'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Notifications encore dans la file d'envoi (à envoyer, en cours, à reprendre). */
    long tachesRestantes() throws SQLException {
        try (Connection c = connexion(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM notification WHERE prochain_essai IS NOT NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
