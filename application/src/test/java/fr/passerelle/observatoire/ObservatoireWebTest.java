package fr.passerelle.observatoire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Tableaux de bord sur des données semées dont la bonne réponse est connue (départements 48 et 23, années 2024 et
 * 2025, absents des données de démonstration) : effectifs, taux, montants, bornes de période à l'heure de Paris,
 * filtres, exports CSV / JSON, open data sans cellule sous 11, rôles.
 */
@SpringBootTest(properties = {"passerelle.notifications.ordonnanceur.actif=false", "passerelle.observatoire.essai=web"})
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObservatoireWebTest {

    static final String PERIODE_2025 = "du=2025-01-01&au=2025-12-31";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void semer() {
        new ScenarioObservatoire(jdbc).semer();
    }

    @Test
    void acces_aux_droits_effectifs_et_montants_attendus() throws Exception {
        MockHttpSession coordinateur = connecter("coordinateur@demo.passerelle.fr");
        mvc.perform(get("/observatoire/acces-aux-droits/droits-par-prestation.csv?" + PERIODE_2025 + "&departement=48").session(coordinateur))
                .andExpect(status().isOk())
                .andExpect(content().string("Prestation;Découverts;Demandés;Accordés;Montant annuel accordé (€)\r\n"
                        + "RSA;20;17;12;86400.00\r\nAPL;10;10;10;12000.00\r\n"));
        mvc.perform(get("/observatoire/acces-aux-droits/droits-par-territoire.json?" + PERIODE_2025).session(coordinateur))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lignes[?(@['Département'] == '48')]['Découverts']").value(30))
                .andExpect(jsonPath("$.lignes[?(@['Département'] == '23')]['Accordés']").value(0))
                .andExpect(jsonPath("$.lignes[?(@['Département'] == '23')]['Découverts']").value(5));
        mvc.perform(get("/observatoire/acces-aux-droits?" + PERIODE_2025 + "&departement=48").session(coordinateur))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("30 droits trouvés dans les dossiers, 27 demandés (90 %), 22 accordés (73,3 %), pour 98 400 € par an. Prestation en tête : RSA."),
                        containsString("<svg"), containsString("role=\"img\""), containsString("<caption>Données : Droits par prestation</caption>"),
                        containsString("droits-par-prestation.csv?du=2025-01-01&amp;au=2025-12-31&amp;departement=48"))));
        // Une autre période ne compte pas ces droits.
        mvc.perform(get("/observatoire/acces-aux-droits/droits-par-prestation.csv?du=2024-01-01&au=2024-12-31&departement=48").session(coordinateur))
                .andExpect(content().string("Prestation;Découverts;Demandés;Accordés;Montant annuel accordé (€)\r\n"));
    }

    @Test
    void qualite_du_contact_premier_contact_saisines_notifications() throws Exception {
        MockHttpSession admin = connecter("admin@demo.passerelle.fr");
        // Téléphone : 10 + l'échange du 1er janvier 0 h 30 (Paris) = 11, dont 5 réglés ; l'échange du 31/12 23 h 30 est exclu.
        mvc.perform(get("/observatoire/qualite-du-contact/premier-contact.csv?" + PERIODE_2025 + "&departement=48").session(admin))
                .andExpect(content().string("Structure;Canal;Échanges;Réglés au premier contact;Part réglée (%)\r\n"
                        + "Observatoire essai Mende;GUICHET;50;40;80.0\r\nObservatoire essai Mende;TELEPHONE;11;5;45.5\r\n"));
        mvc.perform(get("/observatoire/qualite-du-contact?" + PERIODE_2025 + "&departement=48").session(admin))
                .andExpect(content().string(allOf(
                        containsString("73,8 % des 61 échanges ont été réglés au premier contact (cible 80 %) ; 1 couple(s) structure et canal sur 2 sont sous la cible."),
                        containsString("3 saisines ouvertes sur la période, 2 closes (66,7 %)."))));
        mvc.perform(get("/observatoire/qualite-du-contact/saisines.csv?" + PERIODE_2025 + "&departement=48").session(admin))
                .andExpect(content().string(containsString("CAF;3;2;3.0;4.0\r\n")));
        // Tous départements : Guéret ajoute 4 échanges dont 1 réglé.
        mvc.perform(get("/observatoire/qualite-du-contact/premier-contact.csv?" + PERIODE_2025 + "&departement=23").session(admin))
                .andExpect(content().string(containsString("Observatoire essai Guéret;GUICHET;4;1;25.0\r\n")));
        mvc.perform(get("/observatoire/qualite-du-contact/notifications.csv?du=2024-01-01&au=2024-12-31").session(admin))
                .andExpect(content().string("Canal;Notifications;Délivrées;Échecs temporaires;Échecs définitifs;Annulées;Taux de délivrance (%)\r\n"
                        + "EMAIL;10;8;0;1;1;88.9\r\nSMS;4;3;1;0;0;75.0\r\n"));
        mvc.perform(get("/observatoire/qualite-du-contact/raisons-echec.json?du=2024-01-01&au=2024-12-31").session(admin))
                .andExpect(jsonPath("$.lignes.length()").value(2))
                .andExpect(jsonPath("$.lignes[?(@['Raison'] == 'boîte pleine')]['Canal']").value("EMAIL"));
    }

    @Test
    void demarches_en_ligne_tendance_et_criteres_saisis_par_le_coordinateur() throws Exception {
        MockHttpSession coordinateur = connecter("coordinateur@demo.passerelle.fr");
        mvc.perform(post("/observatoire/demarches-en-ligne/criteres").session(coordinateur).with(csrf())
                        .param("intitule", "Demande de RSA en ligne").param("satisfaction", "beaucoup").param("franceConnect", "oui"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Satisfaction : « beaucoup » n&#39;est pas un nombre entier"),
                        containsString("Accessibilité : choisissez totale, partielle ou non conforme."),
                        containsString("aria-describedby=\"satisfaction-aide satisfaction-erreur\""),
                        containsString("value=\"beaucoup\""), containsString("value=\"Demande de RSA en ligne\""),
                        containsString("id=\"franceConnect\" name=\"franceConnect\" value=\"oui\" checked"))));
        mvc.perform(post("/observatoire/demarches-en-ligne/criteres").session(coordinateur).with(csrf())
                        .param("intitule", "Demande de RSA en ligne").param("satisfaction", "85").param("franceConnect", "oui")
                        .param("deuxCanauxHumains", "oui").param("accessibilite", "PARTIELLE"))
                .andExpect(redirectedUrl("/observatoire/demarches-en-ligne"));
        mvc.perform(get("/observatoire/demarches-en-ligne?" + PERIODE_2025 + "&departement=48").session(coordinateur))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("4 démarches bloquées sur la période, contre 1 sur la période précédente de même durée"),
                        containsString("id=\"formulaire-criteres\""))));
        mvc.perform(get("/observatoire/demarches-en-ligne/demarches.csv?" + PERIODE_2025 + "&departement=48").session(coordinateur))
                .andExpect(content().string(containsString(
                        "Demande de RSA en ligne;10;4;40.0;1;en hausse;oui;85;oui;non;partielle;3\r\n")));
    }

    @Test
    void territoires_communes_eloignees_et_aller_vers() throws Exception {
        MockHttpSession coordinateur = connecter("coordinateur@demo.passerelle.fr");
        Set<String> communes48 = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/donnees/communes.csv"), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.startsWith("#")).map(l -> l.split(";")).filter(c -> c[3].equals("48")).forEach(c -> communes48.add(c[0]));
        }
        String csv = mvc.perform(get("/observatoire/territoires/communes-eloignees.csv?departement=48").session(coordinateur))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String[] ligne = csv.split("\r\n")[1].split(";");
        assertThat(ligne[0]).isEqualTo("48");
        assertThat(Long.parseLong(ligne[1])).isEqualTo(communes48.size());
        long eloignees = Long.parseLong(ligne[2]);
        String liste = mvc.perform(get("/observatoire/territoires/liste-communes-eloignees.csv?departement=48").session(coordinateur))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lignes = liste.lines().skip(1).toList();
        assertThat(lignes).hasSize((int) eloignees);
        assertThat(lignes).allSatisfy(l -> assertThat(Integer.parseInt(l.split(";")[2])).isGreaterThan(30));
    }

    @Test
    void open_data_sans_cellule_sous_11_et_public() throws Exception {
        String csv = mvc.perform(get("/observatoire/open-data/droits.csv?annee=2025"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("Département;Prestation;A_DEMANDER;DEMANDE;ACCORDE;REFUSE;Total");
        csv.lines().skip(1).forEach(l -> {
            String[] cellules = l.split(";", -1);
            for (int i = 2; i < cellules.length; i++) {
                assertThat(cellules[i].isEmpty() || Long.parseLong(cellules[i]) >= 11).as("cellule « %s » de %s", cellules[i], l).isTrue();
            }
        });
        // RSA à Mende : 12 accordés visibles, 3 / 3 / 2 masqués (au moins deux inconnues dans la ligne), total 20.
        assertThat(csv).contains("48;RSA;;;12;;20\r\n");
        // APL à Mende (10) et RSA à Guéret (5) : tout est masqué, total compris.
        assertThat(csv).contains("48;APL;;;;;\r\n").contains("23;RSA;;;;;\r\n");
        mvc.perform(get("/observatoire/open-data/premier-contact.json?annee=2025")).andExpect(status().isOk())
                .andExpect(jsonPath("$.lignes[0]['Département']").exists());
        mvc.perform(get("/observatoire/open-data?annee=deux-mille")).andExpect(status().isBadRequest());
        mvc.perform(get("/observatoire/open-data?annee=2025")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Open data de l'observatoire</h1>")));
    }

    @Test
    void filtres_refuses_avec_le_champ_et_la_raison_sans_perdre_la_saisie() throws Exception {
        MockHttpSession coordinateur = connecter("coordinateur@demo.passerelle.fr");
        mvc.perform(get("/observatoire/acces-aux-droits?du=2025-13-01&au=2025-12-31&departement=Gironde").session(coordinateur))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<title>Erreur : Observatoire"),
                        containsString("Département : indiquez un numéro de département comme 33, 2A ou 974."),
                        containsString("Début de période : la date « 2025-13-01 » n&#39;est pas lisible"),
                        containsString("value=\"Gironde\""), containsString("aria-describedby=\"departement-aide departement-erreur\""),
                        not(containsString("<svg")))));
        mvc.perform(get("/observatoire/acces-aux-droits?du=2025-12-31&au=2025-01-01").session(coordinateur))
                .andExpect(content().string(containsString("Début de période : il doit précéder la fin de période")));
        mvc.perform(get("/observatoire/acces-aux-droits/droits-par-prestation.csv?departement=xx").session(coordinateur))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/observatoire/inconnu/droits.csv").session(coordinateur)).andExpect(status().isNotFound());
    }

    @Test
    void reserve_au_coordinateur_et_a_l_administrateur() throws Exception {
        mvc.perform(get("/observatoire/acces-aux-droits")).andExpect(redirectedUrl("/connexion"));
        mvc.perform(get("/observatoire/acces-aux-droits").session(connecter("aidant@demo.passerelle.fr"))).andExpect(status().isForbidden());
        mvc.perform(get("/observatoire/territoires").session(connecter("agent@demo.passerelle.fr"))).andExpect(status().isForbidden());
        mvc.perform(get("/observatoire/qualite-du-contact").session(connecter("admin@demo.passerelle.fr"))).andExpect(status().isOk());
        mvc.perform(get("/observatoire").session(connecter("coordinateur@demo.passerelle.fr")))
                .andExpect(redirectedUrl("/observatoire/acces-aux-droits"));
    }

    MockHttpSession connecter(String email) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/connexion").session(session).with(csrf()).param("email", email).param("motDePasse", "passerelle-demo"))
                .andExpect(redirectedUrl("/mon-espace"));
        return session;
    }
}
