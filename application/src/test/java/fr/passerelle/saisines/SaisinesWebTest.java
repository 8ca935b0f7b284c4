package fr.passerelle.saisines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import fr.passerelle.comptes.Annuaire;
import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.comptes.Role;
import fr.passerelle.dossiers.DossierVu;
import fr.passerelle.dossiers.Dossiers;
import fr.passerelle.journal.EntreeJournal;
import fr.passerelle.journal.Journal;
import fr.passerelle.journal.ResultatAcces;
import fr.passerelle.mandats.AccesRefuse;
import fr.passerelle.mandats.DecisionAcces;
import fr.passerelle.mandats.Mandats;
import fr.passerelle.mandats.Perimetre;
import fr.passerelle.notifications.HorlogeReglable;
import fr.passerelle.structures.Organisation;
import fr.passerelle.structures.ReferentielStructures;
import fr.passerelle.structures.TypeOrganisation;

/**
 * Pages des saisines (MockMvc, base H2, comptes de démonstration, journal et notifications réels). Les services
 * des dossiers et des mandats sont réels mais espionnés : le test dicte quels périmètres le mandat de chaque dossier
 * couvre, et {@code Dossiers.ouvrir} refuse avec la raison comme le fait le vrai module (le parcours avec les vrais
 * dossiers et mandats, sans doublure, est dans {@code SaisinesBoutEnBoutTest}).
 */
@SpringBootTest(properties = "passerelle.notifications.ordonnanceur.actif=false")
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@RecordApplicationEvents
class SaisinesWebTest {

    static final HorlogeReglable HORLOGE = new HorlogeReglable(Instant.parse("2026-06-01T08:00:00Z"));

    @TestConfiguration
    static class Reglages {
        @Bean
        @Primary
        HorlogeReglable horlogeDeTest() {
            return HORLOGE;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Journal journal;
    @Autowired
    ReferentielStructures referentiel;
    @Autowired
    Annuaire annuaire;
    @Autowired
    ApplicationEvents evenements;
    /** Vrai service des dossiers, dont seule l'ouverture sous mandat est dictée par le test. */
    @MockitoSpyBean
    Dossiers dossiers;
    /** Vrai service des mandats, dont seule la décision d'accès est dictée par le test. */
    @MockitoSpyBean
    Mandats mandats;


    /** Périmètres couverts par le mandat de chaque dossier (absent : aucun mandat). */
    final Map<Long, Set<Perimetre>> mandatsActifs = new ConcurrentHashMap<>();
    long dossier;
    long caf;
    long cpam;

    @BeforeEach
    void preparer() {
        HORLOGE.regler(Instant.parse("2026-06-01T08:00:00Z"));
        dossier = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) + 1;
        mandatsActifs.put(dossier, EnumSet.of(Perimetre.PRESTATIONS_SOCIALES));
        caf = referentiel.organisations().stream().filter(o -> o.nom().equals("CAF de la Gironde")).findFirst().orElseThrow().id();
        cpam = referentiel.enregistrer(new Organisation(null, "CPAM de la Gironde", TypeOrganisation.CPAM, "Gironde")).id();
        doAnswer(appel -> {
            long id = appel.getArgument(1);
            Perimetre p = appel.getArgument(2);
            return mandatsActifs.getOrDefault(id, Set.of()).contains(p) ? new DecisionAcces.Autorise(1L, Instant.MAX)
                    : new DecisionAcces.Refuse(raison(id, p));
        }).when(mandats).decider(any(), anyLong(), any());
        doAnswer(appel -> {
            CompteConnecte aidant = appel.getArgument(0);
            long id = appel.getArgument(1);
            Perimetre p = appel.getArgument(2);
            if (!mandatsActifs.getOrDefault(id, Set.of()).contains(p)) {
                throw new AccesRefuse(raison(id, p));
            }
            return new DossierVu(id, aidant.structureId().orElseThrow(), "Camille Martin", Optional.empty());
        }).when(dossiers).ouvrir(any(), anyLong(), any(), anyString());
    }

    static String raison(long dossierId, Perimetre p) {
        return "Aucun mandat actif de cette personne ne couvre le périmètre « " + p.libelle() + " ».";
    }

