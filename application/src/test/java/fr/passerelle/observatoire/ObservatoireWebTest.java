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
import java.time.Instant;
import java.time.ZoneOffset;
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

    long s48;
    long s23;

    @BeforeAll
    void semer() {
        s48 = structure("Observatoire essai Mende", "48000");
        s23 = structure("Observatoire essai Guéret", "23000");
        Instant juin = Instant.parse("2025-06-15T10:00:00Z");
        // Mende : 20 RSA (12 accordés à 600 €/mois, 3 demandés, 2 refusés, 3 à demander), 10 APL accordées à 1 200 €/an.
        for (int i = 0; i < 30; i++) {
            long d = dossier(s48);
            if (i < 20) {
                droit(d, "rsa", "RSA", 600, "par mois", i < 12 ? "ACCORDE" : i < 15 ? "DEMANDE" : i < 17 ? "REFUSE" : "A_DEMANDER", juin);
            } else {
                droit(d, "apl", "APL", 1200, "par an", "ACCORDE", juin);
            }
        }
        long dossierMende = dossier(s48);
        // 50 échanges au guichet (40 réglés au premier contact), 10 au téléphone (5 réglés).
        for (int i = 0; i < 50; i++) {
            echange(dossierMende, "GUICHET", i < 40, Instant.parse("2025-03-10T09:00:00Z"));
        }
        for (int i = 0; i < 10; i++) {
            echange(dossierMende, "TELEPHONE", i < 5, Instant.parse("2025-03-10T09:00:00Z"));
        }
        // Bornes : 31/12/2024 à 23 h 30 UTC = 1er janvier 0 h 30 à Paris (dans 2025) ; 22 h 30 UTC = 23 h 30 (hors 2025).
        echange(dossierMende, "TELEPHONE", false, Instant.parse("2024-12-31T23:30:00Z"));
        echange(dossierMende, "TELEPHONE", true, Instant.parse("2024-12-31T22:30:00Z"));
        // Guéret : 5 RSA à demander, 4 échanges au guichet dont 1 réglé.
        for (int i = 0; i < 5; i++) {
            droit(dossier(s23), "rsa", "RSA", 600, "par mois", "A_DEMANDER", juin);
        }
        long dossierGueret = dossier(s23);
        for (int i = 0; i < 4; i++) {
            echange(dossierGueret, "GUICHET", i == 0, Instant.parse("2025-03-10T09:00:00Z"));
        }
        // Démarches à Mende : « Demande de RSA en ligne » 4 bloquées et 6 en cours en 2025, 1 bloquée en 2024.
        for (int i = 0; i < 10; i++) {
            demarche(dossierMende, "Demande de RSA en ligne", i < 4 ? "BLOQUEE" : "EN_COURS", juin);
        }
        demarche(dossierMende, "Demande de RSA en ligne", "BLOQUEE", Instant.parse("2024-06-15T10:00:00Z"));
        // Notifications de 2024 : courriel 8 délivrées, 1 échec définitif, 1 annulée ; SMS 3 délivrées, 1 échec temporaire.
        for (int i = 0; i < 10; i++) {
            notification("EMAIL", i < 8 ? "DELIVREE" : i == 8 ? "ECHEC_DEFINITIF" : "ANNULEE", i == 8 ? "boîte pleine" : null);
        }
        for (int i = 0; i < 4; i++) {
            notification("SMS", i < 3 ? "DELIVREE" : "ECHEC_TEMPORAIRE", i < 3 ? null : "réseau indisponible");
        }
        // Saisines de Mende auprès de la CAF en 2025 : une close en 48 h, une autre en 96 h, une ouverte.
        saisine(s48, dossierMende, Instant.parse("2025-02-01T10:00:00Z"), Instant.parse("2025-02-03T10:00:00Z"));
        saisine(s48, dossierMende, Instant.parse("2025-02-01T10:00:00Z"), Instant.parse("2025-02-05T10:00:00Z"));
        saisine(s48, dossierMende, Instant.parse("2025-02-01T10:00:00Z"), null);
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

    long structure(String nom, String codePostal) {
        jdbc.sql("INSERT INTO structure (nom, type, commune, code_postal, cree_le) VALUES (:n, 'FRANCE_SERVICES', :n, :cp, :le)")
                .param("n", nom).param("cp", codePostal).param("le", Instant.parse("2024-01-01T00:00:00Z").atOffset(ZoneOffset.UTC)).update();
        return jdbc.sql("SELECT id FROM structure WHERE nom = :n").param("n", nom).query(Long.class).single();
    }

    long dossier(long structure) {
        jdbc.sql("INSERT INTO dossier (structure_id, cree_le) VALUES (:s, :le)").param("s", structure)
                .param("le", Instant.parse("2024-01-01T00:00:00Z").atOffset(ZoneOffset.UTC)).update();
        return jdbc.sql("SELECT MAX(id) FROM dossier").query(Long.class).single();
    }

    void droit(long dossier, String code, String libelle, double montant, String periodicite, String statut, Instant le) {
        jdbc.sql("INSERT INTO dossier_droit (dossier_id, code, libelle, montant, periodicite, statut, mis_a_jour_le) "
                        + "VALUES (:d, :c, :l, :m, :p, :s, :le)")
                .param("d", dossier).param("c", code).param("l", libelle).param("m", montant).param("p", periodicite)
                .param("s", statut).param("le", le.atOffset(ZoneOffset.UTC)).update();
    }

    void echange(long dossier, String canal, boolean regle, Instant le) {
        jdbc.sql("INSERT INTO dossier_echange (dossier_id, canal, par, le, objet, regle_au_premier_contact) "
                        + "VALUES (:d, :c, 'essai', :le, 'objet', :r)")
                .param("d", dossier).param("c", canal).param("le", le.atOffset(ZoneOffset.UTC)).param("r", regle).update();
    }

    void demarche(long dossier, String intitule, String statut, Instant le) {
        jdbc.sql("INSERT INTO dossier_demarche (dossier_id, intitule, organisation, statut, prochaine_etape, perimetre, mis_a_jour_le) "
                        + "VALUES (:d, :i, 'CAF', :s, 'suite', 'PRESTATIONS_SOCIALES', :le)")
                .param("d", dossier).param("i", intitule).param("s", statut).param("le", le.atOffset(ZoneOffset.UTC)).update();
    }

    int notifications;

    void notification(String canal, String statut, String raison) {
        var le = Instant.parse("2024-05-02T08:00:00Z").atOffset(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO notification (cle, personne_id, canal, destinataire, modele_code, modele_version, objet, corps, "
                        + "statut, raison, prevue_le, cree_le, mise_a_jour_le) VALUES (:cle, 1, :c, 'x', 'essai', 1, 'o', 'c', :s, :r, :le, :le, :le)")
                .param("cle", "observatoire-essai-" + (notifications++)).param("c", canal).param("s", statut).param("r", raison)
                .param("le", le).update();
    }

    void saisine(long structure, long dossier, Instant ouverte, Instant close) {
        jdbc.sql("INSERT INTO saisine (dossier_id, structure_id, aidant_id, aidant_nom, personne_nom, organisation_id, organisation_nom, "
                        + "type_organisation, perimetre, objet, blocage, tentatives, consentement_partage, etat, issue, ouverte_le, close_le) "
                        + "VALUES (:d, :s, 1, 'aidant', 'personne', 1, 'CAF essai', 'CAF', 'PRESTATIONS_SOCIALES', 'objet', 'blocage', "
                        + "'tentatives', TRUE, :etat, :issue, :o, :c)")
                .param("d", dossier).param("s", structure).param("etat", close == null ? "OUVERTE" : "CLOSE")
                .param("issue", close == null ? null : "RESOLUE").param("o", ouverte.atOffset(ZoneOffset.UTC))
                .param("c", close == null ? null : close.atOffset(ZoneOffset.UTC)).update();
    }
}
