package fr.passerelle.notifications.internal.persistance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Liste d'appels des aidants et courriers produits (lot quotidien). */
@Repository
public class AppelsEtCourriersJdbc {

    /** Un appel à passer par un aidant. */
    public record Appel(long id, long personneId, String telephone, String motif, LocalDate avantLe, boolean fait) {
    }

    private final JdbcClient jdbc;

    public AppelsEtCourriersJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ajoute l'appel (idempotent par clé) ; renvoie son identifiant. */
    public long ajouterAppel(String cle, long personneId, String telephone, String motif, LocalDate avantLe, Instant le) {
        List<Long> existant = jdbc.sql("SELECT id FROM appel_a_passer WHERE cle = :cle").param("cle", cle).query(Long.class).list();
        if (!existant.isEmpty()) {
            return existant.get(0);
        }
        jdbc.sql("INSERT INTO appel_a_passer (cle, personne_id, telephone, motif, avant_le, fait, cree_le) "
                        + "VALUES (:cle, :p, :t, :m, :avant, FALSE, :le)")
                .param("cle", cle).param("p", personneId).param("t", telephone)
                .param("m", motif.length() > 1000 ? motif.substring(0, 1000) : motif).param("avant", avantLe)
                .param("le", NotificationJdbc.horodatage(le)).update();
        return jdbc.sql("SELECT id FROM appel_a_passer WHERE cle = :cle").param("cle", cle).query(Long.class).single();
    }

    public List<Appel> appelsAFaire() {
        return jdbc.sql("SELECT * FROM appel_a_passer WHERE fait = FALSE ORDER BY avant_le, id")
                .query((rs, i) -> new Appel(rs.getLong("id"), rs.getLong("personne_id"), rs.getString("telephone"),
                        rs.getString("motif"), rs.getObject("avant_le", LocalDate.class), rs.getBoolean("fait"))).list();
    }

    /** Marque l'appel fait à cette heure (l'observatoire en mesure le délai) ; un appel déjà fait garde sa première heure. */
    public boolean marquerFait(long id, Instant le) {
        return jdbc.sql("UPDATE appel_a_passer SET fait = TRUE, fait_le = COALESCE(fait_le, :le) WHERE id = :id")
                .param("id", id).param("le", NotificationJdbc.horodatage(le)).update() == 1;
    }

    /** Enregistre le PDF du courrier (idempotent par clé). */
    public void ajouterCourrier(String cle, long personneId, LocalDate jour, byte[] pdf, Instant le) {
        Integer existe = jdbc.sql("SELECT COUNT(*) FROM courrier WHERE cle = :cle").param("cle", cle).query(Integer.class).single();
        if (existe == 0) {
            jdbc.sql("INSERT INTO courrier (cle, personne_id, jour_du_lot, pdf, cree_le) VALUES (:cle, :p, :jour, :pdf, :le)")
                    .param("cle", cle).param("p", personneId).param("jour", jour).param("pdf", pdf)
                    .param("le", NotificationJdbc.horodatage(le)).update();
        }
    }

    public List<byte[]> courriersDuJour(LocalDate jour) {
        return jdbc.sql("SELECT pdf FROM courrier WHERE jour_du_lot = :jour ORDER BY id").param("jour", jour)
                .query((rs, i) -> rs.getBytes("pdf")).list();
    }

    public int nombreCourriers(LocalDate jour) {
        return jdbc.sql("SELECT COUNT(*) FROM courrier WHERE jour_du_lot = :jour").param("jour", jour)
                .query(Integer.class).single();
    }
}
