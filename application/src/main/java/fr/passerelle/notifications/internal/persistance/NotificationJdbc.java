package fr.passerelle.notifications.internal.persistance;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import fr.passerelle.notifications.Canal;
import fr.passerelle.notifications.StatutNotification;
import fr.passerelle.notifications.internal.domaine.HeuresCalmes;
import fr.passerelle.notifications.internal.domaine.Notification;

/** Table {@code notification} et son historique. */
@Repository
public class NotificationJdbc {

    /** Une ligne d'historique : statut, détail, instant. */
    public record Evenement(StatutNotification statut, String detail, Instant le) {
    }

    private final JdbcClient jdbc;
    /** Pour les écritures par lots (JDBC batch) du circuit d'envoi. */
    private final JdbcTemplate lots;

    public NotificationJdbc(JdbcClient jdbc, JdbcTemplate lots) {
        this.jdbc = jdbc;
        this.lots = lots;
    }

    static OffsetDateTime horodatage(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String colonne) throws SQLException {
        Timestamp t = rs.getTimestamp(colonne);
        return t == null ? null : t.toInstant();
    }

    public long inserer(Notification n) {
        return inserer(n, "fr", null);
    }

    /**
     * Enregistre une notification rédigée dans la langue {@code langue} ; {@code noteLangue} (repli sur le français,
     * par exemple) est ajoutée à la première ligne de son historique.
     */
    public long inserer(Notification n, String langue, String noteLangue) {
        KeyHolder cle = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO notification (cle, personne_id, canal, destinataire, modele_code, modele_version, objet, corps,
                  statut, tentatives, repli_de, prevue_le, cree_le, mise_a_jour_le, adresse_donnee, prochain_essai, langue)
                VALUES (:cle, :personne, :canal, :destinataire, :modele, :version, :objet, :corps, :statut, 0, :repli,
                  :prevue, :cree, :cree, :adresseDonnee, :prevue, :langue)""")
                .param("cle", n.cle()).param("personne", n.personneId()).param("canal", n.canal().name())
                .param("destinataire", n.destinataire()).param("modele", n.modeleCode())
                .param("version", n.modeleVersion()).param("objet", n.objet()).param("corps", n.corps())
                .param("statut", n.statut().name()).param("repli", n.repliDe())
                .param("prevue", horodatage(n.prevueLe())).param("cree", horodatage(n.creeLe()))
                .param("adresseDonnee", n.adresseDonnee()).param("langue", langue)
                .update(cle, "id");
        long id = cle.getKey().longValue();
        historiser(id, n.statut(), "enregistrée, envoi prévu le " + n.prevueLe()
                + (noteLangue == null ? "" : " ; " + noteLangue), n.creeLe());
        return id;
    }

    /** Langue dans laquelle la notification a été rédigée ({@code fr}, {@code en}). */
    public String langue(long id) {
        return jdbc.sql("SELECT langue FROM notification WHERE id = :id").param("id", id).query(String.class).single();
    }

    public Optional<Notification> parId(long id) {
        return jdbc.sql("SELECT * FROM notification WHERE id = :id").param("id", id).query(NotificationJdbc::lire).optional();
    }

    /** Ce qu'il faut pour décider d'un envoi, en une requête : la notification, l'accord pour son canal, les heures calmes. */
    public record AEnvoyer(Notification notification, boolean consenti, HeuresCalmes heuresCalmes) {
    }

    public Optional<AEnvoyer> aEnvoyer(long id) {
        return lire(List.of(id)).stream().findFirst();
    }

    private static final String A_ENVOYER = """
            SELECT n.*, c.accorde AS accord_canal, pc.heures_calmes_debut AS calme_debut,
              pc.heures_calmes_fin AS calme_fin
            FROM notification n
            LEFT JOIN consentement c ON c.personne_id = n.personne_id AND c.canal = n.canal
            LEFT JOIN preference_contact pc ON pc.personne_id = n.personne_id
            WHERE n.id IN (%s)""";

    private static final RowMapper<AEnvoyer> LIRE_A_ENVOYER = (rs, i) -> {
        java.sql.Time debut = rs.getTime("calme_debut");
        HeuresCalmes calmes = debut == null ? HeuresCalmes.PAR_DEFAUT
                : new HeuresCalmes(debut.toLocalTime(), rs.getTime("calme_fin").toLocalTime());
        return new AEnvoyer(lire(rs, i), rs.getBoolean("accord_canal"), calmes);
    };

    /** Notifications, accords et heures calmes de plusieurs notifications en une requête. */
    private List<AEnvoyer> lire(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marques = String.join(", ", Collections.nCopies(ids.size(), "?"));
        return lots.query(A_ENVOYER.formatted(marques), LIRE_A_ENVOYER, ids.toArray());
    }

    /**
     * Prend jusqu'à {@code lot} notifications dues en une requête ({@code FOR UPDATE SKIP LOCKED} : les lignes
     * qu'une autre instance tient déjà sont sautées, pas attendues), puis les relit avec accord et heures calmes.
     * À appeler dans une transaction : les lignes restent verrouillées jusqu'à sa fin.
     */
    public List<AEnvoyer> reserverDues(Instant maintenant, int lot) {
        List<Long> ids = lots.queryForList("""
                SELECT id FROM notification WHERE prochain_essai <= ? ORDER BY prochain_essai
                FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED""", Long.class, horodatage(maintenant), lot);
        return lire(ids);
    }

    /** Sort une notification de la file (déjà terminée). */
    public void oublier(long id) {
        lots.update("UPDATE notification SET prochain_essai = NULL WHERE id = ?", id);
    }

    /** Nombre de notifications encore dans la file (à envoyer, en cours, à reprendre). */
    public long enFile() {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE prochain_essai IS NOT NULL").query(Long.class).single();
    }

    /** Verrouille une notification précise (passage à la main : tests, reprise ciblée), qu'elle soit due ou non. */
    public Optional<AEnvoyer> reserver(long id) {
        List<Long> ids = lots.queryForList("SELECT id FROM notification WHERE id = ? FOR UPDATE", Long.class, id);
        return lire(ids).stream().findFirst();
    }

    /**
     * Un changement d'état du circuit d'envoi, appliqué seulement si la notification est encore dans l'état lu
     * ({@code avant}, {@code tentativesAvant}) : une instance en retard (bail expiré, notification reprise par une
     * autre) n'écrase pas le travail de l'autre. {@code prochainEssai} NULL : la notification sort de la file.
     */
    public record Changement(long id, StatutNotification avant, int tentativesAvant, StatutNotification statut,
                             int tentatives, String raison, String reference, Instant prochainEssai, String detail) {
    }

    /**
     * Applique des changements en deux écritures groupées (JDBC batch) : les mises à jour, puis l'historique des
     * seules lignes effectivement changées. Rend, pour chaque changement, s'il a été appliqué.
     */
    public boolean[] appliquer(List<Changement> changements, Instant le) {
        boolean[] appliques = new boolean[changements.size()];
        if (changements.isEmpty()) {
            return appliques;
        }
        OffsetDateTime quand = horodatage(le);
        int[] comptes = lots.batchUpdate("""
                UPDATE notification SET statut = ?, tentatives = ?, raison = ?,
                  reference_fournisseur = COALESCE(?, reference_fournisseur), mise_a_jour_le = ?, prochain_essai = ?
                WHERE id = ? AND statut = ? AND tentatives = ?""", new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Changement c = changements.get(i);
                ps.setString(1, c.statut().name());
                ps.setInt(2, c.tentatives());
                texte(ps, 3, c.raison() == null || c.raison().length() <= 500 ? c.raison() : c.raison().substring(0, 500));
                texte(ps, 4, c.reference());
                ps.setObject(5, quand, Types.TIMESTAMP_WITH_TIMEZONE);
                if (c.prochainEssai() == null) {
                    ps.setNull(6, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    ps.setObject(6, horodatage(c.prochainEssai()), Types.TIMESTAMP_WITH_TIMEZONE);
                }
                ps.setLong(7, c.id());
                ps.setString(8, c.avant().name());
                ps.setInt(9, c.tentativesAvant());
            }

            @Override
            public int getBatchSize() {
                return changements.size();
            }
        });
        List<Changement> faits = new ArrayList<>(changements.size());
        for (int i = 0; i < comptes.length; i++) {
            appliques[i] = comptes[i] == 1 || comptes[i] == Statement.SUCCESS_NO_INFO;
            if (appliques[i]) {
                faits.add(changements.get(i));
            }
        }
        historiser(faits.stream().map(c -> new Evenement(c.statut(), c.detail(), le)).toList(),
                faits.stream().map(Changement::id).toList());
        return appliques;
    }

    /** Lignes d'historique groupées : {@code evenements.get(i)} concerne la notification {@code ids.get(i)}. */
    private void historiser(List<Evenement> evenements, List<Long> ids) {
        if (evenements.isEmpty()) {
            return;
        }
        lots.batchUpdate("INSERT INTO notification_historique (notification_id, statut, detail, le) VALUES (?, ?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        Evenement e = evenements.get(i);
                        ps.setLong(1, ids.get(i));
                        ps.setString(2, e.statut().name());
                        texte(ps, 3, e.detail() == null || e.detail().length() <= 500 ? e.detail() : e.detail().substring(0, 500));
                        ps.setObject(4, horodatage(e.le()), Types.TIMESTAMP_WITH_TIMEZONE);
                    }

                    @Override
                    public int getBatchSize() {
                        return evenements.size();
                    }
                });
    }

    private static void texte(PreparedStatement ps, int indice, String valeur) throws SQLException {
        if (valeur == null) {
            ps.setNull(indice, Types.VARCHAR);
        } else {
            ps.setString(indice, valeur);
        }
    }

    public Optional<Notification> parCle(String cle) {
        return jdbc.sql("SELECT * FROM notification WHERE cle = :cle").param("cle", cle).query(NotificationJdbc::lire).optional();
    }

    public List<Notification> dernieres(long personneId, int nombre) {
        return jdbc.sql("SELECT * FROM notification WHERE personne_id = :p ORDER BY cree_le DESC, id DESC LIMIT " + nombre)
                .param("p", personneId).query(NotificationJdbc::lire).list();
    }

    /** Change le statut hors du circuit d'envoi (annulation) : une notification terminée sort de la file. */
    public void changerStatut(long id, StatutNotification statut, int tentatives, String raison, String reference,
                              String detail, Instant le) {
        jdbc.sql("""
                UPDATE notification SET statut = :statut, tentatives = :tentatives, raison = :raison,
                  reference_fournisseur = COALESCE(:reference, reference_fournisseur), mise_a_jour_le = :le,
                  prochain_essai = CASE WHEN :termine THEN NULL ELSE prochain_essai END WHERE id = :id""")
                .param("statut", statut.name()).param("tentatives", tentatives).param("raison", raison)
                .param("reference", reference).param("le", horodatage(le)).param("termine", statut.termine())
                .param("id", id).update();
        historiser(id, statut, detail, le);
    }

    public void historiser(long id, StatutNotification statut, String detail, Instant le) {
        jdbc.sql("INSERT INTO notification_historique (notification_id, statut, detail, le) VALUES (:id, :statut, :detail, :le)")
                .param("id", id).param("statut", statut.name())
                .param("detail", detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail)
                .param("le", horodatage(le)).update();
    }

    public List<Evenement> historique(long id) {
        return jdbc.sql("SELECT statut, detail, le FROM notification_historique WHERE notification_id = :id ORDER BY id")
                .param("id", id)
                .query((rs, i) -> new Evenement(StatutNotification.valueOf(rs.getString("statut")), rs.getString("detail"),
                        instant(rs, "le"))).list();
    }

    public long compterParStatut(StatutNotification statut) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE statut = :s").param("s", statut.name())
                .query(Long.class).single();
    }

    static Notification lire(ResultSet rs, int ligne) throws SQLException {
        long repli = rs.getLong("repli_de");
        Long repliDe = rs.wasNull() ? null : repli;
        return new Notification(rs.getLong("id"), rs.getString("cle"), rs.getLong("personne_id"),
                Canal.valueOf(rs.getString("canal")), rs.getString("destinataire"), rs.getString("modele_code"),
                rs.getInt("modele_version"), rs.getString("objet"), rs.getString("corps"),
                StatutNotification.valueOf(rs.getString("statut")), rs.getInt("tentatives"), rs.getString("raison"),
                rs.getString("reference_fournisseur"), repliDe, instant(rs, "prevue_le"), instant(rs, "cree_le"),
                instant(rs, "mise_a_jour_le"), rs.getBoolean("adresse_donnee"));
    }
}
