package fr.passerelle.saisines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import fr.passerelle.comptes.Annuaire;
import fr.passerelle.journal.EntreeJournal;
import fr.passerelle.journal.Journal;
import fr.passerelle.journal.ResultatAcces;
import fr.passerelle.structures.ReferentielStructures;
import fr.passerelle.structures.TypeOrganisation;

/**
 * Saisines avec les vrais modules dossiers, mandats et journal (aucune doublure) : dossier créé par les pages de
 * l'aidant, mandat « prestations sociales » signé à l'écran, saisine de la CAF ; la CPAM est refusée avec la raison
 * donnée par le module mandats ; après révocation du mandat, le fil de la saisine est refusé à l'instant ; l'effacement
 * du dossier (RGPD) efface ses saisines et ses lettres.
 * Le mandat est recueilli et révoqué par les pages du module mandats.
 */
@SpringBootTest(properties = "passerelle.notifications.ordonnanceur.actif=false")
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class SaisinesBoutEnBoutTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Annuaire annuaire;
    @Autowired
    Journal journal;
    @Autowired
    ReferentielStructures referentiel;
    @Autowired
    JdbcTemplate jdbc;

    MockHttpSession connecter(String email) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/connexion").session(session).with(csrf()).param("email", email).param("motDePasse", "passerelle-demo"))
                .andExpect(redirectedUrl("/mon-espace"));
        return session;
    }

    /** Mandat « prestations sociales » de trois mois, signé à l'écran, par les pages du module mandats. */
    long signerMandat(MockHttpSession aidant, long dossier, String nomComplet) throws Exception {
        String signature = mvc.perform(post("/dossiers/{d}/mandats/nouveau", dossier).session(aidant).with(csrf())
                        .param("perimetres", "PRESTATIONS_SOCIALES").param("duree", "3").param("unite", "MOIS")
                        .param("mode", "SIGNATURE_ECRAN"))
                .andExpect(redirectedUrlPattern("/dossiers/" + dossier + "/mandats/*/signature"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(signature).session(aidant).with(csrf()).param("accepte", "oui").param("nom", nomComplet))
                .andExpect(status().is3xxRedirection());
        String chemin = signature.substring(0, signature.length() - "/signature".length());
        return Long.parseLong(chemin.substring(chemin.lastIndexOf('/') + 1));
    }

    @Test
    void les_saisines_de_demonstration_sont_sur_le_dossier_de_demonstration() throws Exception {
        MockHttpSession agent = connecter("agent@demo.passerelle.fr");
        String liste = mvc.perform(get("/agent/saisines").session(agent)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(liste).contains("Prime d&#39;activité : versement interrompu depuis mars", "En retard",
                "Aide au logement : changement d&#39;adresse non pris en compte", "Close : Résolue")
                .doesNotContain("Complémentaire santé solidaire : dossier bloqué");
        assertThat(liste.indexOf("En retard")).isLessThan(liste.indexOf("Close : Résolue"));
    }

    @Test
    void l_export_des_donnees_de_la_personne_contient_ses_saisines_et_ses_lettres() throws Exception {
        Long dossier = jdbc.queryForObject("SELECT dossier_id FROM saisine WHERE objet = ?", Long.class,
                "Prime d'activité : versement interrompu depuis mars");
        MockHttpSession personne = connecter("usager@demo.passerelle.fr");
        String json = mvc.perform(get("/mon-dossier/{d}/export.json", dossier).session(personne))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"saisines\"", "Prime d'activité : versement interrompu depuis mars",
                "\"lettresDeRectification\"", "\"messages\"");
        byte[] pdf = mvc.perform(get("/mon-dossier/{d}/export.pdf", dossier).session(personne))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        com.lowagie.text.pdf.PdfReader lecteur = new com.lowagie.text.pdf.PdfReader(pdf);
        StringBuilder texte = new StringBuilder();
        for (int page = 1; page <= lecteur.getNumberOfPages(); page++) {
            texte.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(lecteur).getTextFromPage(page));
        }
        assertThat(texte.toString().replaceAll("\\s+", " ")).contains("Saisines des administrations", "Lettres de droit à l'erreur");
    }

    @Test
    void saisine_sous_vrai_mandat_puis_acces_perdu_a_la_revocation() throws Exception {
        MockHttpSession aidant = connecter("aidant@demo.passerelle.fr");
        String nom = "Martin-" + UUID.randomUUID().toString().substring(0, 6);
        String cible = mvc.perform(post("/dossiers/nouveau").session(aidant).with(csrf()).param("nom", nom)
                        .param("prenom", "Lou").param("dateNaissance", "1990-05-04").param("commune", "Bègles"))
                .andExpect(redirectedUrlPattern("/dossiers/*")).andReturn().getResponse().getRedirectedUrl();
        long dossier = Long.parseLong(cible.substring("/dossiers/".length()));

        // Sans mandat : refus avec la raison du module mandats.
        mvc.perform(get("/dossiers/{d}/saisines", dossier).session(aidant)).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("id=\"raison-refus\"")));

        long mandat = signerMandat(aidant, dossier, "Lou " + nom);

        mvc.perform(get("/dossiers/{d}", dossier).session(aidant))
                .andExpect(content().string(containsString("/dossiers/" + dossier + "/saisines")));
        long caf = annuaire.professionnelParEmail("agent@demo.passerelle.fr").orElseThrow().organisationId().orElseThrow();
        String fil = mvc.perform(multipart("/dossiers/{d}/saisines/nouvelle", dossier).session(aidant).with(csrf())
                        .param("organisation", Long.toString(caf)).param("objet", "RSA de " + nom)
                        .param("blocage", "Versement arrêté").param("tentatives", "Un appel").param("consentement", "oui"))
                .andExpect(redirectedUrlPattern("/saisines/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(fil).session(aidant)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("RSA de " + nom), containsString("Lou " + nom))));
        mvc.perform(get("/agent/saisines").session(connecter("agent@demo.passerelle.fr")))
                .andExpect(content().string(containsString("RSA de " + nom)));

        // Le mandat ne couvre pas la santé : saisir la CPAM est refusé, avec la raison, et rien n'est créé.
        long cpam = referentiel.organisations().stream().filter(o -> o.type() == TypeOrganisation.CPAM).findFirst()
                .orElseThrow().id();
        mvc.perform(multipart("/dossiers/{d}/saisines/nouvelle", dossier).session(aidant).with(csrf())
                        .param("organisation", Long.toString(cpam)).param("objet", "Carte Vitale")
                        .param("blocage", "b").param("tentatives", "t").param("consentement", "oui"))
                .andExpect(status().isForbidden()).andExpect(content().string(containsString("id=\"raison-refus\"")));

        mvc.perform(post("/dossiers/{d}/mandats/{m}/revoquer", dossier, mandat).session(aidant).with(csrf())
                        .param("demandeParLaPersonne", "oui"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(fil).session(aidant)).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("id=\"raison-refus\"")));
        assertThat(journal.duDossier(dossier)).extracting(EntreeJournal::action)
                .contains("ouverture d'une saisine", "saisine ouverte", "consultation d'une saisine");
        assertThat(journal.duDossier(dossier)).anyMatch(e -> e.resultat() == ResultatAcces.REFUSE
                && e.action().equals("consultation d'une saisine"));

        // Effacement du dossier à la demande de la personne (RGPD, article 17) : saisines, fil, pièces et lettres aussi.
        signerMandat(aidant, dossier, "Lou " + nom);
        mvc.perform(post("/dossiers/{d}/rectifications", dossier).session(aidant).with(csrf())
                        .param("organisation", Long.toString(caf)).param("declareLe", "2026-01-02")
                        .param("ceQuiEtaitFaux", "a").param("ceQuiEstJuste", "b"))
                .andExpect(redirectedUrlPattern("/dossiers/" + dossier + "/rectifications#lettre-*"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM saisine WHERE dossier_id = ?", Integer.class, dossier)).isEqualTo(1);
        mvc.perform(post("/dossiers/{d}/effacer", dossier).session(aidant).with(csrf()).param("confirmation", "oui"))
                .andExpect(redirectedUrl("/dossiers"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM saisine WHERE dossier_id = ?", Integer.class, dossier)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lettre_rectification WHERE dossier_id = ?", Integer.class, dossier)).isZero();
    }
}
