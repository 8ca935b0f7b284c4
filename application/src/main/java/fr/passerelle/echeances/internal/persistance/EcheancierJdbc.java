package fr.passerelle.echeances.internal.persistance;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.passerelle.echeances.internal.domaine.Piece;
import fr.passerelle.echeances.internal.domaine.RendezVous;
import fr.passerelle.echeances.internal.domaine.Situation;
import fr.passerelle.echeances.internal.domaine.TypePiece;

/** Situation, pièces, rendez-vous, rappels planifiés et jeton d'abonnement d'une personne. */
@Repository
public class EcheancierJdbc {

    private final JdbcClient jdbc;

    public EcheancierJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Object horodatage(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public Optional<Situation> situation(long personneId) {
        List<Piece> pieces = pieces(personneId);
        List<RendezVous> rdv = rendezVous(personneId);
        return jdbc.sql("SELECT * FROM situation_echeancier WHERE personne_id = :p").param("p", personneId)
                .query((rs, i) -> new Situation(personneId, rs.getString("prenom"), rs.getBoolean("rsa"),
                        rs.getBoolean("prime_activite"), rs.getObject("fin_css", LocalDate.class),
                        rs.getObject("revision_aah", LocalDate.class), rs.getInt("enfants_scolarises"),
                        rs.getBoolean("cheque_energie"), pieces, rdv)).optional();
    }

    public void enregistrer(Situation s, Instant le) {
        int maj = jdbc.sql("""
                UPDATE situation_echeancier SET prenom = :prenom, rsa = :rsa, prime_activite = :prime, fin_css = :css,
                  revision_aah = :aah, enfants_scolarises = :enfants, cheque_energie = :energie, mise_a_jour_le = :le
                WHERE personne_id = :p""")
                .param("prenom", s.prenom()).param("rsa", s.rsa()).param("prime", s.primeActivite())
                .param("css", s.finCss()).param("aah", s.revisionAah()).param("enfants", s.enfantsScolarises())
                .param("energie", s.chequeEnergie()).param("le", horodatage(le)).param("p", s.personneId()).update();
        if (maj == 0) {
            jdbc.sql("""
                    INSERT INTO situation_echeancier (personne_id, prenom, rsa, prime_activite, fin_css, revision_aah,
                      enfants_scolarises, cheque_energie, mise_a_jour_le)
                    VALUES (:p, :prenom, :rsa, :prime, :css, :aah, :enfants, :energie, :le)""")
                    .param("prenom", s.prenom()).param("rsa", s.rsa()).param("prime", s.primeActivite())
                    .param("css", s.finCss()).param("aah", s.revisionAah()).param("enfants", s.enfantsScolarises())
                    .param("energie", s.chequeEnergie()).param("le", horodatage(le)).param("p", s.personneId()).update();
        }
    }

    /** Personnes ayant un échéancier (identifiant → prénom). */
    public java.util.Map<Long, String> personnes() {
        java.util.Map<Long, String> personnes = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT personne_id, prenom FROM situation_echeancier ORDER BY personne_id")
                .query((rs, i) -> java.util.Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(e -> personnes.put(e.getKey(), e.getValue()));
        return personnes;
    }

    public List<Piece> pieces(long personneId) {
        return jdbc.sql("SELECT id, type, expire_le FROM piece_personne WHERE personne_id = :p ORDER BY expire_le, id")
                .param("p", personneId)
                .query((rs, i) -> new Piece(rs.getLong("id"), TypePiece.valueOf(rs.getString("type")),
                        rs.getObject("expire_le", LocalDate.class))).list();
    }

    public void ajouterPiece(long personneId, TypePiece type, LocalDate expireLe, Instant le) {
        jdbc.sql("INSERT INTO piece_personne (personne_id, type, expire_le, cree_le) VALUES (:p, :t, :e, :le)")
                .param("p", personneId).param("t", type.name()).param("e", expireLe).param("le", horodatage(le)).update();
    }

    public boolean supprimerPiece(long personneId, long id) {
        return jdbc.sql("DELETE FROM piece_personne WHERE personne_id = :p AND id = :id").param("p", personneId)
                .param("id", id).update() == 1;
    }

    public List<RendezVous> rendezVous(long personneId) {
        return jdbc.sql("SELECT * FROM rendez_vous WHERE personne_id = :p ORDER BY le, id").param("p", personneId)
                .query((rs, i) -> new RendezVous(rs.getLong("id"), personneId,
                        rs.getTimestamp("le").toLocalDateTime(), rs.getString("lieu"), rs.getString("objet"),
                        rs.getString("ajoute_par"), rs.getBoolean("confirme"))).list();
    }

    public void ajouterRendezVous(RendezVous r, Instant le) {
        jdbc.sql("INSERT INTO rendez_vous (personne_id, le, lieu, objet, ajoute_par, confirme, cree_le) "
                        + "VALUES (:p, :le, :lieu, :objet, :par, FALSE, :cree)")
                .param("p", r.personneId()).param("le", Timestamp.valueOf(r.le())).param("lieu", r.lieu())
                .param("objet", r.objet()).param("par", r.ajoutePar()).param("cree", horodatage(le)).update();
    }

    /** Confirme le prochain rendez-vous non confirmé (réponse « OK » par SMS). */
    public boolean confirmerProchainRendezVous(long personneId, java.time.LocalDateTime apres) {
        List<Long> ids = jdbc.sql("SELECT id FROM rendez_vous WHERE personne_id = :p AND confirme = FALSE AND le >= :apres "
                        + "ORDER BY le LIMIT 1").param("p", personneId).param("apres", Timestamp.valueOf(apres))
                .query(Long.class).list();
        return !ids.isEmpty() && jdbc.sql("UPDATE rendez_vous SET confirme = TRUE WHERE id = :id")
                .param("id", ids.get(0)).update() == 1;
    }

    public Set<String> rappelsPlanifies(long personneId) {
        return Set.copyOf(jdbc.sql("SELECT cle FROM rappel_planifie WHERE personne_id = :p").param("p", personneId)
                .query(String.class).list());
    }

    public void remplacerRappels(long personneId, Set<String> cles) {
        jdbc.sql("DELETE FROM rappel_planifie WHERE personne_id = :p").param("p", personneId).update();
        for (String cle : cles) {
            jdbc.sql("INSERT INTO rappel_planifie (personne_id, cle) VALUES (:p, :c)").param("p", personneId)
                    .param("c", cle).update();
        }
    }

    public Optional<String> jeton(long personneId) {
        return jdbc.sql("SELECT jeton FROM calendrier_jeton WHERE personne_id = :p").param("p", personneId)
                .query(String.class).optional();
    }

    public Optional<Long> personneParJeton(String jeton) {
        return jdbc.sql("SELECT personne_id FROM calendrier_jeton WHERE jeton = :j").param("j", jeton)
                .query(Long.class).optional();
    }

    public void remplacerJeton(long personneId, String jeton, Instant le) {
        revoquerJeton(personneId);
        jdbc.sql("INSERT INTO calendrier_jeton (personne_id, jeton, cree_le) VALUES (:p, :j, :le)")
                .param("p", personneId).param("j", jeton).param("le", horodatage(le)).update();
    }

    public void revoquerJeton(long personneId) {
        jdbc.sql("DELETE FROM calendrier_jeton WHERE personne_id = :p").param("p", personneId).update();
    }
}
