package fr.passerelle.proactif;

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

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
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
import org.springframework.test.web.servlet.MockMvc;

import fr.passerelle.comptes.Annuaire;
import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.comptes.Role;
import fr.passerelle.comptes.internal.ComptesService;
import fr.passerelle.comptes.internal.domaine.AdresseEmail;
import fr.passerelle.comptes.internal.domaine.Compte;
import fr.passerelle.depistage.DepistageEmbarque;
import fr.passerelle.depistage.FormatEntree;
import fr.passerelle.depistage.OptionsDepistage;
import fr.passerelle.depistage.ReglesAttribution;
import fr.passerelle.depistage.TraitementLignes;
import fr.passerelle.dossiers.Dossiers;
import fr.passerelle.droits.internal.domaine.Questionnaire;
import fr.passerelle.droits.internal.persistance.SituationsEnregistrees;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.notifications.Canal;
import fr.passerelle.notifications.internal.domaine.AdresseElectronique;
import fr.passerelle.notifications.internal.domaine.Consentement;
import fr.passerelle.notifications.internal.domaine.HeuresCalmes;
import fr.passerelle.notifications.internal.domaine.Preferences;
import fr.passerelle.notifications.internal.persistance.PreferencesJdbc;
import fr.passerelle.proactif.internal.Lancement;
import fr.passerelle.proactif.internal.ServiceDepistages;

/**
 * Les personnes suivies dépistées à partir de leur situation « Mes droits » et des droits de leur dossier, et
 * l'import d'un fichier de constats calculé ailleurs ({@code bin/depistage}, job Spark) : sur H2, ordonnanceur à
 * l'arrêt (le test joue les passages de la tâche de fond), vrais modules droits, dossiers, notifications.
 * Camille (démonstration) a un dossier à France services de Bègles et accepte le courriel.
 */
