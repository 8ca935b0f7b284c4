package fr.passerelle.observatoire.internal.persistance;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Refait les cumuls de l'observatoire (V92, V97) depuis leurs vues sources ({@link CaseDeCumul}), et les dates des
 * droits demandés par personne (V96), en JDBC seul : appelé par les migrations Java V93 et V98 (données déjà en base),
 * et par les tests et le banc qui sèment en SQL. Le jour est celui de Paris, calculé ici en Java (H2 et PostgreSQL ne
 * donnent pas le même jour pour {@code AT TIME ZONE}).
 */
public final class RecalculDesCumuls {

    private static final int LOT = 1_000;

    private RecalculDesCumuls() {
    }

    /** Échanges et droits (V92). */
    public static void recalculer(Connection connexion) throws SQLException {
        recalculer(connexion, CaseDeCumul.ECHANGES);
        recalculer(connexion, CaseDeCumul.DROITS);
    }

    /** Les démarches (V97 ; la migration V93 les précède). */
    public static void recalculerDemarches(Connection connexion) throws SQLException {
        recalculer(connexion, CaseDeCumul.DEMARCHES);
    }

    /** Les dates des droits demandés par personne (V96 ; la migration V93 les précède). */
    public static void recalculerDroitsDemandes(Connection connexion) throws SQLException {
        try (Statement st = connexion.createStatement()) {
            st.executeUpdate("DELETE FROM obs_droit_demande");
            st.executeUpdate("INSERT INTO obs_droit_demande (compte_id, code, dernier) "
                    + "SELECT compte_id, code, MAX(le) FROM obs_droit_demande_source GROUP BY compte_id, code");
        }
    }

    public static LocalDate jourAParis(Instant instant) {
        return LocalDate.ofInstant(instant, StatistiquesJdbc.PARIS_ZONE);
    }

    /** Vide la table, somme les quantités de chaque ligne de la vue dans sa case (jour de Paris, clés), réécrit. */
    private static void recalculer(Connection connexion, CaseDeCumul cumul) throws SQLException {
        try (Statement st = connexion.createStatement()) {
            st.executeUpdate("DELETE FROM " + cumul.table());
        }
        int cles = cumul.cles().size();
        int quantites = cumul.quantites().size();
        Map<List<Object>, BigDecimal[]> cases = new HashMap<>();
        try (PreparedStatement ps = connexion.prepareStatement(cumul.lectureDeLaVue())) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Object> cle = new ArrayList<>(cles);
                    cle.add(jourAParis(rs.getObject(1, OffsetDateTime.class).toInstant()));
                    for (int i = 2; i <= cles; i++) {
                        cle.add(rs.getObject(i));
                    }
                    BigDecimal[] somme = cases.computeIfAbsent(cle, c -> new BigDecimal[quantites]);
                    for (int q = 0; q < quantites; q++) {
                        BigDecimal valeur = rs.getBigDecimal(cles + 1 + q);
                        somme[q] = somme[q] == null ? valeur : somme[q].add(valeur);
                    }
                }
            }
        }
        try (PreparedStatement ins = connexion.prepareStatement(cumul.insertion())) {
            int enAttente = 0;
            for (var c : cases.entrySet()) {
                for (int i = 0; i < cles; i++) {
                    ins.setObject(i + 1, c.getKey().get(i));
                }
                for (int q = 0; q < quantites; q++) {
                    BigDecimal somme = c.getValue()[q];
                    if ("BIGINT".equals(cumul.quantites().get(q).type())) {
                        ins.setLong(cles + 1 + q, somme.longValueExact());
                    } else {
                        ins.setBigDecimal(cles + 1 + q, somme);
                    }
                }
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
