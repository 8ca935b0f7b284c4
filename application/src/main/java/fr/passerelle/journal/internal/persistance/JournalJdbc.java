package fr.passerelle.journal.internal.persistance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.passerelle.journal.EntreeJournal;
import fr.passerelle.journal.ResultatAcces;
import fr.passerelle.journal.internal.domaine.EntreeStockee;

/** Tables {@code journal_acces} (ajout seul) et {@code journal_tete}. */
@Repository
public class JournalJdbc {

    public record Tete(long dernierNumero, String derniereEmpreinte) {
    }

    private final JdbcClient jdbc;

    public JournalJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Lit la tête en la verrouillant jusqu'à la fin de la transaction : un seul ajout à la fois. */
    public Tete verrouillerTete() {
        return jdbc.sql("SELECT dernier_numero, derniere_empreinte FROM journal_tete WHERE id = 1 FOR UPDATE")
                .query((rs, i) -> new Tete(rs.getLong(1), rs.getString(2))).single();
    }

    public Tete tete() {
        return jdbc.sql("SELECT dernier_numero, derniere_empreinte FROM journal_tete WHERE id = 1")
                .query((rs, i) -> new Tete(rs.getLong(1), rs.getString(2))).single();
    }

    public void ajouter(EntreeStockee stockee) {
        EntreeJournal e = stockee.entree();
        jdbc.sql("""
                INSERT INTO journal_acces (numero, le, acteur_id, acteur_nom, dossier_id, action, resultat, motif,
                  empreinte_precedente, empreinte)
                VALUES (:numero, :le, :acteur, :nom, :dossier, :action, :resultat, :motif, :precedente, :empreinte)""")
                .param("numero", e.numero()).param("le", OffsetDateTime.ofInstant(e.le(), ZoneOffset.UTC))
                .param("acteur", e.acteurId()).param("nom", e.acteurNom()).param("dossier", e.dossierId().orElse(null))
                .param("action", e.action()).param("resultat", e.resultat().name()).param("motif", e.motif())
                .param("precedente", stockee.empreintePrecedente()).param("empreinte", e.empreinte())
                .update();
        jdbc.sql("UPDATE journal_tete SET dernier_numero = :n, derniere_empreinte = :e WHERE id = 1")
                .param("n", e.numero()).param("e", e.empreinte()).update();
    }

    public List<EntreeJournal> duDossier(long dossierId) {
        return jdbc.sql("SELECT * FROM journal_acces WHERE dossier_id = :d ORDER BY numero DESC")
                .param("d", dossierId).query(JournalJdbc::lire).list().stream().map(EntreeStockee::entree).toList();
    }

    /** Parcourt toute la chaîne dans l'ordre, sans la charger en mémoire ; s'arrête quand le lecteur renvoie faux. */
    public void parcourir(Predicate<EntreeStockee> lecteur) {
        ResultSetExtractor<Long> parcours = rs -> {
            long lues = 0;
            while (rs.next() && lecteur.test(lire(rs, (int) lues))) {
                lues++;
            }
            return lues;
        };
        jdbc.sql("SELECT * FROM journal_acces ORDER BY numero").query(parcours);
    }

    static EntreeStockee lire(ResultSet rs, int ligne) throws SQLException {
        long dossier = rs.getLong("dossier_id");
        Optional<Long> dossierId = rs.wasNull() ? Optional.empty() : Optional.of(dossier);
        Timestamp le = rs.getTimestamp("le");
        return new EntreeStockee(new EntreeJournal(rs.getLong("numero"), le.toInstant(), rs.getLong("acteur_id"),
                rs.getString("acteur_nom"), dossierId, rs.getString("action"),
                ResultatAcces.valueOf(rs.getString("resultat")), rs.getString("motif"), rs.getString("empreinte")),
                rs.getString("empreinte_precedente"));
    }
}
