package fr.passerelle.ateliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Parcours coordinateur → aidant → public → jour J en MockMvc (comptes de démonstration, base H2 réelle) : refus qui
 * nomment le champ et la raison, règles de préparation, doubles inscriptions, idempotence du jour J, droits d'accès.
 */
@SpringBootTest(properties = "passerelle.notifications.ordonnanceur.actif=false")
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class AteliersWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    MockHttpSession connecter(String email) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/connexion").session(session).with(csrf()).param("email", email).param("motDePasse", "passerelle-demo"))
                .andExpect(redirectedUrl("/mon-espace"));
        return session;
    }

    @Test
    void classement_filtre_carte_et_import_qpv() throws Exception {
        MockHttpSession coord = connecter("coordinateur@demo.passerelle.fr");
        String page = mvc.perform(get("/ateliers/communes").session(coord).param("departement", "33").param("tri", "population"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Où aller : classement des communes</h1>"),
                        containsString("<th scope=\"row\">Bordeaux</th>"), containsString("alt=\"Carte des communes classées"),
                        containsString("aria-sort=\"descending\"><a href=\"/ateliers/communes?departement=33&amp;tri=population\">Population</a>"))))
                .andReturn().getResponse().getContentAsString();
        // Trié par population : Bordeaux (la plus peuplée de Gironde) vient en premier ; seules des communes de Gironde.
        Matcher codes = Pattern.compile("data-code=\"(\\w+)\"").matcher(page);
        List<String> lus = new ArrayList<>();
        while (codes.find()) {
            lus.add(codes.group(1));
        }
        assertThat(lus).isNotEmpty().allMatch(c -> c.startsWith("33"));
        assertThat(lus.get(0)).isEqualTo("33063");
        mvc.perform(get("/ateliers/communes").session(coord).param("departement", "Gironde"))
                .andExpect(content().string(allOf(containsString("<title>Erreur : où aller"),
                        containsString("« Gironde » n&#39;est pas un numéro de département"), containsString("value=\"Gironde\""),
                        containsString("aria-describedby=\"departement-aide departement-erreur\""))));
        mvc.perform(get("/ateliers/communes/carte.svg").session(coord).param("departement", "33"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(startsWith("<svg"), containsString("<title id=\"titre\">"), containsString("<circle"))));
        // Import QPV : une ligne fausse, rien d'importé, le texte collé revient.
        mvc.perform(post("/ateliers/communes/quartiers").session(coord).with(csrf())
                        .param("contenu", "code_qp;lib_qp;insee_com\nQN03301M;Les Aubiers;33063\nQN03302M;Inconnu;99999\n"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("La liste n'a pas été importée"),
                        containsString("Ligne 3, champ insee_com : la commune « 99999 » est inconnue"), containsString("QN03302M;Inconnu;99999"))));
        mvc.perform(post("/ateliers/communes/quartiers").session(coord).with(csrf())
                        .param("contenu", "code_qp;lib_qp;insee_com\nQN03301M;Les Aubiers;33063\n"))
                .andExpect(redirectedUrl("/ateliers/communes"));
        mvc.perform(get("/ateliers/communes").session(coord).param("departement", "33"))
                .andExpect(content().string(allOf(containsString("1 quartiers prioritaires importés"), containsString("1 quartier prioritaire"))));
    }

    @Test
    void campagnes_preparation_inscriptions_et_jour_j() throws Exception {
        MockHttpSession coord = connecter("coordinateur@demo.passerelle.fr");
        int annee = LocalDate.now().getYear() + 1;
        mvc.perform(post("/ateliers/campagnes/generer").session(coord).with(csrf()).param("annee", "2020"))
                .andExpect(content().string(allOf(containsString("pas d&#39;année passée"), containsString("value=\"2020\""))));
        mvc.perform(post("/ateliers/campagnes/generer").session(coord).with(csrf()).param("annee", String.valueOf(annee)))
                .andExpect(redirectedUrl("/ateliers/campagnes?annee=" + annee));
        mvc.perform(post("/ateliers/campagnes/generer").session(coord).with(csrf()).param("annee", String.valueOf(annee)))
                .andExpect(redirectedUrl("/ateliers/campagnes?annee=" + annee));
        String campagnes = mvc.perform(get("/ateliers/campagnes").session(coord).param("annee", String.valueOf(annee)))
                .andReturn().getResponse().getContentAsString();
        Matcher liens = Pattern.compile("href=\"/ateliers/(\\d+)\"").matcher(campagnes);
        List<Long> ids = new ArrayList<>();
        while (liens.find()) {
            ids.add(Long.parseLong(liens.group(1)));
        }
        assertThat(ids).hasSize(8);
        long id = ids.get(2); // deuxième trimestre, atelier rural
        LocalDate mai = LocalDate.of(annee, 5, 21);
        mvc.perform(post("/ateliers/" + id + "/date").session(coord).with(csrf()).param("jour", mai.toString()))
                .andExpect(content().string(allOf(containsString("est hors de la fenêtre des ateliers (du 15 au 20 du mois)"),
                        containsString("id=\"jour-erreur\""), containsString("value=\"" + mai + "\""))));
        mvc.perform(post("/ateliers/" + id + "/date").session(coord).with(csrf()).param("jour", LocalDate.of(annee, 6, 16).toString()))
                .andExpect(redirectedUrl("/ateliers/" + id));
        mvc.perform(post("/ateliers/" + id + "/commune").session(coord).with(csrf()).param("commune", "99999"))
                .andExpect(content().string(containsString("le code INSEE « 99999 » est inconnu")));
        mvc.perform(post("/ateliers/" + id + "/commune").session(coord).with(csrf()).param("commune", "33063"))
                .andExpect(redirectedUrl("/ateliers/" + id));
        // Rien de prêt : confirmation refusée, avec ce qui manque.
        mvc.perform(post("/ateliers/" + id + "/confirmer").session(coord).with(csrf()))
                .andExpect(content().string(allOf(containsString("L&#39;atelier ne peut pas être confirmé"),
                        containsString("aucun bénévole n&#39;a suivi la formation"))));
        mvc.perform(post("/ateliers/" + id + "/tables").session(coord).with(csrf()).param("administration", "CAF de la Gironde")
                        .param("agentNom", "Agent CAF").param("agentCourriel", "pas-une-adresse"))
                .andExpect(content().string(allOf(containsString("n&#39;est pas une adresse de courriel"), containsString("value=\"CAF de la Gironde\""))));
        mvc.perform(post("/ateliers/" + id + "/tables").session(coord).with(csrf()).param("administration", "CAF de la Gironde")
                .param("agentNom", "Agent CAF").param("agentCourriel", "agent.caf@exemple.fr")).andExpect(redirectedUrl("/ateliers/" + id));
        mvc.perform(post("/ateliers/" + id + "/benevoles").session(coord).with(csrf()).param("benevoleNom", "Léa")
                .param("benevoleCourriel", "lea@exemple.fr").param("formeLe", "")).andExpect(redirectedUrl("/ateliers/" + id));
        mvc.perform(post("/ateliers/" + id + "/lieu").session(coord).with(csrf()).param("typeLieu", "SALLE_MAIRIE")
                        .param("adresse", "Salle des fêtes").param("contactMairie", "").param("capacite", "beaucoup").param("accessibilite", "Plain-pied"))
                .andExpect(content().string(allOf(containsString("Contact en mairie : ce champ est obligatoire"),
                        containsString("Capacité : « beaucoup » n&#39;est pas un nombre"), containsString("value=\"Salle des fêtes\""))));
        mvc.perform(post("/ateliers/" + id + "/lieu").session(coord).with(csrf()).param("typeLieu", "SALLE_MAIRIE")
                .param("adresse", "Salle des fêtes").param("contactMairie", "Mme Roux, 05 56 00 00 00").param("capacite", "2")
                .param("accessibilite", "Plain-pied")).andExpect(redirectedUrl("/ateliers/" + id));
        mvc.perform(post("/ateliers/" + id + "/confirmer").session(coord).with(csrf()))
                .andExpect(content().string(allOf(containsString("accord du maire"), containsString("aucun bénévole"))));
        mvc.perform(post("/ateliers/" + id + "/benevoles").session(coord).with(csrf()).param("benevoleNom", "Tom")
                .param("benevoleCourriel", "tom@exemple.fr").param("formeLe", LocalDate.now().toString())).andExpect(redirectedUrl("/ateliers/" + id));
        mvc.perform(post("/ateliers/" + id + "/lieu").session(coord).with(csrf()).param("typeLieu", "SALLE_MAIRIE")
                .param("adresse", "Salle des fêtes").param("contactMairie", "Mme Roux").param("accordMaire", LocalDate.now().toString())
                .param("capacite", "2").param("accessibilite", "Plain-pied")).andExpect(redirectedUrl("/ateliers/" + id));
        mvc.perform(post("/ateliers/" + id + "/confirmer").session(coord).with(csrf())).andExpect(redirectedUrl("/ateliers/" + id));
        mvc.perform(post("/ateliers/" + id + "/invitations").session(coord).with(csrf())).andExpect(redirectedUrl("/ateliers/" + id));
        mvc.perform(post("/ateliers/" + id + "/invitations").session(coord).with(csrf())).andExpect(redirectedUrl("/ateliers/" + id));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE cle LIKE ?").param("atelier-" + id + "-invitation-%")
                .query(Integer.class).single()).isEqualTo(3);
        mvc.perform(get("/ateliers/" + id).session(coord)).andExpect(content().string(allOf(containsString("Confirmé"),
                containsString("Tout est prêt."), containsString("invité(e)"))));
        mvc.perform(get("/ateliers/" + id + "/affiche.pdf").session(coord)).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        byte[] flyer = mvc.perform(get("/ateliers/" + id + "/flyer.pdf").session(coord)).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(flyer, 0, 5)).isEqualTo("%PDF-");
        String texte = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(flyer)).getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(texte).contains("Besoin d'aide pour vos papiers ?").contains("C'est gratuit").contains("Salle des fêtes")
                .contains("Bordeaux");

        // Inscriptions : aidant (guichet, téléphone), public en ligne ; double inscription et atelier complet refusés.
        MockHttpSession aidant = connecter("aidant@demo.passerelle.fr");
        mvc.perform(post("/ateliers/" + id + "/inscriptions").session(aidant).with(csrf()).param("origine", "TELEPHONE")
                        .param("nom", "Marie Dupont").param("telephone", ""))
                .andExpect(content().string(allOf(containsString("Téléphone : ce champ est obligatoire"), containsString("value=\"Marie Dupont\""))));
        mvc.perform(post("/ateliers/" + id + "/inscriptions").session(aidant).with(csrf()).param("origine", "TELEPHONE")
                .param("nom", "Marie Dupont").param("telephone", "06 12 34 56 78")).andExpect(redirectedUrl("/ateliers/" + id + "/inscriptions"));
        mvc.perform(post("/ateliers/inscription/" + id).with(csrf()).param("nom", "Marie D.").param("telephone", "+33612345678"))
                .andExpect(content().string(allOf(containsString("Déjà inscrite : Téléphone : une personne est déjà inscrite avec le numéro 0612345678"),
                        containsString("id=\"telephone-erreur\""))));
        mvc.perform(post("/ateliers/inscription/" + id).with(csrf()).param("nom", "Paul Martin").param("courriel", "paul@exemple.fr"))
                .andExpect(content().string(containsString("votre inscription est enregistrée")));
        mvc.perform(post("/ateliers/" + id + "/inscriptions").session(aidant).with(csrf()).param("origine", "AIDANT")
                        .param("nom", "Troisième Personne"))
                .andExpect(content().string(containsString("Atelier complet : 2 personnes inscrites pour 2 places")));
        assertThat(jdbc.sql("SELECT canal FROM notification WHERE cle LIKE ? ORDER BY id").param("atelier-" + id + "-rappel-%")
                .query(String.class).list()).containsExactly("SMS", "EMAIL");

        // Jour J : une fiche renvoyée deux fois (retour du réseau) n'est enregistrée qu'une fois.
        String jourJ = mvc.perform(get("/ateliers/" + id + "/jour-j").session(aidant)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"formulaire-passage\""), containsString("/ateliers/hors-connexion.js"),
                        containsString("href=\"/mes-droits\""), containsString("value=\"CAF de la Gironde\""))))
                .andReturn().getResponse().getContentAsString();
        assertThat(jourJ).contains("name=\"cle\"");
        for (int envoi = 0; envoi < 2; envoi++) {
            mvc.perform(post("/ateliers/" + id + "/jour-j/passages").session(aidant).with(csrf()).header("Accept", "application/json")
                            .param("cle", "cle-tablette-0001").param("nom", "Marie").param("tables", "CAF de la Gironde")
                            .param("questionnaire", "oui").param("droits", "2").param("demarches", "1").param("demarchesTexte", "prime d'activité"))
                    .andExpect(status().is(envoi == 0 ? 201 : 200))
                    .andExpect(jsonPath("$.statut").value(envoi == 0 ? "enregistre" : "deja-enregistre"));
        }
        mvc.perform(post("/ateliers/" + id + "/jour-j/passages").session(aidant).with(csrf()).header("Accept", "application/json")
                        .param("cle", "cle-tablette-0002").param("nom", "").param("tables", "Table inventée"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.erreurs.nom").exists()).andExpect(jsonPath("$.erreurs.tables").exists());
        mvc.perform(post("/ateliers/" + id + "/jour-j/passages").session(aidant).with(csrf()).param("cle", "cle-sans-js-0003")
                .param("nom", "Paul").param("droits", "1")).andExpect(redirectedUrl("/ateliers/" + id + "/jour-j"));
        mvc.perform(get("/ateliers/" + id + "/jour-j").session(aidant))
                .andExpect(content().string(allOf(containsString("2 personnes vues, 3 droits découverts, 1 démarches faites."),
                        containsString("<li>Paul Martin : pas encore accueillie</li>"))));
        mvc.perform(get("/ateliers/campagnes").session(coord).param("annee", String.valueOf(annee)))
                .andExpect(content().string(containsString("<th scope=\"row\">Trimestre 2</th><td>2</td>")));
    }

    @Test
    void maraudes_recurrentes() throws Exception {
        MockHttpSession coord = connecter("coordinateur@demo.passerelle.fr");
        mvc.perform(post("/ateliers/maraudes").session(coord).with(csrf()).param("lieu", "Parvis de la gare").param("jour", "7")
                        .param("semaines", "1,6").param("heure", "12:00").param("du", "2027-01-01").param("au", "2027-03-31"))
                .andExpect(content().string(allOf(containsString("« 1,6 » n&#39;est pas une liste de rangs"), containsString("value=\"Parvis de la gare\""))));
        mvc.perform(post("/ateliers/maraudes").session(coord).with(csrf()).param("lieu", "Parvis de la gare").param("jour", "7")
                .param("semaines", "1,3").param("heure", "12:00").param("du", "2027-01-01").param("au", "2027-03-31"))
                .andExpect(redirectedUrl("/ateliers/maraudes"));
        mvc.perform(get("/ateliers/maraudes").session(coord))
                .andExpect(content().string(allOf(containsString("les 1er, 3e dimanches du mois à 12:00"), containsString("03/01/2027, 17/01/2027"))));
    }

    @Test
    void droits_d_acces() throws Exception {
        MockHttpSession aidant = connecter("aidant@demo.passerelle.fr");
        MockHttpSession agent = connecter("agent@demo.passerelle.fr");
        MockHttpSession usager = connecter("usager@demo.passerelle.fr");
        for (String route : List.of("/ateliers/communes", "/ateliers/campagnes", "/ateliers/maraudes", "/ateliers/1")) {
            mvc.perform(get(route).session(aidant)).andExpect(status().isForbidden());
            mvc.perform(get(route).session(usager)).andExpect(status().isForbidden());
            mvc.perform(get(route)).andExpect(redirectedUrl("/connexion"));
        }
        mvc.perform(post("/ateliers/campagnes/generer").session(aidant).with(csrf()).param("annee", "2030")).andExpect(status().isForbidden());
        mvc.perform(get("/ateliers/a-venir").session(aidant)).andExpect(status().isOk());
        mvc.perform(get("/ateliers/a-venir").session(agent)).andExpect(status().isForbidden());
        mvc.perform(get("/ateliers/1/jour-j").session(agent)).andExpect(status().isForbidden());
        mvc.perform(get("/ateliers/1/jour-j").session(usager)).andExpect(status().isForbidden());
        mvc.perform(post("/ateliers/1/jour-j/passages").session(usager).with(csrf()).param("cle", "x")).andExpect(status().isForbidden());
        mvc.perform(get("/ateliers/hors-connexion.js")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("localStorage"), not(containsString("http://")))));
        mvc.perform(get("/ateliers/999999/jour-j").session(aidant)).andExpect(status().isNotFound());
    }
}
