package fr.passerelle.notifications.internal.persistance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

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

    public NotificationJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime horodatage(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String colonne) throws SQLException {
        Timestamp t = rs.getTimestamp(colonne);
        return t == null ? null : t.toInstant();
    }

    public long inserer(Notification n) {
        KeyHolder cle = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO notification (cle, personne_id, canal, destinataire, modele_code, modele_version, objet, corps,
                  statut, tentatives, repli_de, prevue_le, cree_le, mise_a_jour_le, adresse_donnee)
                VALUES (:cle, :personne, :canal, :destinataire, :modele, :version, :objet, :corps, :statut, 0, :repli,
                  :prevue, :cree, :cree, :adresseDonnee)""")
                .param("cle", n.cle()).param("personne", n.personneId()).param("canal", n.canal().name())
                .param("destinataire", n.destinataire()).param("modele", n.modeleCode())
                .param("version", n.modeleVersion()).param("objet", n.objet()).param("corps", n.corps())
                .param("statut", n.statut().name()).param("repli", n.repliDe())
                .param("prevue", horodatage(n.prevueLe())).param("cree", horodatage(n.creeLe()))
                .param("adresseDonnee", n.adresseDonnee())
                .update(cle, "id");
        long id = cle.getKey().longValue();
        historiser(id, n.statut(), "enregistrée, envoi prévu le " + n.prevueLe(), n.creeLe());
        return id;
    }

    public Optional<Notification> parId(long id) {
        return jdbc.sql("SELECT * FROM notification WHERE id = :id").param("id", id).query(NotificationJdbc::lire).optional();
    }

    /** Ce qu'il faut pour décider d'un envoi, en une requête : la notification, l'accord pour son canal, les heures calmes. */
    public record AEnvoyer(Notification notification, boolean consenti, HeuresCalmes heuresCalmes) {
    }

    public Optional<AEnvoyer> aEnvoyer(long id) {
        return jdbc.sql("""
                SELECT n.*, c.accorde AS accord_canal, pc.heures_calmes_debut AS calme_debut,
                  pc.heures_calmes_fin AS calme_fin
                FROM notification n
                LEFT JOIN consentement c ON c.personne_id = n.personne_id AND c.canal = n.canal
                LEFT JOIN preference_contact pc ON pc.personne_id = n.personne_id
                WHERE n.id = :id""").param("id", id).query((rs, i) -> {
                    java.sql.Time debut = rs.getTime("calme_debut");
                    HeuresCalmes calmes = debut == null ? HeuresCalmes.PAR_DEFAUT
                            : new HeuresCalmes(debut.toLocalTime(), rs.getTime("calme_fin").toLocalTime());
                    return new AEnvoyer(lire(rs, i), rs.getBoolean("accord_canal"), calmes);
                }).optional();
    }

    public Optional<Notification> parCle(String cle) {
        return jdbc.sql("SELECT * FROM notification WHERE cle = :cle").param("cle", cle).query(NotificationJdbc::lire).optional();
    }

    public List<Notification> dernieres(long personneId, int nombre) {
        return jdbc.sql("SELECT * FROM notification WHERE personne_id = :p ORDER BY cree_le DESC, id DESC LIMIT " + nombre)
                .param("p", personneId).query(NotificationJdbc::lire).list();
    }

    public void changerStatut(long id, StatutNotification statut, int tentatives, String raison, String reference,
                              String detail, Instant le) {
        jdbc.sql("""
                UPDATE notification SET statut = :statut, tentatives = :tentatives, raison = :raison,
                  reference_fournisseur = COALESCE(:reference, reference_fournisseur), mise_a_jour_le = :le WHERE id = :id""")
                .param("statut", statut.name()).param("tentatives", tentatives).param("raison", raison)
                .param("reference", reference).param("le", horodatage(le)).param("id", id).update();
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
