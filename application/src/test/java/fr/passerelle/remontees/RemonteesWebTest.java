package fr.passerelle.remontees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Remontées : saisie par un aidant, avis d'une personne, agrégation, rapport PDF et CSV, réponse, droits d'accès. */
@SpringBootTest(properties = "passerelle.notifications.ordonnanceur.actif=false")
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class RemonteesWebTest {

    @Autowired
    MockMvc mvc;

    MockHttpSession connecter(String email) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/connexion").session(session).with(csrf()).param("email", email).param("motDePasse", "passerelle-demo"))
                .andExpect(redirectedUrl("/mon-espace"));
        return session;
    }

    @Test
    void saisie_avis_agregation_rapport_et_reponse() throws Exception {
        MockHttpSession aidant = connecter("aidant@demo.passerelle.fr");
        MockHttpSession coord = connecter("coordinateur@demo.passerelle.fr");
        mvc.perform(post("/remontees/saisie").session(aidant).with(csrf()).param("origine", "ATELIER").param("atelier", "12")
                        .param("administration", "Inventée").param("demarche", "Prime d'activité").param("personnes", "trois"))
                .andExpect(content().string(allOf(containsString("<title>Erreur : noter une difficulté"),
                        containsString("Administration : choisissez dans la liste."), containsString("Nature de la difficulté : choisissez"),
                        containsString("« trois » n&#39;est pas un nombre"), containsString("value=\"Prime d&#39;activité\""),
                        containsString("aria-describedby=\"personnes-aide personnes-erreur\""))));
        mvc.perform(post("/remontees/saisie").session(aidant).with(csrf()).param("origine", "ATELIER").param("atelier", "12")
                        .param("administration", "CAF").param("demarche", "Prime d'activité").param("etape", "Ressources")
                        .param("nature", "JARGON").param("texte", "« revenus nets imposables » incompris").param("personnes", "5"))
                .andExpect(redirectedUrl("/remontees/saisie?atelier=12"));
        mvc.perform(post("/remontees/saisie").session(connecter("agent@demo.passerelle.fr")).with(csrf()).param("origine", "GUICHET")
                .param("administration", "CAF").param("demarche", "Aide au logement").param("nature", "PIECE_MANQUANTE")
                .param("personnes", "2")).andExpect(redirectedUrl("/remontees/saisie"));
        // Avis d'une personne, sans compte, en mots simples.
        mvc.perform(get("/je-donne-mon-avis")).andExpect(content().string(containsString("Je ne comprends pas les mots utilisés")));
        mvc.perform(post("/je-donne-mon-avis").with(csrf()).param("administration", "Je ne sais pas").param("demarche", ""))
                .andExpect(content().string(allOf(containsString("Démarche : ce champ est obligatoire"), containsString("Ce qui bloque : choisissez une réponse"))));
        mvc.perform(post("/je-donne-mon-avis").with(csrf()).param("administration", "CAF").param("demarche", "Prime d'activité")
                        .param("etape", "Ressources").param("nature", "JARGON").param("texte", "je ne sais pas quoi mettre"))
                .andExpect(content().string(containsString("Merci ! Votre avis est enregistré.")));

        mvc.perform(get("/remontees").session(coord)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<th scope=\"row\">CAF</th><td>3</td><td>8</td>"),
                        containsString("<th scope=\"row\">Prime d&#39;activité</th>"))));
        mvc.perform(get("/remontees/rapport").session(coord).param("administration", "CAF"))
                .andExpect(content().string(allOf(containsString("Prime d&#39;activité — étape : Ressources — Jargon administratif"),
                        containsString("6 personnes, 2 signalements."), containsString("« je ne sais pas quoi mettre »"))));
        byte[] csv = mvc.perform(get("/remontees/rapport.csv").session(coord).param("administration", "CAF"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\"CAF\";\"Prime d'activité\";\"Ressources\";\"Jargon administratif\";2;6;");
        byte[] pdf = mvc.perform(get("/remontees/rapport.pdf").session(coord).param("administration", "CAF"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String texte = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf)).getTextFromPage(1);
        assertThat(texte).contains("Propositions d'amélioration : CAF").contains("1. Prime d'activité — étape : Ressources — Jargon administratif")
                .contains("6 personnes concernées, 2 signalements.");
        mvc.perform(post("/remontees/reponses").session(coord).with(csrf()).param("reponseAdministration", "CAF")
                        .param("recueLe", "2999-01-01").param("reponse", "Nous changeons le libellé."))
                .andExpect(content().string(allOf(containsString("la date ne peut pas être dans le futur"), containsString("Nous changeons le libellé."))));
        mvc.perform(post("/remontees/reponses").session(coord).with(csrf()).param("reponseAdministration", "CAF")
                .param("recueLe", "2026-01-15").param("reponse", "Nous changeons le libellé.")).andExpect(redirectedUrl("/remontees"));
        mvc.perform(get("/remontees").session(coord)).andExpect(content().string(containsString("CAF, le 15/01/2026 : Nous changeons le libellé.")));
    }

    @Test
    void droits_d_acces() throws Exception {
        MockHttpSession usager = connecter("usager@demo.passerelle.fr");
        MockHttpSession aidant = connecter("aidant@demo.passerelle.fr");
        mvc.perform(get("/remontees/saisie").session(usager)).andExpect(status().isForbidden());
        mvc.perform(get("/remontees").session(aidant)).andExpect(status().isForbidden());
        mvc.perform(get("/remontees/rapport.csv").session(aidant).param("administration", "CAF")).andExpect(status().isForbidden());
        mvc.perform(get("/remontees")).andExpect(redirectedUrl("/connexion"));
        mvc.perform(get("/je-donne-mon-avis")).andExpect(status().isOk());
    }
}
