package fr.passerelle.proactif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.passerelle.comptes.Annuaire;
import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.comptes.Role;
import fr.passerelle.comptes.internal.ComptesService;
import fr.passerelle.comptes.internal.domaine.AdresseEmail;
import fr.passerelle.comptes.internal.domaine.Compte;
import fr.passerelle.dossiers.Dossiers;
import fr.passerelle.notifications.Canal;
import fr.passerelle.notifications.Notifications;
import fr.passerelle.notifications.internal.domaine.AdresseElectronique;
import fr.passerelle.notifications.internal.domaine.Consentement;
import fr.passerelle.notifications.internal.domaine.HeuresCalmes;
import fr.passerelle.notifications.internal.domaine.Preferences;
import fr.passerelle.notifications.internal.persistance.PreferencesJdbc;
import fr.passerelle.proactif.internal.Lancement;
import fr.passerelle.proactif.internal.ServiceDepistages;

/**
 * Du fichier déposé aux personnes, sur H2, ordonnanceur à l'arrêt (le test joue les passages de la tâche de fond) :
 * partitions de 2 lignes, vrai moteur, vrais modules notifications, dossiers et mandats. Camille (démonstration,
 * dossier suivi par France services de Bègles) a accepté le courriel ; une deuxième personne a refusé tout canal ;
 * un ménage inconnu part en export ; deux lignes fautives sont rejetées.
 */
