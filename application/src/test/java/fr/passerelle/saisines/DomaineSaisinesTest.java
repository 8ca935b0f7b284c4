package fr.passerelle.saisines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.passerelle.mandats.Perimetre;
import fr.passerelle.saisines.internal.domaine.DelaisDeService;
import fr.passerelle.saisines.internal.domaine.EtatSaisine;
import fr.passerelle.saisines.internal.domaine.IssueRectification;
import fr.passerelle.saisines.internal.domaine.IssueSaisine;
import fr.passerelle.saisines.internal.domaine.LettreRectification;
import fr.passerelle.saisines.internal.domaine.NouvelleSaisine;
import fr.passerelle.saisines.internal.domaine.PerimetresParOrganisation;
import fr.passerelle.saisines.internal.domaine.PieceJointe;
import fr.passerelle.saisines.internal.domaine.Saisine;
import fr.passerelle.saisines.internal.domaine.SaisieRefusee;
import fr.passerelle.saisines.internal.domaine.TypePieceJointe;
import fr.passerelle.saisines.internal.persistance.DelaisYaml;
import fr.passerelle.structures.Organisation;
import fr.passerelle.structures.TypeOrganisation;

/** Domaine des saisines, sans Spring : états, retard, pièces, périmètres, lettre de droit à l'erreur. */
class DomaineSaisinesTest {

    static final Instant LUNDI = Instant.parse("2026-06-01T08:00:00Z");
    static final Organisation CAF = new Organisation(7L, "CAF de la Gironde", TypeOrganisation.CAF, "Gironde");
    static final DelaisDeService DELAIS = DelaisYaml.lire(DelaisYaml.RESSOURCE);

    static Saisine ouverte() {
        return Saisine.ouvrir(3, 1, 10, "Karim Aidant", "Camille Martin", CAF,
                new NouvelleSaisine("RSA suspendu", "Versement arrêté en mars", "Deux appels au 3230", true), LUNDI);
    }

    @Test
    void le_perimetre_se_deduit_du_type_d_organisation() {
        assertThat(PerimetresParOrganisation.de(TypeOrganisation.CAF)).isEqualTo(Perimetre.PRESTATIONS_SOCIALES);
        assertThat(PerimetresParOrganisation.de(TypeOrganisation.MSA)).isEqualTo(Perimetre.PRESTATIONS_SOCIALES);
        assertThat(PerimetresParOrganisation.de(TypeOrganisation.CARSAT)).isEqualTo(Perimetre.PRESTATIONS_SOCIALES);
        assertThat(PerimetresParOrganisation.de(TypeOrganisation.CPAM)).isEqualTo(Perimetre.SANTE);
        assertThat(PerimetresParOrganisation.de(TypeOrganisation.FRANCE_TRAVAIL)).isEqualTo(Perimetre.TRAVAIL);
        assertThat(PerimetresParOrganisation.de(TypeOrganisation.DGFIP)).isEqualTo(Perimetre.IMPOTS);
        assertThat(PerimetresParOrganisation.de(TypeOrganisation.ANTS)).isEqualTo(Perimetre.PAPIERS_IDENTITE);
        assertThat(PerimetresParOrganisation.de(TypeOrganisation.PREFECTURE)).isEqualTo(Perimetre.PAPIERS_IDENTITE);
        assertThat(PerimetresParOrganisation.de(TypeOrganisation.AUTRE)).isEqualTo(Perimetre.AUTRES);
        assertThat(ouverte().perimetre()).isEqualTo(Perimetre.PRESTATIONS_SOCIALES);
    }

