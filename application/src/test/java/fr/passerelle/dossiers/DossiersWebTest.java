package fr.passerelle.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import fr.passerelle.comptes.Role;
import fr.passerelle.comptes.internal.ComptesService;
import fr.passerelle.comptes.internal.domaine.AdresseEmail;
import fr.passerelle.comptes.internal.domaine.Compte;
import fr.passerelle.dossiers.DossiersDeTest.EtatMandat;
import fr.passerelle.dossiers.internal.persistance.DossierJdbc;
import fr.passerelle.journal.EntreeJournal;
import fr.passerelle.journal.Journal;
import fr.passerelle.journal.ResultatAcces;
import fr.passerelle.mandats.PersonnesMandantes;
import fr.passerelle.structures.ReferentielStructures;
import fr.passerelle.structures.Structure;
import fr.passerelle.structures.TypeStructure;

/**
 * Les pages des dossiers de bout en bout (MockMvc, vraie base, vrais modules journal et mandats) : création et
 * erreurs nommées, NIR chiffré, recherche dans la structure, travail sous mandat, « Joindre au dossier » depuis Mes
 * droits, espace de la personne, export et effacement avec un journal intact.
 */
@SpringBootTest(properties = "passerelle.notifications.ordonnanceur.actif=false")
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class DossiersWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DossierJdbc dossierJdbc;
    @Autowired
    Journal journal;
    @Autowired
    Dossiers dossiersApi;
    @Autowired
    PersonnesMandantes personnes;
    @Autowired
    ComptesService comptes;
    @Autowired
    ReferentielStructures referentiel;
    @Autowired
    PasswordEncoder encodeur;
    @Autowired
    Clock horloge;

    DossiersDeTest dossiers;
    long begles;

    @BeforeEach
    void preparer() {
        dossiers = new DossiersDeTest(dossierJdbc, jdbc);
        begles = referentiel.enregistrer(new Structure(null, "France services de Bègles", TypeStructure.FRANCE_SERVICES,
                "Bègles", "33130")).id();
    }

    MockHttpSession connecter(String email) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/connexion").session(session).with(csrf()).param("email", email).param("motDePasse", "passerelle-demo"))
                .andExpect(redirectedUrl("/mon-espace"));
        return session;
    }

    long usager(String email) {
        if (comptes.parEmail(email).isEmpty()) {
            comptes.creerSiAbsent(Compte.nouveau(new AdresseEmail(email), "Élodie Test", Role.USAGER, null, null, horloge),
                    encodeur.encode("passerelle-demo"));
        }
        return comptes.parEmail(email).orElseThrow().compte().id();
    }

    long idDe(String redirection) {
        return Long.parseLong(redirection.replaceAll("^/dossiers/(\\d+).*$", "$1"));
    }

    @Test
    void creation_refusee_nomme_chaque_champ_et_garde_la_saisie() throws Exception {
        MockHttpSession aidant = connecter("aidant@demo.passerelle.fr");
        mvc.perform(post("/dossiers/nouveau").session(aidant).with(csrf()).param("nom", "").param("prenom", "Élodie")
                        .param("dateNaissance", "31/02/1990").param("commune", "Bègles").param("portable", "05 12")
                        .param("courriel", "elodie@").param("nir", "2 84 12 33 063 045 38").param("compte", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<title>Erreur : nouveau dossier"),
                        containsString("Nom : ce champ est obligatoire."), containsString("Date de naissance : cette date n&#39;est pas lisible"),
                        containsString("Téléphone portable : il faut un numéro de portable"), containsString("Courriel : cette adresse n&#39;est pas lisible"),
                        containsString("la clé (les 2 derniers chiffres) ne correspond pas"),
                        containsString("aria-describedby=\"nir-aide nir-erreur\""), containsString("value=\"Élodie\""),
                        containsString("value=\"31/02/1990\""), containsString("value=\"2 84 12 33 063 045 38\""), containsString("value=\"05 12\""))));
        // Un NIR valide mais d'une autre année que la date de naissance est refusé aussi.
        mvc.perform(post("/dossiers/nouveau").session(aidant).with(csrf()).param("nom", "Test").param("prenom", "Élodie")
                        .param("dateNaissance", "03/12/1990").param("commune", "Bègles").param("nir", "284123306304537"))
                .andExpect(content().string(containsString("ne correspondent pas à la date de naissance")));
        mvc.perform(post("/dossiers/nouveau").session(aidant).with(csrf()).param("nom", "Test").param("prenom", "Élodie")
                        .param("dateNaissance", "03/12/1984").param("commune", "Bègles").param("compte", "personne.inconnue@exemple.fr"))
                .andExpect(content().string(containsString("aucun compte usager n&#39;a l&#39;adresse personne.inconnue@exemple.fr")));
    }

    @Test
    void creation_lie_le_compte_par_le_courriel_chiffre_le_nir_et_sans_mandat_ne_montre_que_l_en_tete() throws Exception {
        long compte = usager("elodie.lien@exemple.fr");
        MockHttpSession aidant = connecter("aidant@demo.passerelle.fr");
        String redirection = mvc.perform(post("/dossiers/nouveau").session(aidant).with(csrf()).param("nom", "Le-Bihan")
                        .param("prenom", "Élodie").param("dateNaissance", "1984-12-03").param("commune", "Bègles")
                        .param("portable", "+33 6 12 34 56 78").param("courriel", "Elodie.Lien@exemple.fr")
                        .param("nir", "2 84 12 33 063 045 37"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = idDe(redirection);
        assertThat(personnes.mandant(id)).hasValueSatisfying(m -> {
            assertThat(m.structureId()).isEqualTo(begles);
            assertThat(m.nomComplet()).isEqualTo("Élodie Le-Bihan");
            assertThat(m.telephone()).contains("06 12 34 56 78");
            assertThat(m.compteUsagerId()).contains(compte);
        });
        assertThat(dossiersApi.dePersonne(compte)).extracting(DossierVu::id).contains(id);
        String stocke = jdbc.sql("SELECT nir_chiffre FROM dossier_identite WHERE dossier_id = :d").param("d", id).query(String.class).single();
        assertThat(stocke).doesNotContain("284123306304537").doesNotContain("063 045");
        mvc.perform(get("/dossiers/" + id).session(aidant)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Dossier de Élodie Le-Bihan"), containsString("03/12/1984"),
                        containsString("role=\"alert\" id=\"raison-refus\""), containsString("Aucun mandat"),
                        containsString("href=\"/dossiers/" + id + "/mandats/nouveau\""),
                        not(containsString("2 84 12 33")), not(containsString("06 12 34 56 78")), not(containsString("elodie.lien@")))));
        assertThat(journal.duDossier(id)).anyMatch(e -> e.action().equals("consultation du dossier")
                && e.resultat() == ResultatAcces.REFUSE && e.motif().equals("aucun mandat"));
        // Recherche : sans accents, dans la structure seulement (le dossier du CCAS de démonstration n'apparaît jamais).
        mvc.perform(get("/dossiers").session(aidant).param("nom", "elodie le bihan"))
                .andExpect(content().string(allOf(containsString("href=\"/dossiers/" + id + "\""), containsString("Le-Bihan Élodie"))));
        mvc.perform(get("/dossiers").session(aidant).param("nom", "durand"))
                .andExpect(content().string(allOf(containsString("Aucun dossier ne correspond"), not(containsString("Jean")))));
    }

    @Test
    void sous_mandat_l_aidant_complete_le_dossier_et_une_saisie_refusee_revient_remplie() throws Exception {
        var cree = dossiers.creer(begles, Optional.empty());
        dossiers.mandat(cree.id(), begles, EtatMandat.ACTIF_COUVRANT);
        MockHttpSession aidant = connecter("aidant@demo.passerelle.fr");
        String url = "/dossiers/" + cree.id();
        mvc.perform(post(url + "/echanges").session(aidant).with(csrf()).param("canal", "").param("objet", "Appel pour la CAF"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Canal : choisissez par où"),
                        containsString("Réglé au premier contact : répondez oui ou non."), containsString("Appel pour la CAF</textarea>"),
                        containsString("aria-labelledby=\"regle-legende regle-erreur\""))));
        mvc.perform(post(url + "/echanges").session(aidant).with(csrf()).param("canal", "MARAUDE").param("objet", "Rencontre en maraude")
                .param("regle", "non")).andExpect(redirectedUrl(url + "#echanges"));
        mvc.perform(post(url + "/droits/" + cree.droitId()).session(aidant).with(csrf()).param("statut", "ACCORDE"))
                .andExpect(redirectedUrl(url + "#droits"));
        mvc.perform(post(url + "/pieces").session(aidant).with(csrf()).param("piece", "Relevé d'identité bancaire"))
                .andExpect(redirectedUrl(url + "#pieces"));
        mvc.perform(post(url + "/pieces/reunies").session(aidant).with(csrf()).param("reunie", String.valueOf(cree.pieceId())))
                .andExpect(redirectedUrl(url + "#pieces"));
        mvc.perform(post(url + "/diagnostic").session(aidant).with(csrf()).param("EQUIPEMENT", "oui").param("COURRIEL", "oui")
                .param("droitMenace", "oui")).andExpect(redirectedUrl(url + "#diagnostic"));
        mvc.perform(post(url + "/demarches").session(aidant).with(csrf()).param("intitule", "Carte grise").param("organisation", "ANTS")
                        .param("statutDemarche", "A_FAIRE").param("prochaineEtape", "Se connecter").param("perimetre", "TRANSPORT"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(allOf(containsString("Le mandat ne couvre pas"), not(containsString(DossiersDeTest.NIR)))));
        mvc.perform(get(url).session(aidant)).andExpect(status().isOk()).andExpect(content().string(allOf(
                containsString("Rencontre en maraude"), containsString("En maraude (aller-vers)"), containsString("Accordé"),
                containsString("Relevé d&#39;identité bancaire"), containsString("id=\"piece-" + cree.pieceId() + "\" value=\"" + cree.pieceId() + "\" checked"),
                containsString("Urgence numérique"), containsString("50 % des demandes réglées au premier contact"),
                containsString("1 démarche(s) masquée(s)"), containsString(DossiersDeTest.NIR),
                containsString("href=\"/mes-droits?dossier=" + cree.id() + "\""))));
        assertThat(journal.duDossier(cree.id())).anyMatch(e -> e.action().equals("ajout d'une démarche")
                && e.resultat() == ResultatAcces.REFUSE);
    }

    @Test
    void joindre_au_dossier_les_droits_trouves_par_le_questionnaire_sous_mandat_prestations_sociales() throws Exception {
        var sansMandat = dossiers.creer(begles, Optional.empty());
        var avecMandat = dossiers.creer(begles, Optional.empty());
        dossiers.mandat(avecMandat.id(), begles, EtatMandat.ACTIF_COUVRANT);
        MockHttpSession aidant = connecter("aidant@demo.passerelle.fr");
        for (var cree : List.of(sansMandat, avecMandat)) {
            mvc.perform(get("/mes-droits").param("dossier", String.valueOf(cree.id())).session(aidant)).andExpect(status().isOk());
            repondre(aidant);
            mvc.perform(get("/mes-droits/resultats").session(aidant)).andExpect(content().string(allOf(
                    containsString("Joindre au dossier"), containsString("dossier n° <span>" + cree.id() + "</span>"))));
        }
        // La session porte maintenant le dossier avec mandat ; on revient au premier (sans mandat) pour le refus.
        mvc.perform(get("/mes-droits").param("dossier", String.valueOf(sansMandat.id())).session(aidant));
        repondre(aidant);
        mvc.perform(post("/mes-droits/joindre").session(aidant).with(csrf())).andExpect(status().isForbidden())
                .andExpect(content().string(allOf(containsString("Droits non joints au dossier"), containsString("Aucun mandat."))));
        assertThat(journal.duDossier(sansMandat.id())).anyMatch(e -> e.action().equals("droits trouvés joints au dossier")
                && e.resultat() == ResultatAcces.REFUSE);
        mvc.perform(get("/mes-droits").param("dossier", String.valueOf(avecMandat.id())).session(aidant));
        repondre(aidant);
        mvc.perform(post("/mes-droits/joindre").session(aidant).with(csrf())).andExpect(redirectedUrl("/dossiers/" + avecMandat.id() + "#droits"));
        mvc.perform(get("/dossiers/" + avecMandat.id()).session(aidant))
                .andExpect(content().string(allOf(containsString("Revenu de solidarité active"), containsString("À demander"))));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier_droit WHERE dossier_id = :d").param("d", avecMandat.id())
                .query(Long.class).single()).isGreaterThan(1);
        // Un usager ne peut pas joindre (règle de sécurité) et n'a pas de bouton.
        mvc.perform(post("/mes-droits/joindre").session(connecter("usager@demo.passerelle.fr")).with(csrf())).andExpect(status().isForbidden());
    }

    private void repondre(MockHttpSession session) throws Exception {
        for (String[] etape : List.of(new String[] {"foyer", "age", "35", "couple", "non", "enfants", "0"},
                new String[] {"revenus", "salaire", "", "retraite", "0", "chomage", ""},
                new String[] {"handicap", "handicap", "AUCUN"},
                new String[] {"logement", "logement", "HEBERGE", "commune", "33130"})) {
            var requete = post("/mes-droits/" + etape[0]).session(session).with(csrf()).param("action", "continuer");
            for (int i = 1; i < etape.length; i += 2) {
                requete.param(etape[i], etape[i + 1]);
            }
            mvc.perform(requete).andExpect(status().is3xxRedirection());
        }
    }

    @Autowired
    fr.passerelle.echeances.internal.ServiceEcheancier echeancier;

    @Test
    void sous_mandat_l_aidant_voit_l_echeancier_de_la_personne_dont_le_compte_est_lie() throws Exception {
        long compte = usager("personne.echeancier@exemple.fr");
        var lie = dossiers.creer(begles, Optional.of(compte));
        var nonLie = dossiers.creer(begles, Optional.empty());
        dossiers.mandat(lie.id(), begles, EtatMandat.ACTIF_COUVRANT);
        dossiers.mandat(nonLie.id(), begles, EtatMandat.ACTIF_COUVRANT);
        java.time.LocalDateTime dans10Jours = echeancier.maintenant().plusDays(10).withHour(14).withMinute(30);
        echeancier.ajouterRendezVous(compte, "Élodie", dans10Jours, "France services de Bègles",
                "Dossier de retraite à compléter", "Karim Aidant");
        MockHttpSession aidant = connecter("aidant@demo.passerelle.fr");

        mvc.perform(get("/dossiers/" + lie.id()).session(aidant)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Échéancier de la personne"),
                        containsString("Dossier de retraite à compléter"),
                        containsString(dans10Jours.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))))));
        mvc.perform(get("/dossiers/" + nonLie.id()).session(aidant)).andExpect(status().isOk())
                .andExpect(content().string(containsString("n’est pas lié au compte Passerelle de la personne")));

        // Sans mandat : pas d'échéancier (ni rien d'autre que l'en-tête).
        var sansMandat = dossiers.creer(begles, Optional.of(compte));
        mvc.perform(get("/dossiers/" + sansMandat.id()).session(aidant)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Dossier de retraite à compléter"))));
    }

    @Test
    void la_personne_voit_son_dossier_qui_l_a_consulte_exporte_et_efface_et_le_journal_reste_intact() throws Exception {
        long compte = usager("personne.espace@exemple.fr");
        var cree = dossiers.creer(begles, Optional.of(compte));
        dossiers.mandat(cree.id(), begles, EtatMandat.ACTIF_COUVRANT);
        MockHttpSession aidant = connecter("aidant@demo.passerelle.fr");
        mvc.perform(get("/dossiers/" + cree.id()).session(aidant)).andExpect(status().isOk());
        MockHttpSession personne = connecter("personne.espace@exemple.fr");
        mvc.perform(get("/mon-dossier").session(personne)).andExpect(status().isOk()).andExpect(content().string(allOf(
                containsString("Qui a consulté mon dossier, et quand"), containsString("Karim Aidant (France services de Bègles)"),
                containsString("consultation du dossier"), containsString(DossiersDeTest.DROIT), containsString(DossiersDeTest.NIR),
                containsString(DossiersDeTest.DEMARCHE_SANTE))));
        mvc.perform(get("/mon-dossier/" + cree.id() + "/export.json").session(personne)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().string(allOf(containsString("\"numeroSecuriteSociale\":\"284123306304537\""),
                        containsString(DossiersDeTest.DROIT), containsString(DossiersDeTest.ECHANGE),
                        containsString("\"qui\":\"Karim Aidant (France services de Bègles)\""), containsString("\"mandats\":[{"))));
        byte[] pdf = mvc.perform(get("/mon-dossier/" + cree.id() + "/export.pdf").session(personne)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        // Confirmation manquante : rien n'est effacé.
        mvc.perform(post("/mon-dossier/" + cree.id() + "/effacer").session(personne).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Rien n&#39;a été effacé")));
        assertThat(dossierJdbc.lire(cree.id())).isPresent();
        int entreesAvant = journal.duDossier(cree.id()).size();
        mvc.perform(post("/mon-dossier/" + cree.id() + "/effacer").session(personne).with(csrf()).param("confirmation", "oui"))
                .andExpect(redirectedUrl("/mon-dossier"));
        // Plus rien de la personne : ni identité ni contenu ; l'aidant ne trouve plus le dossier ; le port des mandats non plus.
        for (String table : List.of("dossier_identite", "dossier_droit", "dossier_demarche", "dossier_piece", "dossier_echange")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE dossier_id = :d").param("d", cree.id())
                    .query(Long.class).single()).as(table).isZero();
        }
        assertThat(personnes.mandant(cree.id())).isEmpty();
        assertThat(dossiersApi.dePersonne(compte)).isEmpty();
        mvc.perform(get("/dossiers/" + cree.id()).session(aidant)).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(DossiersDeTest.NOM))));
        mvc.perform(get("/mon-dossier").session(personne)).andExpect(content().string(containsString("Aucun dossier n’est lié")));
        // Le journal est intact, garde ses entrées (plus celle de l'effacement) et ne contient aucune donnée de la personne.
        List<EntreeJournal> apres = journal.duDossier(cree.id());
        assertThat(apres.size()).isGreaterThan(entreesAvant);
        assertThat(apres).anyMatch(e -> e.action().startsWith("effacement du dossier"));
        assertThat(journal.verifier().intacte()).isTrue();
        assertThat(apres).anyMatch(e -> e.acteurNom().equals("la personne") && e.action().equals("consultation par la personne"));
        for (EntreeJournal e : apres) {
            assertThat(e.acteurNom()).as("le nom du compte usager n'est pas au journal").doesNotContain("Élodie Test");
            assertThat(e.action() + " " + e.motif() + " " + e.acteurNom())
                    .doesNotContain(DossiersDeTest.NOM).doesNotContain("Zoe").doesNotContain("284123306304537")
                    .doesNotContain(DossiersDeTest.NIR).doesNotContain(DossiersDeTest.PORTABLE).doesNotContain(DossiersDeTest.DROIT);
        }
    }

    @Test
    void l_aidant_exporte_sous_mandat_et_efface_a_la_demande_de_la_personne() throws Exception {
        var cree = dossiers.creer(begles, Optional.empty());
        dossiers.mandat(cree.id(), begles, EtatMandat.ACTIF_NE_COUVRANT_PAS);
        MockHttpSession aidant = connecter("aidant@demo.passerelle.fr");
        // Le mandat ne couvre pas les prestations sociales : les droits ne sont pas dans l'export de l'aidant.
        mvc.perform(get("/dossiers/" + cree.id() + "/export.json").session(aidant)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(DossiersDeTest.ECHANGE), not(containsString(DossiersDeTest.DROIT)),
                        containsString("le mandat ne couvre pas les prestations sociales"))));
        mvc.perform(post("/dossiers/" + cree.id() + "/effacer").session(aidant).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("cochez la case pour confirmer")));
        mvc.perform(post("/dossiers/" + cree.id() + "/effacer").session(aidant).with(csrf()).param("confirmation", "oui"))
                .andExpect(redirectedUrl("/dossiers"));
        assertThat(dossierJdbc.lire(cree.id())).isEmpty();
        assertThat(dossierJdbc.efface(cree.id())).isTrue();
        assertThat(journal.verifier().intacte()).isTrue();
    }

    @Test
    void api_ouvrir_exige_le_perimetre_dans_la_structure_et_journalise() {
        var cree = dossiers.creer(begles, Optional.empty());
        dossiers.mandat(cree.id(), begles, EtatMandat.ACTIF_COUVRANT);
        var aidant = comptes.vue(comptes.parEmail("aidant@demo.passerelle.fr").orElseThrow().compte());
        DossierVu vu = dossiersApi.ouvrir(aidant, cree.id(), fr.passerelle.mandats.Perimetre.PRESTATIONS_SOCIALES, "ouverture d'une saisine");
        assertThat(vu.nomComplet()).isEqualTo("Zoe " + DossiersDeTest.NOM);
        assertThat(vu.structureId()).isEqualTo(begles);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dossiersApi.ouvrir(aidant, cree.id(),
                        fr.passerelle.mandats.Perimetre.SANTE, "lettre de rectification"))
                .isInstanceOf(fr.passerelle.mandats.AccesRefuse.class).hasMessageContaining("ne couvre pas");
        assertThat(journal.duDossier(cree.id())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("ouverture d'une saisine");
            assertThat(e.resultat()).isEqualTo(ResultatAcces.AUTORISE);
            assertThat(e.motif()).startsWith("mandat n° ");
        }).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("lettre de rectification");
            assertThat(e.resultat()).isEqualTo(ResultatAcces.REFUSE);
        });
        // Un dossier d'une autre structure : refusé comme inexistant, et tracé.
        long ccas = referentiel.enregistrer(new Structure(null, "CCAS de Bordeaux", TypeStructure.CCAS, "Bordeaux", "33000")).id();
        var ailleurs = dossiers.creer(ccas, Optional.empty());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dossiersApi.ouvrir(aidant, ailleurs.id(),
                fr.passerelle.mandats.Perimetre.PRESTATIONS_SOCIALES, "ouverture d'une saisine"))
                .isInstanceOf(fr.passerelle.mandats.AccesRefuse.class).hasMessageContaining("n'existe pas dans votre structure");
        assertThat(journal.duDossier(ailleurs.id())).anyMatch(e -> e.resultat() == ResultatAcces.REFUSE
                && e.motif().equals("dossier d'une autre structure"));
    }
}
