package fr.passerelle.saisines.internal.persistance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import fr.passerelle.mandats.Perimetre;
import fr.passerelle.saisines.internal.domaine.Auteur;
import fr.passerelle.saisines.internal.domaine.EtatSaisine;
import fr.passerelle.saisines.internal.domaine.IssueSaisine;
import fr.passerelle.saisines.internal.domaine.MessageSaisine;
import fr.passerelle.saisines.internal.domaine.NatureMessage;
import fr.passerelle.saisines.internal.domaine.PieceJointe;
import fr.passerelle.saisines.internal.domaine.Saisine;
import fr.passerelle.saisines.internal.domaine.TypePieceJointe;
import fr.passerelle.structures.TypeOrganisation;

/** Saisines, fil de messages et pièces jointes (contenu lu seulement au téléchargement). */
@Repository
public class SaisinesJdbc {

    private final JdbcClient jdbc;

    public SaisinesJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime horodatage(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Optional<Instant> instant(ResultSet rs, String colonne) throws SQLException {
        return Optional.ofNullable(rs.getObject(colonne, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    public Saisine inserer(Saisine s) {
        KeyHolder cle = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO saisine (dossier_id, structure_id, aidant_id, aidant_nom, personne_nom, organisation_id,
                  organisation_nom, type_organisation, perimetre, objet, blocage, tentatives, consentement_partage,
                  etat, issue, ouverte_le, attente_agent_depuis, close_le)
                VALUES (:dossier, :structure, :aidant, :aidantNom, :personne, :organisation, :organisationNom, :type,
                  :perimetre, :objet, :blocage, :tentatives, :consentement, :etat, :issue, :ouverte, :attente, :close)""")
                .param("dossier", s.dossierId()).param("structure", s.structureId()).param("aidant", s.aidantId())
                .param("aidantNom", s.aidantNom()).param("personne", s.personneNom())
                .param("organisation", s.organisationId()).param("organisationNom", s.organisationNom())
                .param("type", s.typeOrganisation().name()).param("perimetre", s.perimetre().name())
                .param("objet", s.objet()).param("blocage", s.blocage()).param("tentatives", s.tentatives())
                .param("consentement", s.consentementPartage()).param("etat", s.etat().name())
                .param("issue", s.issue().map(Enum::name).orElse(null)).param("ouverte", horodatage(s.ouverteLe()))
                .param("attente", horodatage(s.attenteAgentDepuis().orElse(null)))
                .param("close", horodatage(s.closeLe().orElse(null)))
                .update(cle, "id");
        return s.avecId(cle.getKey().longValue());
    }

    /** Enregistre l'état, l'issue et l'attente d'une saisine existante. */
    public void mettreAJour(Saisine s) {
        jdbc.sql("""
                UPDATE saisine SET etat = :etat, issue = :issue, attente_agent_depuis = :attente, close_le = :close
                WHERE id = :id""")
                .param("etat", s.etat().name()).param("issue", s.issue().map(Enum::name).orElse(null))
                .param("attente", horodatage(s.attenteAgentDepuis().orElse(null)))
                .param("close", horodatage(s.closeLe().orElse(null))).param("id", s.id()).update();
    }

    public Optional<Saisine> parId(long id) {
        return jdbc.sql("SELECT * FROM saisine WHERE id = :id").param("id", id).query(SaisinesJdbc::saisine).optional();
    }

    public List<Saisine> duDossier(long dossierId) {
        return jdbc.sql("SELECT * FROM saisine WHERE dossier_id = :d ORDER BY ouverte_le DESC, id DESC")
                .param("d", dossierId).query(SaisinesJdbc::saisine).list();
    }

    public List<Saisine> deLOrganisation(long organisationId) {
        return jdbc.sql("SELECT * FROM saisine WHERE organisation_id = :o ORDER BY ouverte_le, id")
                .param("o", organisationId).query(SaisinesJdbc::saisine).list();
    }

    public MessageSaisine ajouter(MessageSaisine m) {
        KeyHolder cle = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO saisine_message (saisine_id, auteur, auteur_id, auteur_nom, nature, texte, le)
                VALUES (:saisine, :auteur, :auteurId, :auteurNom, :nature, :texte, :le)""")
                .param("saisine", m.saisineId()).param("auteur", m.auteur().name()).param("auteurId", m.auteurId())
                .param("auteurNom", m.auteurNom()).param("nature", m.nature().name()).param("texte", m.texte())
                .param("le", horodatage(m.le())).update(cle, "id");
        return new MessageSaisine(cle.getKey().longValue(), m.saisineId(), m.auteur(), m.auteurId(), m.auteurNom(),
                m.nature(), m.texte(), m.le());
    }

    public List<MessageSaisine> messages(long saisineId) {
        return jdbc.sql("SELECT * FROM saisine_message WHERE saisine_id = :s ORDER BY le, id").param("s", saisineId)
                .query((rs, i) -> new MessageSaisine(rs.getLong("id"), rs.getLong("saisine_id"),
                        Auteur.valueOf(rs.getString("auteur")), rs.getLong("auteur_id"), rs.getString("auteur_nom"),
                        NatureMessage.valueOf(rs.getString("nature")), rs.getString("texte"),
                        instant(rs, "le").orElseThrow())).list();
    }

    public PieceJointe ajouterPiece(PieceJointe p, byte[] contenu) {
        KeyHolder cle = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO saisine_piece_jointe (saisine_id, message_id, nom, type, taille, contenu, ajoutee_par, ajoutee_le)
                VALUES (:saisine, :message, :nom, :type, :taille, :contenu, :par, :le)""")
                .param("saisine", p.saisineId()).param("message", p.messageId()).param("nom", p.nom())
                .param("type", p.type().name()).param("taille", (long) contenu.length).param("contenu", contenu)
                .param("par", p.ajouteePar().name()).param("le", horodatage(p.ajouteeLe())).update(cle, "id");
        return new PieceJointe(cle.getKey().longValue(), p.saisineId(), p.messageId(), p.nom(), p.type(),
                contenu.length, p.ajouteePar(), p.ajouteeLe());
    }

    public List<PieceJointe> pieces(long saisineId) {
        return jdbc.sql("""
                SELECT id, saisine_id, message_id, nom, type, taille, ajoutee_par, ajoutee_le
                FROM saisine_piece_jointe WHERE saisine_id = :s ORDER BY ajoutee_le, id""").param("s", saisineId)
                .query((rs, i) -> new PieceJointe(rs.getLong("id"), rs.getLong("saisine_id"),
                        (Long) rs.getObject("message_id", Long.class), rs.getString("nom"),
                        TypePieceJointe.valueOf(rs.getString("type")), rs.getLong("taille"),
                        Auteur.valueOf(rs.getString("ajoutee_par")), instant(rs, "ajoutee_le").orElseThrow())).list();
    }

    /** Le contenu d'une pièce, seulement si elle appartient à cette saisine. */
    public Optional<byte[]> contenu(long saisineId, long pieceId) {
        return jdbc.sql("SELECT contenu FROM saisine_piece_jointe WHERE id = :p AND saisine_id = :s")
                .param("p", pieceId).param("s", saisineId).query((rs, i) -> rs.getBytes(1)).optional();
    }

    /** Efface les saisines du dossier, leurs messages et leurs pièces ; renvoie le nombre de saisines effacées. */
    public int effacerDuDossier(long dossierId) {
        String duDossier = "saisine_id IN (SELECT id FROM saisine WHERE dossier_id = :d)";
        jdbc.sql("DELETE FROM saisine_piece_jointe WHERE " + duDossier).param("d", dossierId).update();
        jdbc.sql("DELETE FROM saisine_message WHERE " + duDossier).param("d", dossierId).update();
        return jdbc.sql("DELETE FROM saisine WHERE dossier_id = :d").param("d", dossierId).update();
    }

    private static Saisine saisine(ResultSet rs, int ligne) throws SQLException {
        return new Saisine(rs.getLong("id"), rs.getLong("dossier_id"), rs.getLong("structure_id"),
                rs.getLong("aidant_id"), rs.getString("aidant_nom"), rs.getString("personne_nom"),
                rs.getLong("organisation_id"), rs.getString("organisation_nom"),
                TypeOrganisation.valueOf(rs.getString("type_organisation")), Perimetre.valueOf(rs.getString("perimetre")),
                rs.getString("objet"), rs.getString("blocage"), rs.getString("tentatives"),
                rs.getBoolean("consentement_partage"), EtatSaisine.valueOf(rs.getString("etat")),
                Optional.ofNullable(rs.getString("issue")).map(IssueSaisine::valueOf), instant(rs, "ouverte_le").orElseThrow(),
                instant(rs, "attente_agent_depuis"), instant(rs, "close_le"));
    }
}
