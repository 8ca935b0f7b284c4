package fr.passerelle.saisines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.passerelle.mandats.Perimetre;
import fr.passerelle.saisines.internal.domaine.Auteur;
import fr.passerelle.saisines.internal.domaine.IssueRectification;
import fr.passerelle.saisines.internal.domaine.IssueSaisine;
import fr.passerelle.saisines.internal.domaine.LettreRectification;
import fr.passerelle.saisines.internal.domaine.MessageSaisine;
import fr.passerelle.saisines.internal.domaine.NatureMessage;
import fr.passerelle.saisines.internal.domaine.NouvelleSaisine;
import fr.passerelle.saisines.internal.domaine.PieceJointe;
import fr.passerelle.saisines.internal.domaine.Saisine;
import fr.passerelle.saisines.internal.domaine.TypePieceJointe;
import fr.passerelle.saisines.internal.persistance.LettresJdbc;
import fr.passerelle.saisines.internal.persistance.SaisinesJdbc;
import fr.passerelle.structures.Organisation;
import fr.passerelle.structures.TypeOrganisation;

/**
 * Migrations V40-V42 et persistance des saisines, exécutées sur H2 et sur PostgreSQL : relecture à l'identique
 * (dont une pièce de 5 Mo en BYTEA), contraintes de la base.
 */
abstract class PersistanceSaisinesContrat {

    static final Instant LE = Instant.parse("2026-03-01T10:15:30.123456Z");


    @Autowired
    SaisinesJdbc saisines;
    @Autowired
    LettresJdbc lettres;
    @Autowired
    JdbcTemplate jdbc;

    Saisine nouvelle(long dossierId) {
        return Saisine.ouvrir(dossierId, 1, 2, "Karim Aidant", "Camille Martin",
                new Organisation(9L, "CPAM de la Gironde", TypeOrganisation.CPAM, "Gironde"),
                new NouvelleSaisine("Carte Vitale bloquée", "Blocage « détaillé » avec accents é à ç", "Deux appels", true), LE);
    }

    @Test
    void une_saisine_son_fil_et_une_piece_de_5_mo_sont_relus_a_l_identique() {
        Saisine s = saisines.inserer(nouvelle(4242));
        assertThat(saisines.parId(s.id())).contains(s);
        byte[] contenu = new byte[(int) PieceJointe.TAILLE_MAX];
        new Random(7).nextBytes(contenu);
        System.arraycopy("%PDF-".getBytes(), 0, contenu, 0, 5);
        PieceJointe piece = saisines.ajouterPiece(new PieceJointe(null, s.id(), null, "scan.pdf", TypePieceJointe.PDF,
                contenu.length, Auteur.AIDANT, LE), contenu);
        assertThat(saisines.contenu(s.id(), piece.id())).hasValueSatisfying(c -> assertThat(c).isEqualTo(contenu));
        assertThat(saisines.contenu(s.id() + 1, piece.id())).isEmpty();
        assertThat(saisines.pieces(s.id())).containsExactly(piece);

        MessageSaisine m = saisines.ajouter(new MessageSaisine(null, s.id(), Auteur.AGENT, 5, "Sophie Agent",
                NatureMessage.DEMANDE_PIECE, "L'attestation de droits", LE.plusSeconds(60)));
        Saisine demandee = s.pieceDemandee();
        saisines.mettreAJour(demandee);
        assertThat(saisines.messages(s.id())).containsExactly(m);
        Saisine close = demandee.close(IssueSaisine.REORIENTEE, LE.plusSeconds(120));
        saisines.mettreAJour(close);
        assertThat(saisines.parId(s.id())).contains(close);
        assertThat(saisines.deLOrganisation(9)).contains(close);
        assertThat(saisines.duDossier(4242)).extracting(Saisine::id).contains(s.id());
    }

    @Test
    void la_base_refuse_une_saisine_sans_accord_une_close_sans_issue_et_une_piece_trop_lourde() {
        Saisine s = saisines.inserer(nouvelle(4343));
        assertThatThrownBy(() -> jdbc.update("UPDATE saisine SET consentement_partage = FALSE WHERE id = ?", s.id()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE saisine SET etat = 'CLOSE' WHERE id = ?", s.id()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO saisine_piece_jointe (saisine_id, nom, type, taille, contenu, "
                        + "ajoutee_par, ajoutee_le) VALUES (?, 'x.pdf', 'PDF', 5242881, ?, 'AIDANT', CURRENT_TIMESTAMP)",
                s.id(), new byte[]{1}))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void une_lettre_et_son_suivi_sont_relus_et_la_base_refuse_une_reponse_avant_l_envoi() {
        LettreRectification l = lettres.inserer(new LettreRectification(null, 4444, 1, 2, "Karim Aidant",
                "Camille Martin", 9, "CAF de la Gironde", Perimetre.PRESTATIONS_SOCIALES, "900 €", "1 200 €",
                LocalDate.of(2026, 2, 2), LE, Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(lettres.parId(l.id())).contains(l);
        LettreRectification suivie = l.suivie(Optional.of(LocalDate.of(2026, 2, 10)), Optional.of(LocalDate.of(2026, 2, 20)),
                Optional.of(IssueRectification.ACCEPTEE), LocalDate.of(2026, 3, 1));
        lettres.enregistrerSuivi(suivie);
        assertThat(lettres.duDossier(4444)).containsExactly(suivie);
        assertThatThrownBy(() -> jdbc.update("UPDATE lettre_rectification SET reponse_le = DATE '2026-02-01' WHERE id = ?", l.id()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void les_modeles_de_courriel_des_saisines_sont_installes() {
        assertThat(jdbc.queryForList("SELECT code FROM modele_notification WHERE code LIKE 'saisine-%' AND version = 1",
                String.class)).containsExactlyInAnyOrder("saisine-reponse", "saisine-piece-demandee",
                "saisine-close-resolue", "saisine-close-refusee", "saisine-close-reorientee");
    }
}