    @Test
    void cycle_de_vie_ouverte_en_cours_piece_demandee_close() {
        Saisine s = ouverte();
        assertThat(s.etat()).isEqualTo(EtatSaisine.OUVERTE);
        assertThat(s.attenteAgentDepuis()).contains(LUNDI);
        Saisine demandee = s.pieceDemandee();
        assertThat(demandee.etat()).isEqualTo(EtatSaisine.PIECE_DEMANDEE);
        assertThat(demandee.attenteAgentDepuis()).isEmpty();
        Instant mardi = LUNDI.plus(Duration.ofDays(1));
        Saisine relancee = demandee.messageDeLAidant(mardi);
        assertThat(relancee.etat()).isEqualTo(EtatSaisine.EN_COURS);
        assertThat(relancee.attenteAgentDepuis()).contains(mardi);
        // Un deuxième message de l'aidant ne repousse pas le début de l'attente.
        assertThat(relancee.messageDeLAidant(mardi.plus(Duration.ofDays(2))).attenteAgentDepuis()).contains(mardi);
        Saisine repondue = relancee.repondueParAgent();
        assertThat(repondue.etat()).isEqualTo(EtatSaisine.EN_COURS);
        assertThat(repondue.attenteAgentDepuis()).isEmpty();
        Saisine close = repondue.close(IssueSaisine.REORIENTEE, mardi);
        assertThat(close.etat()).isEqualTo(EtatSaisine.CLOSE);
        assertThat(close.issue()).contains(IssueSaisine.REORIENTEE);
        assertThatThrownBy(close::repondueParAgent).isInstanceOf(SaisieRefusee.class).hasMessageContaining("close");
        assertThatThrownBy(() -> close.messageDeLAidant(mardi)).isInstanceOf(SaisieRefusee.class);
    }

    @Test
    void en_retard_seulement_au_dela_du_delai_de_l_organisation_et_quand_elle_doit_repondre() {
        Saisine s = ouverte();
        assertThat(DELAIS.jours(TypeOrganisation.CAF)).isEqualTo(10);
        assertThat(s.reponseAttendueAvant(DELAIS)).contains(LUNDI.plus(Duration.ofDays(10)));
        assertThat(s.enRetard(DELAIS, LUNDI.plus(Duration.ofDays(10)))).isFalse();
        assertThat(s.enRetard(DELAIS, LUNDI.plus(Duration.ofDays(10)).plusSeconds(1))).isTrue();
        // Pièce demandée : c'est à l'aidant d'agir, aucun retard de l'organisation.
        assertThat(s.pieceDemandee().enRetard(DELAIS, LUNDI.plus(Duration.ofDays(40)))).isFalse();
        assertThat(s.close(IssueSaisine.RESOLUE, LUNDI).enRetard(DELAIS, LUNDI.plus(Duration.ofDays(40)))).isFalse();
    }

    @Test
    void chaque_type_d_organisation_doit_avoir_un_delai() {
        Map<TypeOrganisation, Integer> incomplet = new EnumMap<>(TypeOrganisation.class);
        incomplet.put(TypeOrganisation.CAF, 10);
        assertThatThrownBy(() -> new DelaisDeService(incomplet)).hasMessageContaining("CPAM");
        Map<TypeOrganisation, Integer> nul = new EnumMap<>(TypeOrganisation.class);
        for (TypeOrganisation t : TypeOrganisation.values()) {
            nul.put(t, 5);
        }
        nul.put(TypeOrganisation.DGFIP, 0);
        assertThatThrownBy(() -> new DelaisDeService(nul)).hasMessageContaining("DGFIP");
    }

    @Test
    void la_saisine_exige_objet_blocage_tentatives_et_l_accord_de_la_personne() {
        Map<String, String> erreurs = new NouvelleSaisine(" ", "", null, false).erreurs();
        assertThat(erreurs).containsOnlyKeys("objet", "blocage", "tentatives", "consentement");
        assertThat(erreurs.get("consentement")).contains("d'accord");
        assertThatThrownBy(() -> Saisine.ouvrir(3, 1, 10, "A", "P", CAF,
                new NouvelleSaisine("Objet", "Blocage", "Tentatives", false), LUNDI))
                .isInstanceOf(SaisieRefusee.class).extracting("champ").isEqualTo("consentement");
        assertThat(new NouvelleSaisine("x".repeat(201), "b", "t", true).erreurs().get("objet")).contains("201 caractères");
    }