    MockHttpSession connecter(String email) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/connexion").session(session).with(csrf()).param("email", email).param("motDePasse", "passerelle-demo"))
                .andExpect(redirectedUrl("/mon-espace"));
        return session;
    }

    /** Un agent d'une autre organisation (la CPAM), sans passer par la connexion. */
    UsernamePasswordAuthenticationToken agentCpam() {
        CompteConnecte compte = new CompteConnecte(990_001L, "agent@cpam.exemple.fr", "Paul Agent", Role.AGENT,
                Optional.of("CPAM de la Gironde"), Optional.empty(), Optional.of(cpam));
        CompteAuthentifie principal = () -> compte;
        return new UsernamePasswordAuthenticationToken(principal, null, List.of(new SimpleGrantedAuthority("ROLE_AGENT")));
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes();

    long ouvrirSaisine(MockHttpSession aidant, String objet, MockMultipartFile... pieces) throws Exception {
        var requete = multipart("/dossiers/{d}/saisines/nouvelle", dossier);
        for (MockMultipartFile piece : pieces) {
            requete.file(piece);
        }
        String cible = mvc.perform(requete.session(aidant).with(csrf()).param("organisation", Long.toString(caf))
                        .param("objet", objet).param("blocage", "Versement arrêté depuis mars sans courrier")
                        .param("tentatives", "Deux appels au 3230, un message sur caf.fr").param("consentement", "oui"))
                .andExpect(redirectedUrlPattern("/saisines/*")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(cible.substring("/saisines/".length()));
    }

    List<String> actionsJournal(long dossierId, ResultatAcces resultat) {
        return journal.duDossier(dossierId).stream().filter(e -> e.resultat() == resultat).map(EntreeJournal::action).toList();
    }

    Map<String, Object> derniereNotification(String modele) {
        return jdbc.queryForMap("SELECT * FROM notification WHERE modele_code = ? ORDER BY id DESC LIMIT 1", modele);
    }

    @Test
    void l_aidant_saisit_la_caf_l_agent_de_la_caf_repond_demande_une_piece_et_clot_l_aidant_est_prevenu() throws Exception {
        MockHttpSession aidant = connecter("aidant@demo.passerelle.fr");
        long aidantId = annuaire.usagerParEmail("aidant@demo.passerelle.fr").map(CompteConnecte::id)
                .orElseGet(() -> jdbc.queryForObject("SELECT id FROM compte WHERE email = 'aidant@demo.passerelle.fr'", Long.class));
        mvc.perform(get("/dossiers/{d}/saisines/nouvelle", dossier).session(aidant)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("CAF de la Gironde"), containsString("for=\"consentement\""),
                        containsString("enctype=\"multipart/form-data\""))));
        long id = ouvrirSaisine(aidant, "RSA suspendu depuis mars",
                new MockMultipartFile("pieces", "attestation.pdf", "application/pdf", PDF));
        assertThat(evenements.stream(SaisineOuverte.class)).anyMatch(e -> e.saisineId() == id && e.dossierId() == dossier
                && e.perimetre() == Perimetre.PRESTATIONS_SOCIALES);
        mvc.perform(get("/saisines/{id}", id).session(aidant)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("RSA suspendu depuis mars"), containsString("attestation.pdf"),
                        containsString("Ouverte, en attente de l&#39;organisation"))));
        mvc.perform(get("/dossiers/{d}/saisines", dossier).session(aidant))
                .andExpect(content().string(containsString("RSA suspendu depuis mars")));

        MockHttpSession agent = connecter("agent@demo.passerelle.fr");
        mvc.perform(get("/agent/saisines").session(agent)).andExpect(status().isOk())
                .andExpect(content().string(containsString("RSA suspendu depuis mars")));
        String page = mvc.perform(get("/agent/saisines/{id}", id).session(agent)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Versement arrêté depuis mars sans courrier"),
                        containsString("Camille Martin"), containsString("attestation.pdf"))))
                .andReturn().getResponse().getContentAsString();
        // L'agent ne voit que la saisine : aucun lien vers le dossier de la personne.
        assertThat(page).doesNotContain("/dossiers/");
        long pieceId = jdbc.queryForObject("SELECT id FROM saisine_piece_jointe WHERE saisine_id = ?", Long.class, id);
        byte[] telechargee = mvc.perform(get("/agent/saisines/{id}/pieces/{p}", id, pieceId).session(agent))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(telechargee).isEqualTo(PDF);
        mvc.perform(get("/saisines/{id}/pieces/{p}", id, pieceId).session(aidant)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attestation.pdf")));
        mvc.perform(get("/agent/saisines/{id}/pieces/{p}", id, pieceId + 1_000_000).session(agent)).andExpect(status().isNotFound());

        mvc.perform(post("/agent/saisines/{id}/reponse", id).session(agent).with(csrf())
                        .param("texteReponse", "Dossier repris : le versement sera rétabli sous 8 jours."))
                .andExpect(redirectedUrl("/agent/saisines/" + id + "#fil"));
        Map<String, Object> reponse = derniereNotification("saisine-reponse");
        assertThat(reponse.get("DESTINATAIRE")).isEqualTo("aidant@demo.passerelle.fr");
        assertThat(((Number) reponse.get("PERSONNE_ID")).longValue()).isEqualTo(aidantId);
        assertThat(reponse.get("CANAL")).isEqualTo("EMAIL");
        assertThat((String) reponse.get("OBJET")).isEqualTo("CAF de la Gironde a répondu : RSA suspendu depuis mars");
        assertThat((String) reponse.get("CORPS")).startsWith("Bonjour Karim.");

        mvc.perform(post("/agent/saisines/{id}/demande-piece", id).session(agent).with(csrf())
                        .param("textePiece", "Le dernier avis d'imposition"))
                .andExpect(redirectedUrl("/agent/saisines/" + id + "#fil"));
        assertThat((String) derniereNotification("saisine-piece-demandee").get("CORPS")).contains("Le dernier avis d'imposition");
        mvc.perform(get("/saisines/{id}", id).session(aidant))
                .andExpect(content().string(allOf(containsString("Pièce demandée à l&#39;aidant"),
                        containsString("Dossier repris : le versement sera rétabli sous 8 jours."))));
        mvc.perform(multipart("/saisines/{id}/messages", id).file(new MockMultipartFile("pieces", "avis.pdf", "application/pdf", PDF))
                        .session(aidant).with(csrf()).param("texte", "Voici l'avis d'imposition.").param("consentement", "oui"))
                .andExpect(redirectedUrl("/saisines/" + id + "#fil"));

        // Clôture sans issue : refus nommé, le texte est gardé.
        mvc.perform(post("/agent/saisines/{id}/cloture", id).session(agent).with(csrf()).param("texteCloture", "Versement rétabli."))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Choisissez l&#39;issue de la saisine"),
                        containsString("Versement rétabli."), containsString("aria-labelledby=\"issue-legende issue-erreur\""))));
        mvc.perform(post("/agent/saisines/{id}/cloture", id).session(agent).with(csrf()).param("issue", "RESOLUE")
                        .param("texteCloture", "Versement rétabli."))
                .andExpect(redirectedUrl("/agent/saisines/" + id));
        assertThat((String) derniereNotification("saisine-close-resolue").get("OBJET")).isEqualTo("Saisine résolue : RSA suspendu depuis mars");
        assertThat(evenements.stream(SaisineClose.class)).anyMatch(e -> e.saisineId() == id && e.issue().equals("RESOLUE"));
        mvc.perform(get("/saisines/{id}", id).session(aidant))
                .andExpect(content().string(allOf(containsString("Close : Résolue"), containsString("avis.pdf"),
                        not(containsString("formulaire-message")))));
        mvc.perform(post("/agent/saisines/{id}/reponse", id).session(agent).with(csrf()).param("texteReponse", "Encore"))
                .andExpect(content().string(containsString("Cette saisine est close")));
        assertThat(actionsJournal(dossier, ResultatAcces.AUTORISE)).contains("saisine ouverte",
                "consultation d'une saisine par l'organisation", "réponse de l'organisation",
                "pièce demandée par l'organisation", "message à l'organisation",
                "saisine close : résolue : le dossier est débloqué");
    }

    @Test
    void un_agent_d_une_autre_organisation_est_refuse_et_la_tentative_journalisee() throws Exception {
        long id = ouvrirSaisine(connecter("aidant@demo.passerelle.fr"), "Prime d'activité non versée",
                new MockMultipartFile("pieces", "bulletin.pdf", "application/pdf", PDF));
        long pieceId = jdbc.queryForObject("SELECT id FROM saisine_piece_jointe WHERE saisine_id = ?", Long.class, id);
        mvc.perform(get("/agent/saisines/{id}/pieces/{p}", id, pieceId).with(authentication(agentCpam())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/agent/saisines/{id}", id).with(authentication(agentCpam())))
                .andExpect(status().isForbidden())
                .andExpect(content().string(allOf(containsString("adressée à une autre organisation que la vôtre"),
                        not(containsString("Prime d&#39;activité non versée")))));
        mvc.perform(post("/agent/saisines/{id}/reponse", id).with(authentication(agentCpam())).with(csrf())
                        .param("texteReponse", "Je réponds quand même"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/agent/saisines").with(authentication(agentCpam()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Prime d&#39;activité non versée"))));
        assertThat(journal.duDossier(dossier)).anyMatch(e -> e.resultat() == ResultatAcces.REFUSE
                && e.action().equals("consultation d'une saisine par l'organisation") && e.motif().contains("autre organisation"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM saisine_message WHERE saisine_id = ?", Integer.class, id)).isZero();
        // Les rôles sont séparés : l'agent n'ouvre pas les pages aidant, l'aidant pas les pages agent.
        mvc.perform(get("/saisines/{id}", id).with(authentication(agentCpam()))).andExpect(status().isForbidden());
        mvc.perform(get("/agent/saisines").session(connecter("aidant@demo.passerelle.fr"))).andExpect(status().isForbidden());
    }

    @Test
    void sans_mandat_couvrant_le_perimetre_l_aidant_est_refuse_avec_la_raison() throws Exception {
        MockHttpSession aidant = connecter("aidant@demo.passerelle.fr");
        long sansMandat = dossier + 1;
        mvc.perform(get("/dossiers/{d}/saisines", sansMandat).session(aidant)).andExpect(status().isForbidden())
                .andExpect(content().string(allOf(containsString("Accès refusé"),
                        containsString("Aucun mandat actif de cette personne ne couvre le périmètre"))));
        // Le mandat couvre les prestations sociales, pas la santé : saisir la CPAM est refusé, avec la raison.
        mvc.perform(multipart("/dossiers/{d}/saisines/nouvelle", dossier).session(aidant).with(csrf())
                        .param("organisation", Long.toString(cpam)).param("objet", "Carte Vitale").param("blocage", "b")
                        .param("tentatives", "t").param("consentement", "oui"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("ne couvre le périmètre « Santé")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM saisine WHERE dossier_id = ?", Integer.class, dossier)).isZero();
    }

    @Test
    void piece_trop_lourde_ou_d_un_autre_type_refusee_avec_la_raison_et_journalisee() throws Exception {
        MockHttpSession aidant = connecter("aidant@demo.passerelle.fr");
        byte[] lourd = new byte[6 * 1024 * 1024];
        System.arraycopy(PDF, 0, lourd, 0, PDF.length);
        mvc.perform(multipart("/dossiers/{d}/saisines/nouvelle", dossier)
                        .file(new MockMultipartFile("pieces", "scan.pdf", "application/pdf", lourd))
                        .file(new MockMultipartFile("pieces", "facture.pdf", "application/pdf", "MZ exécutable".getBytes()))
                        .session(aidant).with(csrf()).param("organisation", Long.toString(caf)).param("objet", "APL suspendue")
                        .param("blocage", "Plus de versement").param("tentatives", "Un appel").param("consentement", "oui"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<title>Erreur : nouvelle saisine"),
                        containsString("« scan.pdf » est trop lourd (6,0 Mo) : 5 Mo au plus"),
                        containsString("« facture.pdf » n&#39;est ni un PDF, ni une image JPEG, ni une image PNG"),
                        containsString("aria-describedby=\"pieces-aide pieces-erreur\""),
                        containsString("value=\"APL suspendue\""), containsString("Plus de versement"))));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM saisine WHERE dossier_id = ?", Integer.class, dossier)).isZero();
        assertThat(journal.duDossier(dossier)).filteredOn(e -> e.action().equals("pièce refusée")
                && e.resultat() == ResultatAcces.REFUSE).extracting(EntreeJournal::motif)
                .contains("fichier trop lourd (6,0 Mo, 5 Mo au plus)", "fichier qui n'est ni un PDF, ni un JPEG, ni un PNG (contenu vérifié)")
                .noneMatch(m -> m.contains("scan.pdf") || m.contains("facture.pdf"));
    }

    @Test
    void organisation_inconnue_et_champs_manquants_refuses_en_les_nommant() throws Exception {
        MockHttpSession aidant = connecter("aidant@demo.passerelle.fr");
        mvc.perform(multipart("/dossiers/{d}/saisines/nouvelle", dossier).session(aidant).with(csrf())
                        .param("organisation", "987654321").param("objet", "Titre de séjour").param("blocage", "")
                        .param("tentatives", "Trois rendez-vous manqués"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("L&#39;organisation n° 987654321 n&#39;existe pas dans Passerelle"),
                        containsString("Décrivez ce qui est bloqué"), containsString("Cochez la case"),
                        containsString("aria-describedby=\"organisation-aide organisation-erreur\""),
                        containsString("value=\"Titre de séjour\""), containsString("Trois rendez-vous manqués"))));
        assertThat(journal.duDossier(dossier)).anyMatch(e -> e.resultat() == ResultatAcces.REFUSE
                && e.action().equals("saisine refusée") && e.motif().equals("organisation inconnue (n° 987654321)"));
        mvc.perform(multipart("/dossiers/{d}/saisines/nouvelle", dossier).session(aidant).with(csrf())
                        .param("organisation", "la CAF").param("objet", "x").param("blocage", "b").param("tentatives", "t")
                        .param("consentement", "oui"))
                .andExpect(content().string(containsString("« la CAF » n&#39;est pas dans la liste")));
    }

    @Test
    void une_saisine_sans_reponse_au_dela_du_delai_est_signalee_en_retard_et_passe_en_tete() throws Exception {
        MockHttpSession aidant = connecter("aidant@demo.passerelle.fr");
        MockHttpSession agent = connecter("agent@demo.passerelle.fr");
        String marque = UUID.randomUUID().toString().substring(0, 8);
        long ancienne = ouvrirSaisine(aidant, "Ancienne " + marque);
        HORLOGE.avancer(Duration.ofDays(5));
        long recente = ouvrirSaisine(aidant, "Récente " + marque);
        mvc.perform(post("/agent/saisines/{id}/reponse", ancienne).session(agent).with(csrf()).param("texteReponse", "Vu."));
        HORLOGE.avancer(Duration.ofDays(1));
        mvc.perform(multipart("/saisines/{id}/messages", ancienne).session(aidant).with(csrf()).param("texte", "Des nouvelles ?"));

        HORLOGE.avancer(Duration.ofDays(9)); // J+15 : la récente attend depuis 10 jours pile, pas encore en retard
        assertThat(ligne(agent, recente)).doesNotContain("En retard");
        HORLOGE.avancer(Duration.ofHours(1));
        String retard = ligne(agent, recente);
        assertThat(retard).contains("En retard : sans réponse au-delà de 10 jours");
        assertThat(ligne(agent, ancienne)).doesNotContain("En retard");
        String liste = mvc.perform(get("/agent/saisines").session(agent)).andReturn().getResponse().getContentAsString();
        assertThat(liste.indexOf("Récente " + marque)).isLessThan(liste.indexOf("Ancienne " + marque));
        // Filtre par état ; état inconnu refusé en le nommant.
        mvc.perform(get("/agent/saisines").param("etat", "EN_COURS").session(agent))
                .andExpect(content().string(allOf(containsString("Ancienne " + marque), not(containsString("Récente " + marque)))));
        mvc.perform(get("/agent/saisines").param("etat", "PERDUE").session(agent))
                .andExpect(content().string(allOf(containsString("État : « PERDUE » n&#39;est pas un choix possible"),
                        containsString("aria-describedby=\"etat-aide etat-erreur\""))));
        mvc.perform(get("/saisines/{id}", recente).session(aidant)).andExpect(content().string(containsString("En retard")));
    }

    String ligne(MockHttpSession agent, long id) throws Exception {
        String page = mvc.perform(get("/agent/saisines").session(agent)).andReturn().getResponse().getContentAsString();
        int debut = page.indexOf("data-saisine=\"" + id + "\"");
        assertThat(debut).isPositive();
        return page.substring(debut, page.indexOf("</tr>", debut));
    }

    @Test
    void lettre_de_droit_a_l_erreur_en_pdf_puis_suivi_de_la_reponse() throws Exception {
        MockHttpSession aidant = connecter("aidant@demo.passerelle.fr");
        mvc.perform(post("/dossiers/{d}/rectifications", dossier).session(aidant).with(csrf())
                        .param("organisation", Long.toString(caf)).param("declareLe", "2026-09-01")
                        .param("ceQuiEtaitFaux", "").param("ceQuiEstJuste", "Salaire de mars : 1 200 €"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Écrivez l&#39;information fausse"),
                        containsString("La date de la déclaration est dans le futur"),
                        containsString("Salaire de mars : 1 200 €"), containsString("value=\"2026-09-01\""))));
        mvc.perform(post("/dossiers/{d}/rectifications", dossier).session(aidant).with(csrf())
                        .param("organisation", Long.toString(caf)).param("declareLe", "02/04/2026")
                        .param("ceQuiEtaitFaux", "Salaire de mars déclaré : 900 €").param("ceQuiEstJuste", "Salaire de mars : 1 200 €"))
                .andExpect(redirectedUrlPattern("/dossiers/" + dossier + "/rectifications#lettre-*"));
        long lettre = jdbc.queryForObject("SELECT id FROM lettre_rectification WHERE dossier_id = ?", Long.class, dossier);
        byte[] pdf = mvc.perform(get("/dossiers/{d}/rectifications/{l}.pdf", dossier, lettre).session(aidant))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        PdfReader lecteur = new PdfReader(pdf);
        assertThat(lecteur.getPageSize(1).getWidth()).isBetween(594f, 596f); // A4 : 595 × 842 points
        String texte = new PdfTextExtractor(lecteur).getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(texte).contains("Camille Martin", "CAF de la Gironde", "Salaire de mars déclaré : 900 €",
                "Salaire de mars : 1 200 €", "2 avril 2026", "droit à l'erreur", "L123-1");
        mvc.perform(post("/dossiers/{d}/rectifications/{l}/suivi", dossier, lettre).session(aidant).with(csrf())
                        .param("envoyeeLe", "2026-05-20").param("reponseLe", "2026-05-10").param("issue", "ACCEPTEE"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ne peut pas précéder l&#39;envoi"),
                        containsString("value=\"2026-05-10\""))));
        mvc.perform(post("/dossiers/{d}/rectifications/{l}/suivi", dossier, lettre).session(aidant).with(csrf())
                        .param("envoyeeLe", "2026-05-20").param("reponseLe", "2026-05-28").param("issue", "ACCEPTEE"))
                .andExpect(redirectedUrl("/dossiers/" + dossier + "/rectifications#lettre-" + lettre));
        mvc.perform(get("/dossiers/{d}/rectifications", dossier).session(aidant))
                .andExpect(content().string(allOf(containsString("Envoyée le 20 mai 2026"),
                        containsString("réponse reçue le 28 mai 2026 : Droit à l&#39;erreur accepté"))));
        assertThat(actionsJournal(dossier, ResultatAcces.AUTORISE)).contains("lettre de rectification rédigée",
                "suivi d'une lettre de rectification");
        // Une lettre à la CPAM demande un mandat « santé » que la personne n'a pas donné.
        mvc.perform(post("/dossiers/{d}/rectifications", dossier).session(aidant).with(csrf())
                        .param("organisation", Long.toString(cpam)).param("declareLe", "2026-04-02")
                        .param("ceQuiEtaitFaux", "a").param("ceQuiEstJuste", "b"))
                .andExpect(status().isForbidden()).andExpect(content().string(containsString("Santé")));
    }
}
