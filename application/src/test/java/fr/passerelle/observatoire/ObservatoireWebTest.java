package fr.passerelle.observatoire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
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
    static final String ENTETE_NON_RECOURS = "Prestation;Droits non demandés trouvés;Montant annuel (€);"
            + "Personnes connues de Passerelle;Résolus;Part résolue (%);Montant annuel résolu (€)\r\n";
    /** RSA : 12 constats (le doublon du second dépistage compte une fois), 5 résolus ; CSS : montant nul ; PPA en Creuse. */
    static final String NON_RECOURS_RESEAU = ENTETE_NON_RECOURS + "rsa;12;86400.00;8;5;41.7;36000.00\r\n"
            + "cmu_c;3;0.00;2;1;33.3;0.00\r\nppa;2;2000.00;0;0;0.0;0.00\r\n";
    /** Le dépistage lancé par l'agent de la CAF d'essai seulement (pas celui du coordinateur). */
    static final String NON_RECOURS_CAF = ENTETE_NON_RECOURS + "rsa;12;86400.00;8;5;41.7;36000.00\r\n"
            + "cmu_c;3;0.00;2;1;33.3;0.00\r\n";
    /** Mende : 20 appels de mars et celui du 1er janvier 0 h 30 à Paris (pas celui du 31 décembre 23 h 30). */
    static final String DECROCHE_2025 = "Structure;Département;Appels reçus;Décrochés;Taux de décroché (%)\r\n"
            + "Observatoire essai Guéret;23;10;6;60.0\r\nObservatoire essai Mende;48;21;17;81.0\r\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    fr.passerelle.dossiers.internal.persistance.DossierJdbc dossiers;
    @Autowired
    fr.passerelle.observatoire.internal.persistance.CumulsJdbc cumuls;
    @Autowired
    fr.passerelle.observatoire.internal.TableauxDeBord tableauxDeBord;

    ScenarioObservatoire scenario;

    @BeforeAll
    void semer() {
        scenario = new ScenarioObservatoire(jdbc, dossiers);
        scenario.semer();
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
    void acces_aux_droits_non_recours_du_depistage_proactif_et_part_resolue() throws Exception {
        MockHttpSession coordinateur = connecter("coordinateur@demo.passerelle.fr");
        mvc.perform(get("/observatoire/acces-aux-droits/non-recours-par-prestation.csv?" + PERIODE_2025).session(coordinateur))
                .andExpect(status().isOk()).andExpect(content().string(NON_RECOURS_RESEAU));
        mvc.perform(get("/observatoire/acces-aux-droits/non-recours-par-territoire.csv?" + PERIODE_2025).session(coordinateur))
                .andExpect(content().string(allOf(containsString("\r\n48;15;86400.00;10;6;40.0;36000.00\r\n"),
                        containsString("\r\n23;2;2000.00;0;0;0.0;0.00\r\n"))));
        mvc.perform(get("/observatoire/acces-aux-droits?" + PERIODE_2025).session(coordinateur))
                .andExpect(content().string(allOf(containsString("17 droits non demandés trouvés par le dépistage proactif, "
                                + "pour 88 400 € par an ; 6 résolus (35,3 %), pour 36 000 € par an."),
                        containsString("les 10 personnes connues de Passerelle (60 % d&#39;entre elles)"),
                        containsString("aria-labelledby=\"non-recours-par-prestation-graphique-titre\""))));
        // Filtre département : les PPA de la Creuse sortent ; une autre année : rien.
        mvc.perform(get("/observatoire/acces-aux-droits/non-recours-par-prestation.csv?" + PERIODE_2025 + "&departement=48")
                        .session(coordinateur))
                .andExpect(content().string(NON_RECOURS_CAF));
        mvc.perform(get("/observatoire/acces-aux-droits/non-recours-par-prestation.csv?du=2024-01-01&au=2024-12-31")
                        .session(coordinateur))
                .andExpect(content().string(ENTETE_NON_RECOURS));
    }

    /** Questionnaires reliés à une personne le jour J ; celui qui n'a jamais été relié n'est pas compté (AAH). */
    static final String DROITS_EN_ATELIER_2025 = "Prestation;Droits découverts;Montant annuel estimé (€)\r\n"
            + "RSA;2;13200.00\r\nAPL;1;1800.00\r\nComplémentaire santé solidaire;1;0.00\r\nPrime d'activité;1;1200.00\r\n";

    @Test
    void acces_aux_droits_droits_decouverts_en_atelier() throws Exception {
        MockHttpSession coordinateur = connecter("coordinateur@demo.passerelle.fr");
        mvc.perform(get("/observatoire/acces-aux-droits/droits-en-atelier.csv?" + PERIODE_2025).session(coordinateur))
                .andExpect(status().isOk()).andExpect(content().string(DROITS_EN_ATELIER_2025));
        mvc.perform(get("/observatoire/acces-aux-droits/droits-en-atelier.csv?" + PERIODE_2025 + "&departement=48")
                        .session(coordinateur))
                .andExpect(content().string(DROITS_EN_ATELIER_2025.replace("Prime d'activité;1;1200.00\r\n", "")));
        mvc.perform(get("/observatoire/acces-aux-droits/droits-en-atelier.csv?du=2024-01-01&au=2024-12-31").session(coordinateur))
                .andExpect(content().string("Prestation;Droits découverts;Montant annuel estimé (€)\r\n"));
        mvc.perform(get("/observatoire/acces-aux-droits?" + PERIODE_2025).session(coordinateur))
                .andExpect(content().string(allOf(containsString("5 droits découverts en atelier par le questionnaire passé sur place"),
                        containsString("aria-labelledby=\"droits-en-atelier-graphique-titre\""))));
        // Un agent ne voit que les chiffres rattachés à son organisation : pas ce tableau.
        mvc.perform(get("/observatoire/acces-aux-droits/droits-en-atelier.csv?" + PERIODE_2025)
                        .session(connecter(ScenarioObservatoire.AGENT_CAF)))
                .andExpect(status().isNotFound());
    }

    @Test
    void qualite_du_contact_decroche_et_delai_des_rappels() throws Exception {
        MockHttpSession admin = connecter("admin@demo.passerelle.fr");
        mvc.perform(get("/observatoire/qualite-du-contact/decroche.csv?" + PERIODE_2025).session(admin))
                .andExpect(content().string(DECROCHE_2025));
        mvc.perform(get("/observatoire/qualite-du-contact?" + PERIODE_2025).session(admin))
                .andExpect(content().string(allOf(containsString("74,2 % des 31 appels reçus ont été décrochés (cible 85 %), "
                        + "dans les 2 structure(s) qui enregistrent leurs appels ; 2 sous la cible."),
                        containsString("aria-labelledby=\"decroche-graphique-titre\""))));
        mvc.perform(get("/observatoire/qualite-du-contact/decroche.csv?" + PERIODE_2025 + "&departement=23").session(admin))
                .andExpect(content().string(not(containsString("Mende"))));
        mvc.perform(get("/observatoire/qualite-du-contact/rappels.csv?du=2024-01-01&au=2024-12-31").session(admin))
                .andExpect(content().string("Demandes de rappel;Faites;En retard;Faites avec l'heure;"
                        + "Faites au plus tard le jour promis;Délai médian (heures);Délai le plus long (heures)\r\n"
                        + "4;3;1;3;2;24.0;96.0\r\n"));
    }

    @Test
    void un_appel_recu_note_par_l_aidant_compte_dans_le_taux_de_decroche() throws Exception {
        MockHttpSession aidant = connecter("aidant@demo.passerelle.fr");
        mvc.perform(post("/dossiers/appels-recus").session(aidant).with(csrf()).param("issue", "decroche"))
                .andExpect(redirectedUrl("/dossiers"));
        mvc.perform(post("/dossiers/appels-recus").session(aidant).with(csrf()).param("issue", "manque"))
                .andExpect(redirectedUrl("/dossiers"));
        mvc.perform(post("/dossiers/appels-recus").session(aidant).with(csrf()).param("issue", "peut-etre"))
                .andExpect(redirectedUrl("/dossiers"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("erreurAppel", "Appel reçu : choisissez « décroché » ou « manqué »."));
        mvc.perform(get("/observatoire/qualite-du-contact/decroche.csv?departement=33").session(connecter("coordinateur@demo.passerelle.fr")))
                .andExpect(content().string(containsString("France services de Bègles;33;2;1;50.0\r\n")));
        // Un appel de la liste des aidants marqué fait garde l'heure (le délai des rappels en dépend), une seule fois.
        java.time.OffsetDateTime demande = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusHours(3);
        jdbc.sql("INSERT INTO appel_a_passer (cle, personne_id, telephone, motif, avant_le, fait, cree_le) "
                + "VALUES ('observatoire-web-rappel', 1, '0600000000', 'essai', :avant, FALSE, :le)")
                .param("avant", java.time.LocalDate.now().plusDays(1)).param("le", demande).update();
        long id = jdbc.sql("SELECT id FROM appel_a_passer WHERE cle = 'observatoire-web-rappel'").query(Long.class).single();
        mvc.perform(post("/aidant/appels/" + id + "/fait").session(aidant).with(csrf())).andExpect(redirectedUrl("/aidant/appels"));
        java.time.OffsetDateTime faitLe = jdbc.sql("SELECT fait_le FROM appel_a_passer WHERE id = :id").param("id", id)
                .query(java.time.OffsetDateTime.class).single();
        assertThat(faitLe).isNotNull().isAfter(demande);
        mvc.perform(post("/aidant/appels/" + id + "/fait").session(aidant).with(csrf())).andExpect(redirectedUrl("/aidant/appels"));
        assertThat(jdbc.sql("SELECT fait_le FROM appel_a_passer WHERE id = :id").param("id", id)
                .query(java.time.OffsetDateTime.class).single()).isEqualTo(faitLe);
    }

    @Test
    void territoires_ateliers_tenus_et_prevus_personnes_rencontrees() throws Exception {
        MockHttpSession coordinateur = connecter("coordinateur@demo.passerelle.fr");
        mvc.perform(get("/observatoire/territoires/ateliers.csv?" + PERIODE_2025).session(coordinateur))
                .andExpect(content().string("Département;Tenus;Prévus et confirmés;Prévus, seulement proposés\r\n"
                        + "23;1;0;0\r\n48;1;1;1\r\n"));
        mvc.perform(get("/observatoire/territoires/personnes-rencontrees.csv?" + PERIODE_2025 + "&departement=48").session(coordinateur))
                .andExpect(content().string("Département;Personnes rencontrées;Questionnaire « Mes droits » fait;"
                        + "Droits découverts;Démarches faites sur place\r\n48;12;8;6;4\r\n"));
        mvc.perform(get("/observatoire/territoires?" + PERIODE_2025 + "&departement=48").session(coordinateur))
                .andExpect(content().string(allOf(containsString("1 atelier(s) tenu(s) sur la période jusqu&#39;à aujourd&#39;hui ; "
                                + "2 prévu(s) après aujourd&#39;hui (1 confirmé(s), 1 seulement proposé(s))"),
                        containsString("12 personne(s) rencontrée(s) en atelier sur la période ; questionnaire « Mes droits » "
                                + "fait pour 8 (66,7 %) ; 6 droit(s) découvert(s) et 4 démarche(s) faite(s) sur place."),
                        containsString("aria-labelledby=\"ateliers-graphique-titre\""), containsString("aria-labelledby=\"personnes-rencontrees-graphique-titre\""))));
        // L'atelier de mai 2025 n'est pas dans 2024.
        mvc.perform(get("/observatoire/territoires/personnes-rencontrees.csv?du=2024-01-01&au=2024-12-31&departement=48").session(coordinateur))
                .andExpect(content().string(not(containsString("48;"))));
    }

    @Test
    void agent_ne_voit_que_les_chiffres_de_son_organisation() throws Exception {
        MockHttpSession caf = connecter(ScenarioObservatoire.AGENT_CAF);
        MockHttpSession cpam = connecter(ScenarioObservatoire.AGENT_CPAM);
        // Non-recours : les dépistages lancés par ses agents seulement (pas les PPA du dépistage du coordinateur).
        mvc.perform(get("/observatoire/acces-aux-droits/non-recours-par-prestation.csv?" + PERIODE_2025).session(caf))
                .andExpect(status().isOk()).andExpect(content().string(NON_RECOURS_CAF));
        mvc.perform(get("/observatoire/acces-aux-droits/non-recours-par-prestation.csv?" + PERIODE_2025).session(cpam))
                .andExpect(content().string(ENTETE_NON_RECOURS));
        // Saisines : celles adressées à son organisation.
        mvc.perform(get("/observatoire/qualite-du-contact/saisines.csv?" + PERIODE_2025).session(caf))
                .andExpect(content().string(allOf(containsString("\r\nCAF;3;2;3.0;4.0\r\n"), not(containsString("CPAM")))));
        mvc.perform(get("/observatoire/qualite-du-contact/saisines.json?" + PERIODE_2025).session(cpam))
                .andExpect(jsonPath("$.lignes.length()").value(1))
                .andExpect(jsonPath("$.lignes[0]['Organisation']").value("CPAM"))
                .andExpect(jsonPath("$.lignes[0]['Ouvertes']").value(2))
                .andExpect(jsonPath("$.perimetre").value("CPAM essai Lozère"));
        // Ateliers où elle tenait une table, personnes passées à sa table.
        mvc.perform(get("/observatoire/territoires/ateliers.csv?" + PERIODE_2025).session(caf))
                .andExpect(content().string(endsWith("\r\n48;1;1;0\r\n")));
        mvc.perform(get("/observatoire/territoires/ateliers.csv?" + PERIODE_2025).session(cpam))
                .andExpect(content().string(endsWith("\r\n48;1;0;0\r\n")));
        mvc.perform(get("/observatoire/territoires/personnes-rencontrees.csv?" + PERIODE_2025).session(caf))
                .andExpect(content().string(endsWith("\r\n48;10;8;6;4\r\n")));
        mvc.perform(get("/observatoire/territoires/personnes-rencontrees.csv?" + PERIODE_2025).session(cpam))
                .andExpect(content().string(endsWith("\r\n48;5;1;0;0\r\n")));
        // Aucune fuite : un paramètre d'organisation dans l'URL est sans effet ; les pages ne montrent rien d'autre.
        mvc.perform(get("/observatoire/qualite-du-contact/saisines.csv?" + PERIODE_2025 + "&organisation=" + scenario.orgCaf
                        + "&organisationId=" + scenario.orgCaf).session(cpam))
                .andExpect(content().string(not(containsString("CAF;"))));
        String page = mvc.perform(get("/observatoire/qualite-du-contact?" + PERIODE_2025).session(cpam))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Vous voyez les chiffres de CPAM essai Lozère seulement", "Saisines adressées à CPAM essai Lozère")
                .doesNotContain("CAF;", "Observatoire essai Mende", "Observatoire essai Guéret", "id=\"premier-contact\"",
                        "id=\"decroche\"", "id=\"rappels\"", "id=\"notifications\"", "/observatoire/demarches-en-ligne");
        assertThat(mvc.perform(get("/observatoire/territoires?" + PERIODE_2025).session(caf)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("id=\"communes-eloignees\"", "id=\"aller-vers\"", "23;");
        assertThat(mvc.perform(get("/observatoire/acces-aux-droits?" + PERIODE_2025).session(caf)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("id=\"droits-par-prestation\"", "ppa", "2 000");
        // Refus : les sections du réseau n'existent pas pour l'agent (404), les démarches en ligne et la saisie lui sont fermées (403).
        for (String tableau : List.of("acces-aux-droits/droits-par-prestation", "acces-aux-droits/droits-par-territoire",
                "qualite-du-contact/premier-contact", "qualite-du-contact/decroche", "qualite-du-contact/rappels",
                "qualite-du-contact/notifications", "qualite-du-contact/raisons-echec", "territoires/communes-eloignees",
                "territoires/aller-vers")) {
            mvc.perform(get("/observatoire/" + tableau + ".csv?" + PERIODE_2025).session(caf)).andExpect(status().isNotFound());
            mvc.perform(get("/observatoire/" + tableau + ".json?" + PERIODE_2025).session(caf)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/observatoire/demarches-en-ligne").session(caf)).andExpect(status().isForbidden());
        mvc.perform(get("/observatoire/demarches-en-ligne/demarches.csv").session(caf)).andExpect(status().isForbidden());
        mvc.perform(post("/observatoire/demarches-en-ligne/criteres").session(caf).with(csrf()).param("intitule", "x"))
                .andExpect(status().isForbidden());
        // L'agent de démonstration (CAF de la Gironde) ne voit rien de la Lozère.
        mvc.perform(get("/observatoire/qualite-du-contact/saisines.csv?" + PERIODE_2025).session(connecter("agent@demo.passerelle.fr")))
                .andExpect(content().string(not(containsString("CAF;3"))));
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
        List<String> tous = new java.util.ArrayList<>();
        for (String id : List.of("droits", "premier-contact", "non-recours", "personnes-rencontrees", "appels-recus")) {
            tous.add(mvc.perform(get("/observatoire/open-data/" + id + ".csv?annee=2025")).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        sansCelluleSous11(tous);
        // Non-recours RSA en Lozère : 5 résolus et 7 non résolus masqués, total 12 visible.
        assertThat(tous.get(2)).contains("48;rsa;;;12\r\n");
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

    /** Chaque cellule de comptage (après les deux colonnes de libellés) est vide (masquée) ou au moins 11. */
    static void sansCelluleSous11(List<String> csvs) {
        for (String csv : csvs) {
            assertThat(csv.lines().count()).as("tableau open data non vide : %s", csv).isGreaterThan(1);
            csv.lines().skip(1).forEach(l -> {
                String[] cellules = l.split(";", -1);
                for (int i = 2; i < cellules.length; i++) {
                    assertThat(cellules[i].isEmpty() || Long.parseLong(cellules[i]) >= 11).as("cellule « %s » de %s", cellules[i], l).isTrue();
                }
            });
        }
    }

    @Test
    void reserve_au_coordinateur_et_a_l_administrateur() throws Exception {
        mvc.perform(get("/observatoire/acces-aux-droits")).andExpect(redirectedUrl("/connexion"));
        mvc.perform(get("/observatoire/acces-aux-droits").session(connecter("aidant@demo.passerelle.fr"))).andExpect(status().isForbidden());
        mvc.perform(get("/observatoire/demarches-en-ligne").session(connecter("agent@demo.passerelle.fr"))).andExpect(status().isForbidden());
        mvc.perform(get("/observatoire/territoires").session(connecter("agent@demo.passerelle.fr"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vous voyez les chiffres de CAF de la Gironde seulement")));
        mvc.perform(get("/observatoire/territoires").session(connecter("usager@demo.passerelle.fr"))).andExpect(status().isForbidden());
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

    @org.junit.jupiter.api.Test
    void cumuls_par_jour_tenus_par_les_evenements_des_dossiers() {
        new EpreuveDesCumuls(jdbc, dossiers, cumuls, tableauxDeBord).jouer();
    }
}