    @Test
    void les_pieces_sont_reconnues_a_leur_contenu_et_limitees_a_5_mo() {
        byte[] pdf = "%PDF-1.7\n...".getBytes();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
        assertThat(PieceJointe.controler("avis.pdf", pdf)).isEqualTo(TypePieceJointe.PDF);
        assertThat(PieceJointe.controler("photo.png", png)).isEqualTo(TypePieceJointe.PNG);
        // L'extension ne compte pas : un JPEG nommé .pdf reste un JPEG.
        assertThat(PieceJointe.controler("photo.pdf", jpeg)).isEqualTo(TypePieceJointe.JPEG);
        assertThatThrownBy(() -> PieceJointe.controler("virus.pdf", "MZ\u0090\u0000 exécutable".getBytes()))
                .isInstanceOf(SaisieRefusee.class)
                .hasMessageContaining("« virus.pdf » n'est ni un PDF, ni une image JPEG, ni une image PNG");
        byte[] lourd = new byte[(int) PieceJointe.TAILLE_MAX + 1];
        System.arraycopy(pdf, 0, lourd, 0, pdf.length);
        assertThatThrownBy(() -> PieceJointe.controler("scan.pdf", lourd)).hasMessageContaining("trop lourd")
                .hasMessageContaining("5 Mo au plus");
        byte[] juste = new byte[(int) PieceJointe.TAILLE_MAX];
        System.arraycopy(pdf, 0, juste, 0, pdf.length);
        assertThat(PieceJointe.controler("scan.pdf", juste)).isEqualTo(TypePieceJointe.PDF);
        assertThatThrownBy(() -> PieceJointe.controler("vide.png", new byte[0])).hasMessageContaining("vide");
        assertThat(PieceJointe.nomSur("C:\\Users\\moi\\avis \"2025\".pdf")).isEqualTo("avis 2025.pdf");
    }

    @Test
    void la_lettre_de_droit_a_l_erreur_cite_l_article_et_son_suivi_est_coherent() {
        LettreRectification lettre = new LettreRectification(1L, 3, 1, 10, "Karim Aidant", "Camille Martin", 7,
                "CAF de la Gironde", Perimetre.PRESTATIONS_SOCIALES, "j'ai déclaré 900 € de salaire en mars",
                "mon salaire de mars était de 1 200 €", LocalDate.of(2026, 4, 2), LUNDI, Optional.empty(),
                Optional.empty(), Optional.empty());
        String texte = String.join("\n", lettre.paragraphes());
        assertThat(texte).contains("Le 2 avril 2026, j'ai donné à CAF de la Gironde",
                "Ce qui était faux : j'ai déclaré 900 € de salaire en mars",
                "Ce qui est juste : mon salaire de mars était de 1 200 €",
                "Je demande à bénéficier du droit à l'erreur",
                "L'article L123-1 du code des relations entre le public et l'administration");
        LocalDate aujourdhui = LocalDate.of(2026, 6, 1);
        assertThatThrownBy(() -> lettre.suivie(Optional.empty(), Optional.of(aujourdhui), Optional.empty(), aujourdhui))
                .extracting("champ").isEqualTo("envoyeeLe");
        assertThatThrownBy(() -> lettre.suivie(Optional.of(aujourdhui), Optional.of(aujourdhui.minusDays(3)),
                Optional.of(IssueRectification.ACCEPTEE), aujourdhui)).extracting("champ").isEqualTo("reponseLe");
        assertThatThrownBy(() -> lettre.suivie(Optional.of(aujourdhui.plusDays(1)), Optional.empty(), Optional.empty(),
                aujourdhui)).hasMessageContaining("futur");
        assertThatThrownBy(() -> lettre.suivie(Optional.of(aujourdhui), Optional.of(aujourdhui), Optional.empty(),
                aujourdhui)).extracting("champ").isEqualTo("issue");
        LettreRectification suivie = lettre.suivie(Optional.of(aujourdhui.minusDays(10)), Optional.of(aujourdhui),
                Optional.of(IssueRectification.ACCEPTEE), aujourdhui);
        assertThat(suivie.issue()).contains(IssueRectification.ACCEPTEE);
        assertThat(LettreRectification.erreurs("", " ", Optional.of(aujourdhui.plusDays(2)), aujourdhui))
                .containsOnlyKeys("ceQuiEtaitFaux", "ceQuiEstJuste", "declareLe");
    }
}