@SpringBootTest(properties = {"passerelle.notifications.ordonnanceur.actif=false", "passerelle.proactif.partition.lignes=2"})
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class AdministrationProactiveTest {

    static final String ENTETE = "menage;periode;depcom;statut_occupation_logement;loyer;couple;percoit;a1_date_naissance;a1_activite";
    static final String SANS_REVENU = ";2025-07;33063;locataire_vide;550;seul;;1980-03-01;chomeur";

    @Autowired
    MockMvc mvc;
    @Autowired
    ServiceDepistages service;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Annuaire annuaire;
    @Autowired
    ComptesService comptes;
    @Autowired
    PasswordEncoder encodeur;
    @Autowired
    PreferencesJdbc preferences;
    @Autowired
    Dossiers dossiers;
    @Autowired
    Clock horloge;
    @MockitoSpyBean
    Notifications notifications;

    CompteConnecte admin;
    long camille;
    long dossierCamille;
    long refuse;
    String suffixe;

    @BeforeEach
    void preparer() {
        admin = annuaire.professionnelParEmail("admin@demo.passerelle.fr").orElseThrow();
        camille = annuaire.usagerParEmail("usager@demo.passerelle.fr").orElseThrow().id();
        dossierCamille = dossiers.dePersonne(camille).getFirst().id();
        accepter(camille, true);
        suffixe = UUID.randomUUID().toString().substring(0, 8);
        refuse = compte("refus-" + suffixe + "@exemple.fr", "Dominique Refus", Role.USAGER, null).id();
        accepter(refuse, false);
        // Les dépistages laissés en cours par un test précédent sont finis d'abord ; puis on efface les notifications
        // et tâches de constats, pour que chaque test compte les siennes.
        service.traiterPartitions(1_000);
        jdbc.sql("DELETE FROM proactif_tache_aidant").update();
        jdbc.sql("DELETE FROM notification_historique WHERE notification_id IN (SELECT id FROM notification WHERE cle LIKE 'constat:%')").update();
        jdbc.sql("DELETE FROM notification WHERE cle LIKE 'constat:%'").update();
    }

    CompteConnecte compte(String email, String nom, Role role, Long structure) {
        Compte c = comptes.creerSiAbsent(Compte.nouveau(new AdresseEmail(email), nom, role, structure, null, horloge),
                encodeur.encode("passerelle-demo"));
        return comptes.vue(c);
    }

    void accepter(long personne, boolean accord) {
        Map<Canal, Consentement> accords = new EnumMap<>(Canal.class);
        accords.put(Canal.EMAIL, new Consentement(Canal.EMAIL, accord, horloge.instant().minus(Duration.ofDays(1)), "test"));
        preferences.enregistrer(new Preferences(personne, AdresseElectronique.lire("personne" + personne + "@exemple.fr"),
                null, null, List.of(Canal.EMAIL), HeuresCalmes.PAR_DEFAUT, accords), horloge.instant());
    }

    /** Camille (ligne 2), la personne sans canal (3), un ménage inconnu (4), deux lignes fautives (5, 6). */
    byte[] population() {
        return String.join("\n", ENTETE,
                "compte-" + camille + SANS_REVENU,
                "compte-" + refuse + SANS_REVENU,
                "X-" + suffixe + SANS_REVENU,
                "R1-" + suffixe + ";2025-07;99999;locataire_vide;550;seul;;1980-03-01;chomeur",
                "R2-" + suffixe + ";2025-07;33063;locataire_vide;550;seul;prime_de_noel:10;1980-03-01;chomeur")
                .getBytes(StandardCharsets.UTF_8);
    }

    long lancer() {
        Lancement.Issue issue = service.lancer(admin, "population.csv", population(), "2025-07");
        assertThat(issue).isInstanceOf(Lancement.Issue.Lance.class);
        return ((Lancement.Issue.Lance) issue).id();
    }

    long notificationsDe(long personne) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE cle LIKE :c").param("c", "constat:compte-" + personne + "/%")
                .query(Long.class).single();
    }

    List<String> statuts(long depistage) {
        return jdbc.sql("SELECT statut FROM proactif_partition WHERE depistage_id = :d ORDER BY numero").param("d", depistage)
                .query(String.class).list();
    }

    long aDemanderDe(long depistage, long personne) {
        return jdbc.sql("SELECT COUNT(*) FROM proactif_constat WHERE depistage_id = :d AND menage = :m AND nature = 'A_DEMANDER'")
                .param("d", depistage).param("m", "compte-" + personne).query(Long.class).single();
    }

    @Test
    void un_depistage_interrompu_reprend_sans_refaire_ni_renvoyer() {
        long id = lancer();
        assertThat(statuts(id)).containsExactly("A_FAIRE", "A_FAIRE", "A_FAIRE");

        // Le processus « meurt » au milieu de la première partition : Camille est déjà notifiée dans la
        // transaction, puis tout s'arrête avant la deuxième personne.
        AtomicInteger appels = new AtomicInteger();
        doAnswer(appel -> {
            if (appels.incrementAndGet() == 2) {
                throw new IllegalStateException("processus tué");
            }
            return appel.callRealMethod();
        }).when(notifications).planifier(any());
        assertThatThrownBy(() -> service.traiterPartitions(10)).hasMessageContaining("processus tué");
        assertThat(statuts(id)).containsExactly("A_FAIRE", "A_FAIRE", "A_FAIRE");
        assertThat(notificationsDe(camille)).as("rien ne reste d'une partition interrompue").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM proactif_constat WHERE depistage_id = :d").param("d", id).query(Long.class).single()).isZero();

        // Reprise : la première partition est refaite en entier, puis on s'arrête de nouveau après elle.
        doAnswer(appel -> appel.callRealMethod()).when(notifications).planifier(any());
        assertThat(service.traiterPartitions(1)).isEqualTo(1);
        assertThat(statuts(id)).containsExactly("FINIE", "A_FAIRE", "A_FAIRE");
        Timestamp premiereFinie = jdbc.sql("SELECT finie_le FROM proactif_partition WHERE depistage_id = :d AND numero = 1")
                .param("d", id).query(Timestamp.class).single();
        long notifieesAvant = notificationsDe(camille);
        assertThat(notifieesAvant).isEqualTo(aDemanderDe(id, camille)).isPositive();

        // Deuxième reprise : seules les partitions à faire sont traitées ; la première n'est ni relue ni renvoyée.
        assertThat(service.traiterPartitions(10)).isEqualTo(2);
        assertThat(service.traiterPartitions(10)).isZero();
        assertThat(statuts(id)).containsExactly("FINIE", "FINIE", "FINIE");
        assertThat(jdbc.sql("SELECT finie_le FROM proactif_partition WHERE depistage_id = :d AND numero = 1")
                .param("d", id).query(Timestamp.class).single()).isEqualTo(premiereFinie);
        assertThat(notificationsDe(camille)).isEqualTo(notifieesAvant);
        assertThat(jdbc.sql("SELECT statut FROM proactif_depistage WHERE id = :d").param("d", id).query(String.class).single())
                .isEqualTo("TERMINE");
    }

    @Test
    void une_partition_dont_le_calcul_echoue_est_mise_de_cote_sans_bloquer_les_suivantes() {
        long casse = lancer();
        // Un mois de calcul impossible en base : c'est le calcul qui échoue, pas une ligne du fichier.
        jdbc.sql("UPDATE proactif_depistage SET date_calcul = '2025-13' WHERE id = :d").param("d", casse).update();
        long sain = lancer();
        assertThat(service.traiterPartitions(10)).isEqualTo(6);
        assertThat(statuts(casse)).containsExactly("ECHOUEE", "ECHOUEE", "ECHOUEE");
        assertThat(jdbc.sql("SELECT echec FROM proactif_partition WHERE depistage_id = :d AND numero = 1").param("d", casse)
                .query(String.class).single()).contains("2025-13");
        assertThat(statuts(sain)).containsExactly("FINIE", "FINIE", "FINIE");
        assertThat(jdbc.sql("SELECT statut FROM proactif_depistage WHERE id = :d").param("d", casse).query(String.class).single())
                .isEqualTo("TERMINE");
    }

    @Test
    void le_meme_constat_deux_fois_ne_donne_qu_une_notification_et_une_tache() {
        long premier = lancer();
        service.traiterPartitions(10);
        long notifiees = notificationsDe(camille);
        assertThat(notifiees).isEqualTo(aDemanderDe(premier, camille)).isPositive();
        assertThat(jdbc.sql("SELECT suite FROM proactif_constat WHERE depistage_id = :d AND menage = :m AND nature = 'A_DEMANDER'")
                .param("d", premier).param("m", "compte-" + camille).query(String.class).list()).containsOnly("PREVENU");
        long taches = jdbc.sql("SELECT COUNT(*) FROM proactif_tache_aidant WHERE dossier_id = :d").param("d", dossierCamille)
                .query(Long.class).single();
        assertThat(taches).isEqualTo(notifiees);

        long second = lancer();
        service.traiterPartitions(10);
        assertThat(aDemanderDe(second, camille)).isEqualTo(aDemanderDe(premier, camille));
        assertThat(notificationsDe(camille)).as("mêmes identifiants de constat : aucune nouvelle notification").isEqualTo(notifiees);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM proactif_tache_aidant WHERE dossier_id = :d").param("d", dossierCamille)
                .query(Long.class).single()).isEqualTo(taches);
        String corps = jdbc.sql("SELECT corps FROM notification WHERE cle LIKE :c FETCH FIRST 1 ROWS ONLY")
                .param("c", "constat:compte-" + camille + "/rsa/%").query(String.class).single();
        assertThat(corps).contains("revenu de solidarité active", "€ par mois", "caf.fr", "la structure qui vous accompagne");
    }

    @Test
    void sans_canal_accepte_la_personne_n_est_pas_prevenue_et_le_constat_le_dit() {
        long id = lancer();
        service.traiterPartitions(10);
        assertThat(aDemanderDe(id, refuse)).isPositive();
        assertThat(notificationsDe(refuse)).isZero();
        assertThat(jdbc.sql("SELECT DISTINCT suite FROM proactif_constat WHERE depistage_id = :d AND menage = :m AND nature = 'A_DEMANDER'")
                .param("d", id).param("m", "compte-" + refuse).query(String.class).list()).containsExactly("NON_PREVENU_SANS_CANAL");
        // Le ménage inconnu de Passerelle part en export, sans notification.
        assertThat(jdbc.sql("SELECT DISTINCT suite FROM proactif_constat WHERE depistage_id = :d AND menage = :m")
                .param("d", id).param("m", "X-" + suffixe).query(String.class).list()).containsExactly("EXPORT");
    }

    @Test
    void les_rejets_sont_comptes_avec_leur_ligne_et_leur_raison() throws Exception {
        long id = lancer();
        service.traiterPartitions(10);
        assertThat(jdbc.sql("SELECT ligne FROM proactif_rejet WHERE depistage_id = :d ORDER BY ligne").param("d", id)
                .query(Long.class).list()).containsExactly(5L, 6L);
        assertThat(jdbc.sql("SELECT SUM(rejets) FROM proactif_partition WHERE depistage_id = :d").param("d", id)
                .query(Long.class).single()).isEqualTo(2L);
        assertThat(jdbc.sql("SELECT SUM(menages) FROM proactif_partition WHERE depistage_id = :d").param("d", id)
                .query(Long.class).single()).isEqualTo(3L);
        MockHttpSession session = connecter("admin@demo.passerelle.fr");
        mvc.perform(get("/proactif/depistages/" + id).session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("3 ménage(s) dépisté(s)"), containsString("2 rejet(s)"),
                        containsString("R1-" + suffixe), containsString("prime_de_noel"), containsString("revenu de solidarité active"))));
        String csv = mvc.perform(get("/proactif/exports/" + id + "/caf.csv").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("constat;menage;periode").contains("X-" + suffixe + "/rsa/2025-07;X-" + suffixe)
                .doesNotContain("compte-" + camille + "/rsa");
        mvc.perform(get("/proactif/exports").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/proactif/exports/" + id + "/caf.csv")));
    }

    @Test
    void une_structure_ne_voit_que_ses_constats_et_seulement_sous_mandat() throws Exception {
        lancer();
        service.traiterPartitions(10);
        long ccas = jdbc.sql("SELECT id FROM structure WHERE nom = 'CCAS de Bordeaux' FETCH FIRST 1 ROWS ONLY").query(Long.class).single();
        compte("aidant-ccas-" + suffixe + "@exemple.fr", "Lou Ccas", Role.AIDANT, ccas);

        MockHttpSession karim = connecter("aidant@demo.passerelle.fr");
        mvc.perform(get("/aidant/constats").session(karim)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Dossier n° " + dossierCamille), containsString("Détail masqué"),
                        not(containsString("revenu de solidarité active")))));

        long mandat = mandatActif(dossierCamille);
        try {
            mvc.perform(get("/aidant/constats").session(karim)).andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("revenu de solidarité active"), containsString("prévenue (courriel)"))));
            MockHttpSession lou = connecter("aidant-ccas-" + suffixe + "@exemple.fr");
            mvc.perform(get("/aidant/constats").session(lou)).andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("Aucun droit trouvé"), not(containsString("Dossier n° " + dossierCamille)),
                            not(containsString("revenu de solidarité active")))));
        } finally {
            jdbc.sql("DELETE FROM mandat_perimetre WHERE mandat_id = :m").param("m", mandat).update();
            jdbc.sql("DELETE FROM mandat WHERE id = :m").param("m", mandat).update();
        }
    }

    @Test
    void seuls_administrateur_et_coordinateur_lancent_et_une_mauvaise_entree_est_refusee_en_la_nommant() throws Exception {
        MockHttpSession usager = connecter("usager@demo.passerelle.fr");
        mvc.perform(get("/proactif").session(usager)).andExpect(status().isForbidden());
        mvc.perform(get("/proactif/exports").session(connecter("aidant@demo.passerelle.fr"))).andExpect(status().isForbidden());
        mvc.perform(get("/aidant/constats").session(connecter("admin@demo.passerelle.fr"))).andExpect(status().isForbidden());

        MockHttpSession coordinateur = connecter("coordinateur@demo.passerelle.fr");
        mvc.perform(multipart("/proactif").file(new MockMultipartFile("fichier", "population.csv", "text/csv", population()))
                        .param("date", "juillet").session(coordinateur).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Le mois de calcul doit s&#39;écrire AAAA-MM"),
                        containsString("value=\"juillet\""), containsString("aria-describedby=\"date-aide date-erreur\""))));
        mvc.perform(multipart("/proactif").file(new MockMultipartFile("fichier", "population.csv", "text/csv",
                                "menage;periode;couleur\nM1;2025-07;bleu".getBytes(StandardCharsets.UTF_8)))
                        .session(coordinateur).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("L&#39;en-tête du fichier CSV ne convient pas")));
        mvc.perform(multipart("/proactif").file(new MockMultipartFile("fichier", "population.xlsx", "application/octet-stream", population()))
                        .session(coordinateur).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("doit finir par .jsonl")));
        mvc.perform(multipart("/proactif").file(new MockMultipartFile("fichier", "population.csv", "text/csv", population()))
                        .param("date", "2025-07").session(coordinateur).with(csrf()))
                .andExpect(redirectedUrlPattern("/proactif/depistages/*"));
    }

    long mandatActif(long dossier) {
        long structure = dossiers.dePersonne(camille).getFirst().structureId();
        Instant maintenant = horloge.instant();
        var cle = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO mandat (dossier_id, structure_id, duree_nombre, duree_unite, mode_consentement, cree_le, cree_par_id,
                cree_par_nom, etat, signe_le) VALUES (:d, :s, 3, 'MOIS', 'SIGNATURE_ECRAN', :m, 1, 'Karim Aidant', 'ACTIF', :m)""")
                .param("d", dossier).param("s", structure).param("m", Timestamp.from(maintenant)).update(cle, "id");
        long id = cle.getKey().longValue();
        jdbc.sql("INSERT INTO mandat_perimetre (mandat_id, perimetre) VALUES (:m, 'PRESTATIONS_SOCIALES')").param("m", id).update();
        return id;
    }

    MockHttpSession connecter(String email) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/connexion").session(session).with(csrf()).param("email", email).param("motDePasse", "passerelle-demo"))
                .andExpect(redirectedUrl("/mon-espace"));
        return session;
    }
}
