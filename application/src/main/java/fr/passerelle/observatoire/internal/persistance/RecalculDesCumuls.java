package fr.passerelle.observatoire.internal.persistance;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * Refait les cumuls de l'observatoire (V92) depuis les vues {@code obs_echange} et {@code obs_droit}, et les dates
 * des droits demandés par personne (V96), en JDBC seul :
 * appelé par la migration V93 (données déjà en base), et par les tests et le banc qui sèment en SQL. Le jour est
 * celui de Paris, calculé ici en Java (H2 et PostgreSQL ne donnent pas le même jour pour {@code AT TIME ZONE}).
 */
public final class RecalculDesCumuls {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int LOT = 1_000;

    private RecalculDesCumuls() {
    }

    public static void recalculer(Connection connexion) throws SQLException {
        try (Statement st = connexion.createStatement()) {
            st.executeUpdate("DELETE FROM obs_cumul_echange");
            st.executeUpdate("DELETE FROM obs_cumul_droit");
        }
        echanges(connexion);
        droits(connexion);
    }

    /** Les démarches (V97), refaites depuis la vue {@code obs_demarche} (la migration V93 les précède). */
    public static void recalculerDemarches(Connection connexion) throws SQLException {
        try (Statement st = connexion.createStatement()) {
            st.executeUpdate("DELETE FROM obs_cumul_demarche");
        }
        Map<CaseDemarche, long[]> cases = new HashMap<>();
        try (PreparedStatement ps = connexion.prepareStatement("SELECT le, structure_id, intitule, statut FROM obs_demarche")) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate jour = jourAParis(rs.getObject(1, OffsetDateTime.class).toInstant());
                    cases.computeIfAbsent(new CaseDemarche(jour, rs.getLong(2), rs.getString(3), rs.getString(4)),
                            c -> new long[1])[0]++;
                }
            }
        }
        try (PreparedStatement ins = connexion.prepareStatement(
                "INSERT INTO obs_cumul_demarche (jour, structure_id, intitule, statut, nombre) VALUES (?, ?, ?, ?, ?)")) {
            int enAttente = 0;
            for (var e : cases.entrySet()) {
                ins.setObject(1, e.getKey().jour());
                ins.setLong(2, e.getKey().structure());
                ins.setString(3, e.getKey().intitule());
                ins.setString(4, e.getKey().statut());
                ins.setLong(5, e.getValue()[0]);
                ins.addBatch();
                if (++enAttente == LOT) {
                    ins.executeBatch();
                    enAttente = 0;
                }
            }
            ins.executeBatch();
        }
    }

    private record CaseDemarche(LocalDate jour, long structure, String intitule, String statut) {
    }

    /** Les dates des droits demandés par personne (V96), refaites depuis leur vue (la migration V93 les précède). */
    public static void recalculerDroitsDemandes(Connection connexion) throws SQLException {
        try (Statement st = connexion.createStatement()) {
            st.executeUpdate("DELETE FROM obs_droit_demande");
            st.executeUpdate("INSERT INTO obs_droit_demande (compte_id, code, dernier) "
                    + "SELECT compte_id, code, MAX(le) FROM obs_droit_demande_source GROUP BY compte_id, code");
        }
    }

    public static LocalDate jourAParis(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, PARIS);
    }

    private record CaseEchange(LocalDate jour, long structure, String canal) {
    }

    private record CaseDroit(LocalDate jour, long structure, String code, String libelle, String statut) {
    }

    private static void echanges(Connection connexion) throws SQLException {
        Map<CaseEchange, long[]> cases = new HashMap<>();
        try (PreparedStatement ps = connexion.prepareStatement(
                "SELECT le, structure_id, canal, regle_au_premier_contact FROM obs_echange")) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate jour = jourAParis(rs.getObject(1, OffsetDateTime.class).toInstant());
                    long[] n = cases.computeIfAbsent(new CaseEchange(jour, rs.getLong(2), rs.getString(3)), c -> new long[2]);
                    n[0]++;
                    n[1] += rs.getBoolean(4) ? 1 : 0;
                }
            }
        }
        try (PreparedStatement ins = connexion.prepareStatement(
                "INSERT INTO obs_cumul_echange (jour, structure_id, canal, echanges, regles) VALUES (?, ?, ?, ?, ?)")) {
            int enAttente = 0;
            for (var e : cases.entrySet()) {
                ins.setObject(1, e.getKey().jour());
                ins.setLong(2, e.getKey().structure());
                ins.setString(3, e.getKey().canal());
                ins.setLong(4, e.getValue()[0]);
                ins.setLong(5, e.getValue()[1]);
                ins.addBatch();
                if (++enAttente == LOT) {
                    ins.executeBatch();
                    enAttente = 0;
                }
            }
            ins.executeBatch();
        }
    }

    private static void droits(Connection connexion) throws SQLException {
        Map<CaseDroit, Object[]> cases = new HashMap<>();
        try (PreparedStatement ps = connexion.prepareStatement(
                "SELECT le, structure_id, code, libelle, statut, montant_annuel FROM obs_droit")) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate jour = jourAParis(rs.getObject(1, OffsetDateTime.class).toInstant());
                    Object[] n = cases.computeIfAbsent(new CaseDroit(jour, rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)), c -> new Object[] {0L, BigDecimal.ZERO});
                    n[0] = (Long) n[0] + 1;
                    n[1] = ((BigDecimal) n[1]).add(rs.getBigDecimal(6));
                }
            }
        }
        try (PreparedStatement ins = connexion.prepareStatement("INSERT INTO obs_cumul_droit "
                + "(jour, structure_id, code, libelle, statut, nombre, montant_annuel) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int enAttente = 0;
            for (var e : cases.entrySet()) {
                ins.setObject(1, e.getKey().jour());
                ins.setLong(2, e.getKey().structure());
                ins.setString(3, e.getKey().code());
                ins.setString(4, e.getKey().libelle());
                ins.setString(5, e.getKey().statut());
                ins.setLong(6, (Long) e.getValue()[0]);
                ins.setBigDecimal(7, (BigDecimal) e.getValue()[1]);
                ins.addBatch();
                if (++enAttente == LOT) {
                    ins.executeBatch();
                    enAttente = 0;
                }
            }
            ins.executeBatch();
        }
    }
}
