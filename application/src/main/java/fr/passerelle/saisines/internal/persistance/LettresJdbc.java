package fr.passerelle.saisines.internal.persistance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import fr.passerelle.mandats.Perimetre;
import fr.passerelle.saisines.internal.domaine.IssueRectification;
import fr.passerelle.saisines.internal.domaine.LettreRectification;

/** Lettres de rectification (droit à l'erreur) et leur suivi. */
@Repository
public class LettresJdbc {

    private final JdbcClient jdbc;

    public LettresJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public LettreRectification inserer(LettreRectification l) {
        KeyHolder cle = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO lettre_rectification (dossier_id, structure_id, aidant_id, aidant_nom, personne_nom,
                  organisation_id, organisation_nom, perimetre, ce_qui_etait_faux, ce_qui_est_juste, declare_le,
                  redigee_le, envoyee_le, reponse_le, issue)
                VALUES (:dossier, :structure, :aidant, :aidantNom, :personne, :organisation, :organisationNom,
                  :perimetre, :faux, :juste, :declare, :redigee, :envoyee, :reponse, :issue)""")
                .param("dossier", l.dossierId()).param("structure", l.structureId()).param("aidant", l.aidantId())
                .param("aidantNom", l.aidantNom()).param("personne", l.personneNom())
                .param("organisation", l.organisationId()).param("organisationNom", l.organisationNom())
                .param("perimetre", l.perimetre().name()).param("faux", l.ceQuiEtaitFaux())
                .param("juste", l.ceQuiEstJuste()).param("declare", l.declareLe())
                .param("redigee", SaisinesJdbc.horodatage(l.redigeeLe()))
                .param("envoyee", l.envoyeeLe().orElse(null)).param("reponse", l.reponseLe().orElse(null))
                .param("issue", l.issue().map(Enum::name).orElse(null)).update(cle, "id");
        return l.avecId(cle.getKey().longValue());
    }

    public void enregistrerSuivi(LettreRectification l) {
        jdbc.sql("UPDATE lettre_rectification SET envoyee_le = :envoyee, reponse_le = :reponse, issue = :issue WHERE id = :id")
                .param("envoyee", l.envoyeeLe().orElse(null)).param("reponse", l.reponseLe().orElse(null))
                .param("issue", l.issue().map(Enum::name).orElse(null)).param("id", l.id()).update();
    }

    public Optional<LettreRectification> parId(long id) {
        return jdbc.sql("SELECT * FROM lettre_rectification WHERE id = :id").param("id", id)
                .query(LettresJdbc::lettre).optional();
    }

    public List<LettreRectification> duDossier(long dossierId) {
        return jdbc.sql("SELECT * FROM lettre_rectification WHERE dossier_id = :d ORDER BY redigee_le DESC, id DESC")
                .param("d", dossierId).query(LettresJdbc::lettre).list();
    }

    public int effacerDuDossier(long dossierId) {
        return jdbc.sql("DELETE FROM lettre_rectification WHERE dossier_id = :d").param("d", dossierId).update();
    }

    private static LettreRectification lettre(ResultSet rs, int ligne) throws SQLException {
        return new LettreRectification(rs.getLong("id"), rs.getLong("dossier_id"), rs.getLong("structure_id"),
                rs.getLong("aidant_id"), rs.getString("aidant_nom"), rs.getString("personne_nom"),
                rs.getLong("organisation_id"), rs.getString("organisation_nom"),
                Perimetre.valueOf(rs.getString("perimetre")), rs.getString("ce_qui_etait_faux"),
                rs.getString("ce_qui_est_juste"), rs.getObject("declare_le", LocalDate.class),
                SaisinesJdbc.instant(rs, "redigee_le").orElseThrow(),
                Optional.ofNullable(rs.getObject("envoyee_le", LocalDate.class)),
                Optional.ofNullable(rs.getObject("reponse_le", LocalDate.class)),
                Optional.ofNullable(rs.getString("issue")).map(IssueRectification::valueOf));
    }
}