@SpringBootTest(properties = {"passerelle.notifications.ordonnanceur.actif=false", "passerelle.proactif.partition.lignes=3"})
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class PersonnesSuiviesEtImportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ServiceDepistages service;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Annuaire annuaire;
    @Autowired
    Dossiers dossiers;
    @Autowired
    SituationsEnregistrees situations;
    @Autowired
    PreferencesJdbc preferences;
    @Autowired
    Clock horloge;
    @Autowired
    ComptesService comptes;
    @Autowired
    PasswordEncoder encodeur;

    CompteConnecte admin;
    long camille;
    long dossierCamille;
    String mois;

    @BeforeEach
    void preparer() {
        admin = annuaire.professionnelParEmail("admin@demo.passerelle.fr").orElseThrow();
        camille = annuaire.usagerParEmail("usager@demo.passerelle.fr").orElseThrow().id();
        dossierCamille = dossiers.dePersonne(camille).getFirst().id();
        mois = Mois.de(LocalDate.now(horloge)).toString();
        Map<Canal, Consentement> accords = new EnumMap<>(Canal.class);
        accords.put(Canal.EMAIL, new Consentement(Canal.EMAIL, true, horloge.instant().minus(Duration.ofDays(1)), "test"));
        preferences.enregistrer(new Preferences(camille, AdresseElectronique.lire("camille@exemple.fr"), null, null,
                List.of(Canal.EMAIL), HeuresCalmes.PAR_DEFAUT, accords), horloge.instant());
        service.traiterPartitions(1_000);
        jdbc.sql("DELETE FROM proactif_tache_aidant").update();
        jdbc.sql("DELETE FROM notification_historique WHERE notification_id IN (SELECT id FROM notification WHERE cle LIKE 'constat:%')").update();
        jdbc.sql("DELETE FROM notification WHERE cle LIKE 'constat:%'").update();
    }

    @AfterEach
    void nettoyer() {
        situations.effacer(camille);
        jdbc.sql("DELETE FROM dossier_droit WHERE dossier_id = :d AND code IN ('rsa', 'aide_logement', 'aah')").param("d", dossierCamille).update();
    }

    /** Seule, 40 ans, sans revenu, locataire à Bordeaux (550 € par mois) : le moteur lui trouve le RSA et une aide au logement. */
    void enregistrerSituation(long compte) {
        situations.enregistrer(compte, Questionnaire.depuis(Map.of("age", "40", "couple", "non", "enfants", "0",
                "handicap", "AUCUN", "logement", "LOCATAIRE", "commune", "Bordeaux", "communeChoisie", "33063-33000",
                "loyer", "550"), List.of()));
    }

    void droitAuDossier(String code, double montant, String statut) {
        jdbc.sql("DELETE FROM dossier_droit WHERE dossier_id = :d AND code = :c").param("d", dossierCamille).param("c", code).update();
        jdbc.sql("""
                INSERT INTO dossier_droit (dossier_id, code, libelle, montant, periodicite, statut, mis_a_jour_le)
                VALUES (:d, :c, :c, :m, 'par mois', :s, :le)""").param("d", dossierCamille).param("c", code).param("m", montant)
                .param("s", statut).param("le", Timestamp.from(horloge.instant())).update();
    }

    long lancerSuivies() {
        Lancement.Issue issue = service.lancerSuivies(admin);
        assertThat(issue).isInstanceOf(Lancement.Issue.Lance.class);
        return ((Lancement.Issue.Lance) issue).id();
    }

    List<String> constats(long depistage, String nature) {
        return jdbc.sql("SELECT identifiant FROM proactif_constat WHERE depistage_id = :d AND nature = :n ORDER BY identifiant")
                .param("d", depistage).param("n", nature).query(String.class).list();
    }

    long notificationsDeCamille() {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE cle LIKE :c").param("c", "constat:compte-" + camille + "/%")
                .query(Long.class).single();
    }

    long tachesDeCamille() {
        return jdbc.sql("SELECT COUNT(*) FROM proactif_tache_aidant WHERE dossier_id = :d").param("d", dossierCamille)
                .query(Long.class).single();
    }

    @Test
    void sans_situation_enregistree_personne_n_est_a_depister_et_on_le_dit() throws Exception {
        situations.effacer(camille);
        assertThat(service.lancerSuivies(admin)).isEqualTo(new Lancement.Issue.Refuse("suivies",
                "Aucune personne suivie n'a enregistré sa situation « Mes droits » : il n'y a personne à dépister."));
        mvc.perform(post("/proactif/personnes-suivies").session(connecter("admin@demo.passerelle.fr")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Aucune personne suivie n&#39;a enregistré sa situation"),
                        containsString("aria-describedby=\"suivies-aide suivies\""))));
    }

    @Test
    void une_personne_suivie_est_depistee_avec_ce_que_son_dossier_dit_qu_elle_percoit() throws Exception {
        enregistrerSituation(camille);
        // Une personne qui a enregistré sa situation mais n'a pas de dossier n'est pas une personne suivie.
        long sansDossier = comptes.vue(comptes.creerSiAbsent(Compte.nouveau(new AdresseEmail("sans-dossier-" + UUID.randomUUID()
                + "@exemple.fr"), "Sacha Seul", Role.USAGER, null, null, horloge), encodeur.encode("passerelle-demo"))).id();
        enregistrerSituation(sansDossier);

        // Sans rien au dossier : le RSA et l'aide au logement sont à demander.
        long premier = lancerSuivies();
        assertThat(service.traiterPartitions(10)).isEqualTo(1);
        List<String> aDemander = constats(premier, "A_DEMANDER");
        assertThat(aDemander).contains("compte-" + camille + "/rsa/" + mois, "compte-" + camille + "/aide_logement/" + mois);
        assertThat(constats(premier, "A_VERIFIER")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM proactif_constat WHERE depistage_id = :d AND menage = :m").param("d", premier)
                .param("m", "compte-" + sansDossier).query(Long.class).single()).isZero();
        assertThat(notificationsDeCamille()).as("une notification par droit à demander").isEqualTo(aDemander.size());
        assertThat(tachesDeCamille()).isEqualTo(aDemander.size());
        // La lecture du dossier est au journal, au nom de qui a lancé le dépistage.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM journal_acces WHERE dossier_id = :d AND action LIKE 'lecture des droits pour un dépistage%'")
                .param("d", dossierCamille).query(Long.class).single()).isPositive();

        // Le dossier dit maintenant : aide au logement accordée, RSA demandé, AAH accordée (le moteur ne la calcule pas).
        droitAuDossier("aide_logement", 310, "ACCORDE");
        droitAuDossier("rsa", 0, "DEMANDE");
        droitAuDossier("aah", 900, "ACCORDE");
        long second = lancerSuivies();
        service.traiterPartitions(10);
        List<String> aDemanderEnsuite = constats(second, "A_DEMANDER");
        assertThat(aDemanderEnsuite).doesNotContain("compte-" + camille + "/rsa/" + mois, "compte-" + camille + "/aide_logement/" + mois);
        assertThat(constats(second, "A_VERIFIER")).containsExactly("compte-" + camille + "/aah/" + mois);
        assertThat(jdbc.sql("SELECT montant_centimes FROM proactif_constat WHERE depistage_id = :d AND nature = 'A_VERIFIER'")
                .param("d", second).query(Long.class).single()).as("le montant perçu, celui du dossier").isEqualTo(90_000L);
        // Jamais deux fois : aucun nouveau message (les droits restants étaient déjà annoncés) ; le droit peut-être perdu
        // n'est pas annoncé à la personne, il devient une tâche pour son aidant.
        assertThat(notificationsDeCamille()).isEqualTo(aDemander.size());
        assertThat(tachesDeCamille()).isEqualTo(aDemander.size() + 1);

        // Refait le même mois : rien de nouveau, ni message ni tâche.
        lancerSuivies();
        service.traiterPartitions(10);
        assertThat(notificationsDeCamille()).isEqualTo(aDemander.size());
        assertThat(tachesDeCamille()).isEqualTo(aDemander.size() + 1);

        long mandat = mandatActif();
        try {
            mvc.perform(get("/aidant/constats").session(connecter("aidant@demo.passerelle.fr"))).andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("perçu, peut-être perdu : à vérifier avec la personne"),
                            containsString("allocation aux adultes handicapés"), containsString("pas de message à la personne"))));
        } finally {
            jdbc.sql("DELETE FROM mandat_perimetre WHERE mandat_id = :m").param("m", mandat).update();
            jdbc.sql("DELETE FROM mandat WHERE id = :m").param("m", mandat).update();
        }
    }

    @Test
    void sans_canal_accepte_rien_n_est_envoye_et_une_situation_effacee_entre_temps_est_un_rejet() {
        enregistrerSituation(camille);
        preferences.enregistrer(new Preferences(camille, AdresseElectronique.lire("camille@exemple.fr"), null, null, List.of(Canal.EMAIL),
                HeuresCalmes.PAR_DEFAUT, Map.of(Canal.EMAIL, new Consentement(Canal.EMAIL, false, horloge.instant(), "test"))), horloge.instant());
        long id = lancerSuivies();
        service.traiterPartitions(10);
        assertThat(notificationsDeCamille()).isZero();
        assertThat(jdbc.sql("SELECT DISTINCT suite FROM proactif_constat WHERE depistage_id = :d AND nature = 'A_DEMANDER'")
                .param("d", id).query(String.class).list()).containsExactly("NON_PREVENU_SANS_CANAL");

        // La personne efface sa situation après le lancement : elle n'est pas dépistée, le rejet le dit.
        long efface = lancerSuivies();
        situations.effacer(camille);
        service.traiterPartitions(10);
        assertThat(constats(efface, "A_DEMANDER")).isEmpty();
        assertThat(jdbc.sql("SELECT champ FROM proactif_rejet WHERE depistage_id = :d").param("d", efface).query(String.class).list())
                .containsExactly("situation");
    }

    /** La population du test d'AdministrationProactiveTest : Camille, un ménage inconnu, une commune inexistante. */
    String population(String suffixe) {
        String sansRevenu = ";2025-07;33063;locataire_vide;550;seul;;1980-03-01;chomeur";
        return String.join("\n", AdministrationProactiveTest.ENTETE, "compte-" + camille + sansRevenu, "X-" + suffixe + sansRevenu,
                "R1-" + suffixe + ";2025-07;99999;locataire_vide;550;seul;;1980-03-01;chomeur");
    }

    /** Les lignes {@code constats.jsonl} que {@code bin/depistage depiste} écrirait pour cette population. */
    static List<String> sortieDeBinDepistage(String population) throws Exception {
        List<String> constats = new ArrayList<>();
        new DepistageEmbarque(Moteur.francais(), new OptionsDepistage(FormatEntree.CSV, null, null, ReglesAttribution.parDefaut()), 1)
                .executer(new BufferedReader(new StringReader(population)), (nature, ligne) -> {
                    if (TraitementLignes.CONSTATS.equals(nature)) {
                        constats.add(ligne);
                    }
                });
        return constats;
    }

    @Test
    void un_fichier_de_constats_importe_donne_les_memes_suites_que_le_depistage_de_la_population() throws Exception {
        String suffixe = UUID.randomUUID().toString().substring(0, 8);
        List<String> sortie = sortieDeBinDepistage(population(suffixe));
        assertThat(sortie).hasSize(2);

        long depiste = ((Lancement.Issue.Lance) service.lancer(admin, "population.csv",
                population(suffixe).getBytes(StandardCharsets.UTF_8), null)).id();
        service.traiterPartitions(10);
        long notifiees = notificationsDeCamille();
        assertThat(notifiees).isPositive();

        Lancement.Issue issue = service.importer(admin, "constats.jsonl", String.join("\n", sortie).getBytes(StandardCharsets.UTF_8));
        long importe = ((Lancement.Issue.Lance) issue).id();
        assertThat(service.traiterPartitions(10)).isEqualTo(1);
        String requete = "SELECT identifiant || ' ' || nature || ' ' || suite || ' ' || montant_centimes FROM proactif_constat "
                + "WHERE depistage_id = :d ORDER BY identifiant";
        List<String> suitesImportees = jdbc.sql(requete).param("d", importe).query(String.class).list();
        // Mêmes constats, mêmes montants, mêmes suites (personne suivie prévenue, ménage inconnu en export)…
        assertThat(suitesImportees).isNotEmpty().isEqualTo(jdbc.sql(requete).param("d", depiste).query(String.class).list());
        assertThat(suitesImportees).anyMatch(l -> l.startsWith("X-" + suffixe + "/rsa/2025-07 A_DEMANDER EXPORT"));
        // … et aucun message en double : les constats avaient déjà été annoncés.
        assertThat(notificationsDeCamille()).isEqualTo(notifiees);
    }

    @Test
    void une_ligne_fautive_du_fichier_de_constats_est_mise_de_cote_avec_sa_ligne_et_sa_raison() throws Exception {
        String suffixe = UUID.randomUUID().toString().substring(0, 8);
        String bon = "{\"menage\":\"A-" + suffixe + "\",\"periode\":\"2025-07\",\"departement\":\"33\",\"a_demander\":[{\"constat\":\"A-"
                + suffixe + "/ppa/2025-07\",\"prestation\":\"ppa\",\"montant\":169.14,\"montant_annuel\":2029.68}]}";
        String fichier = String.join("\n",
                bon,
                "{pas du json",
                "{\"menage\":\"B\",\"periode\":\"2025-7\",\"departement\":\"33\",\"a_demander\":[]}",
                "{\"menage\":\"C\",\"periode\":\"2025-07\",\"departement\":\"33\",\"a_demander\":[{\"constat\":\"C/prime_de_noel/2025-07\","
                        + "\"prestation\":\"prime_de_noel\",\"montant\":10,\"montant_annuel\":120}]}",
                "{\"menage\":\"D\",\"periode\":\"2025-07\",\"departement\":\"33\",\"a_verifier\":[{\"constat\":\"E/rsa/2025-07\","
                        + "\"prestation\":\"rsa\",\"montant\":10,\"montant_annuel\":120}]}",
                "{\"menage\":\"F\",\"periode\":\"2025-07\",\"departement\":\"33\",\"a_demander\":[{\"constat\":\"F/rsa/2025-07\","
                        + "\"prestation\":\"rsa\",\"montant\":-5,\"montant_annuel\":120}]}",
                "",
                bon.replace("A-" + suffixe, "G-" + suffixe));
        long id = ((Lancement.Issue.Lance) service.importer(admin, "constats.jsonl", fichier.getBytes(StandardCharsets.UTF_8))).id();
        service.traiterPartitions(10);
        List<String> rejets = jdbc.sql("SELECT ligne || ' ' || champ FROM proactif_rejet WHERE depistage_id = :d ORDER BY ligne")
                .param("d", id).query(String.class).list();
        assertThat(rejets).containsExactly("2 ligne", "3 periode", "4 a_demander[0].prestation", "5 a_verifier[0].constat",
                "6 a_demander[0].montant");
        assertThat(jdbc.sql("SELECT raison FROM proactif_rejet WHERE depistage_id = :d AND ligne = 4").param("d", id)
                .query(String.class).single()).contains("prestation inconnue", "prime_de_noel");
        // Le reste du fichier est traité : la première et la dernière ligne donnent leurs constats, en export.
        assertThat(constats(id, "A_DEMANDER")).containsExactly("A-" + suffixe + "/ppa/2025-07", "G-" + suffixe + "/ppa/2025-07");
        assertThat(jdbc.sql("SELECT SUM(rejets) FROM proactif_partition WHERE depistage_id = :d").param("d", id).query(Long.class).single())
                .isEqualTo(5L);

        MockHttpSession session = connecter("coordinateur@demo.passerelle.fr");
        mvc.perform(get("/proactif/depistages/" + id).session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("5 rejet(s)"), containsString("prime_de_noel"))));
        mvc.perform(multipart("/proactif/constats").file(new MockMultipartFile("constats", "constats.csv", "text/csv",
                        bon.getBytes(StandardCharsets.UTF_8))).session(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Le fichier de constats doit finir par .jsonl"),
                        containsString("aria-describedby=\"constats-aide constats-erreur\""))));
        mvc.perform(multipart("/proactif/constats").file(new MockMultipartFile("constats", "constats.jsonl", "application/json",
                        new byte[0])).session(session).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choisissez un fichier de constats")));
        mvc.perform(multipart("/proactif/constats").file(new MockMultipartFile("constats", "constats.jsonl", "application/json",
                        bon.getBytes(StandardCharsets.UTF_8))).session(session).with(csrf()))
                .andExpect(redirectedUrlPattern("/proactif/depistages/*"));
    }

    @Test
    void un_menage_en_double_est_mis_de_cote_sans_bloquer_le_depistage() {
        String suffixe = UUID.randomUUID().toString().substring(0, 8);
        java.util.function.Function<String, String> ligne = m -> "{\"menage\":\"" + m + "\",\"periode\":\"2025-07\",\"departement\":\"33\","
                + "\"a_demander\":[{\"constat\":\"" + m + "/ppa/2025-07\",\"prestation\":\"ppa\",\"montant\":169.14,\"montant_annuel\":2029.68}]}";
        // Partitions de 3 lignes : A revient dans la même partition (ligne 3), B dans la suivante (ligne 4).
        String fichier = String.join("\n", ligne.apply("A-" + suffixe), ligne.apply("B-" + suffixe), ligne.apply("A-" + suffixe),
                ligne.apply("B-" + suffixe), ligne.apply("C-" + suffixe));
        long id = ((Lancement.Issue.Lance) service.importer(admin, "constats.jsonl", fichier.getBytes(StandardCharsets.UTF_8))).id();
        assertThat(service.traiterPartitions(10)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT DISTINCT statut FROM proactif_partition WHERE depistage_id = :d").param("d", id).query(String.class).list())
                .containsExactly("FINIE");
        assertThat(jdbc.sql("SELECT ligne || ' ' || champ FROM proactif_rejet WHERE depistage_id = :d ORDER BY ligne").param("d", id)
                .query(String.class).list()).containsExactly("3 menage", "4 menage");
        assertThat(constats(id, "A_DEMANDER")).containsExactly("A-" + suffixe + "/ppa/2025-07", "B-" + suffixe + "/ppa/2025-07",
                "C-" + suffixe + "/ppa/2025-07");

        // Même chose pour une population : le même ménage deux fois dans le fichier.
        String x = "X-" + suffixe + ";2025-07;33063;locataire_vide;550;seul;;1980-03-01;chomeur";
        long population = ((Lancement.Issue.Lance) service.lancer(admin, "population.csv",
                String.join("\n", AdministrationProactiveTest.ENTETE, x, x).getBytes(StandardCharsets.UTF_8), null)).id();
        service.traiterPartitions(10);
        assertThat(jdbc.sql("SELECT statut FROM proactif_partition WHERE depistage_id = :d").param("d", population).query(String.class).list())
                .containsExactly("FINIE");
        assertThat(jdbc.sql("SELECT champ FROM proactif_rejet WHERE depistage_id = :d").param("d", population).query(String.class).list())
                .containsExactly("menage");
        assertThat(constats(population, "A_DEMANDER")).isNotEmpty().doesNotHaveDuplicates();
    }

    long mandatActif() {
        long structure = dossiers.dePersonne(camille).getFirst().structureId();
        Timestamp maintenant = Timestamp.from(horloge.instant());
        var cle = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO mandat (dossier_id, structure_id, duree_nombre, duree_unite, mode_consentement, cree_le, cree_par_id,
                cree_par_nom, etat, signe_le) VALUES (:d, :s, 3, 'MOIS', 'SIGNATURE_ECRAN', :m, 1, 'Karim Aidant', 'ACTIF', :m)""")
                .param("d", dossierCamille).param("s", structure).param("m", maintenant).update(cle, "id");
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
