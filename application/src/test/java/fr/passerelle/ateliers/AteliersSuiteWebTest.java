package fr.passerelle.ateliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import fr.passerelle.dossiers.DossiersDeTest;
import fr.passerelle.dossiers.DossiersDeTest.EtatMandat;
import fr.passerelle.dossiers.internal.persistance.DossierJdbc;
import fr.passerelle.notifications.HorlogeReglable;
import fr.passerelle.structures.ReferentielStructures;
import fr.passerelle.structures.Structure;
import fr.passerelle.structures.TypeStructure;

/**
 * La suite de l'issue 7 en MockMvc, sur H2, avec une horloge que le test avance : inscription par SMS (mot-clé
 * {@code ATELIER <code>} reçu par le point d'entrée des notifications, réponses par le pipeline), suivis dans le
 * dossier de la personne (accord, mandat), droits du questionnaire et leur montant annuel, contacts institutionnels,
 * résultats par atelier et par campagne (suivis encore ouverts après 30 jours).
 */
@SpringBootTest(properties = {"passerelle.notifications.ordonnanceur.actif=false",
        "passerelle.notifications.sms.secret-entrant=secret-de-test", "passerelle.ateliers.numero-sms=07 55 00 00 00"})
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class AteliersSuiteWebTest {

    static final HorlogeReglable HORLOGE = new HorlogeReglable(Instant.now());

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
    JdbcClient jdbc;
    @Autowired
    DossierJdbc dossierJdbc;
    @Autowired
    ReferentielStructures referentiel;
    @Autowired
    fr.passerelle.journal.Journal journal;

    MockHttpSession connecter(String email) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/connexion").session(session).with(csrf()).param("email", email).param("motDePasse", "passerelle-demo"))
                .andExpect(redirectedUrl("/mon-espace"));
        return session;
    }

    LocalDate aujourdhui() {
        return LocalDate.ofInstant(HORLOGE.instant(), ZoneId.of("Europe/Paris"));
    }

    /** Les ateliers de l'année (huit, générés par la règle trimestrielle) ; l'année est propre à chaque test. */
    List<Long> ateliers(MockHttpSession coord, int annee) throws Exception {
        mvc.perform(post("/ateliers/campagnes/generer").session(coord).with(csrf()).param("annee", String.valueOf(annee)))
                .andExpect(redirectedUrl("/ateliers/campagnes?annee=" + annee));
        return jdbc.sql("SELECT a.id FROM atelier a JOIN campagne c ON c.id = a.campagne_id WHERE c.annee = ? ORDER BY a.jour, a.id")
                .param(annee).query(Long.class).list();
    }

    String sms(String de, String texte) throws Exception {
        return mvc.perform(post("/notifications/sms/entrant").header("X-Passerelle-Secret", "secret-de-test")
                .param("from", de).param("text", texte)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** La dernière réponse envoyée à ce numéro, sans accents (le canal SMS translittère en GSM-7 : « ê » devient « e »). */
    String reponse(String e164) {
        return sansAccents(jdbc.sql("SELECT corps FROM notification WHERE cle LIKE ? ORDER BY id DESC").param("atelier-sms-" + e164 + "-%")
                .query(String.class).list().get(0));
    }

    static String sansAccents(String texte) {
        return java.text.Normalizer.normalize(texte, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** La page, pour des affirmations AssertJ qui disent ce qui manque. */
    String page(org.springframework.test.web.servlet.RequestBuilder requete) throws Exception {
        return mvc.perform(requete).andReturn().getResponse().getContentAsString();
    }

    @Test
    void inscription_par_sms_sans_doublon_avec_confirmation_et_refus_clairs() throws Exception {
        MockHttpSession coord = connecter("coordinateur@demo.passerelle.fr");
        List<Long> ids = ateliers(coord, aujourdhui().getYear() + 1);
        long id = ids.get(0);
        String code = jdbc.sql("SELECT code_sms FROM atelier WHERE id = ?").param(id).query(String.class).single();
        assertThat(code).matches("[A-HJ-KM-NP-Z2-9]{4}");
        mvc.perform(get("/ateliers/" + id).session(coord)).andExpect(content().string(containsString("ATELIER " + code)));
        // Le code est imprimé sur le flyer, avec le numéro qui reçoit les SMS.
        byte[] flyer = mvc.perform(get("/ateliers/" + id + "/flyer.pdf").session(coord)).andReturn().getResponse().getContentAsByteArray();
        assertThat(new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(flyer)).getTextFromPage(1)
                .replaceAll("\\s+", " ")).contains("envoyez par SMS : ATELIER " + code + " au 07 55 00 00 00");
        mvc.perform(post("/ateliers/" + id + "/lieu").session(coord).with(csrf()).param("typeLieu", "BUS")
                .param("adresse", "Place du marché").param("capacite", "2").param("accessibilite", "Plain-pied"))
                .andExpect(redirectedUrl("/ateliers/" + id));

        // Inscrite, en minuscules et avec son nom ; confirmation et rappel par SMS.
        assertThat(sms("06 11 22 33 44", "atelier " + code.toLowerCase() + " Marie Curie")).isEqualTo("INSCRIPTION_TRANSMISE");
        assertThat(jdbc.sql("SELECT nom || '/' || telephone || '/' || origine FROM inscription WHERE atelier_id = ?").param(id)
                .query(String.class).list()).containsExactly("Marie Curie/0611223344/SMS");
        assertThat(reponse("+33611223344")).startsWith(sansAccents("Vous êtes inscrit(e) à l'atelier du")).contains("Place du marche");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE cle LIKE ?").param("atelier-" + id + "-rappel-%")
                .query(Integer.class).single()).isEqualTo(1);

        // Le même numéro une seconde fois : pas de doublon, la raison en réponse.
        HORLOGE.avancer(Duration.ofSeconds(5));
        sms("+33611223344", "ATELIER " + code);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inscription WHERE atelier_id = ?").param(id).query(Integer.class).single()).isEqualTo(1);
        String jour = jdbc.sql("SELECT jour FROM atelier WHERE id = ?").param(id).query(LocalDate.class).single()
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(reponse("+33611223344")).startsWith(sansAccents("Ce numéro est déjà inscrit à l'atelier du " + jour + ", Place du marché"))
                .endsWith(sansAccents("À bientôt !"));

        // Code inconnu, code absent.
        sms("0622334455", "ATELIER ZZZZ9");
        assertThat(reponse("+33622334455")).isEqualTo(sansAccents("Inscription impossible : le code ZZZZ9 ne correspond à aucun atelier. Vérifiez le code sur l'affiche."));
        HORLOGE.avancer(Duration.ofSeconds(5));
        sms("0622334455", "Atelier");
        assertThat(reponse("+33622334455")).contains(sansAccents("écrivez ATELIER suivi du code imprimé sur l'affiche"));

        // Complet : deux places.
        HORLOGE.avancer(Duration.ofSeconds(5));
        sms("0622334455", "ATELIER " + code);
        assertThat(reponse("+33622334455")).startsWith(sansAccents("Vous êtes inscrit(e)"));
        sms("0733445566", "ATELIER " + code + " Paul");
        assertThat(reponse("+33733445566")).contains(sansAccents("est complet. Vous pouvez venir quand même, sans inscription : Place du marché"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inscription WHERE atelier_id = ?").param(id).query(Integer.class).single()).isEqualTo(2);

        // Atelier passé.
        long autre = ids.get(1);
        String codePasse = jdbc.sql("SELECT code_sms FROM atelier WHERE id = ?").param(autre).query(String.class).single();
        jdbc.sql("UPDATE atelier SET jour = ? WHERE id = ?").params(aujourdhui().minusDays(1), autre).update();
        sms("0744556677", "ATELIER " + codePasse);
        assertThat(reponse("+33744556677")).contains(sansAccents("a déjà eu lieu"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inscription WHERE atelier_id = ?").param(autre).query(Integer.class).single()).isZero();

        // L'inscription par SMS apparaît dans la liste de l'aidant.
        mvc.perform(get("/ateliers/" + id + "/inscriptions").session(connecter("aidant@demo.passerelle.fr")))
                .andExpect(content().string(containsString("<li>Marie Curie (par SMS)</li>")));
    }

    @Test
    void suivis_dans_le_dossier_avec_accord_et_mandat_puis_resultats_a_30_jours() throws Exception {
        MockHttpSession coord = connecter("coordinateur@demo.passerelle.fr");
        int annee = aujourdhui().getYear() + 2;
        long id = ateliers(coord, annee).get(2);
        MockHttpSession aidant = connecter("aidant@demo.passerelle.fr");
        long begles = referentiel.enregistrer(new Structure(null, "France services de Bègles", TypeStructure.FRANCE_SERVICES,
                "Bègles", "33130")).id();
        DossiersDeTest dossiers = new DossiersDeTest(dossierJdbc, jdbc);
        long sansMandat = dossiers.creer(begles, Optional.empty()).id();
        long avecMandat = dossiers.creer(begles, Optional.empty()).id();
        dossiers.mandat(avecMandat, begles, EtatMandat.ACTIF_COUVRANT);

        // Le questionnaire « Mes droits » fait sur la tablette : ses droits sont repris dans la fiche.
        mvc.perform(get("/mes-droits").session(aidant)).andExpect(status().isOk());
        repondre(aidant);
        String page = mvc.perform(get("/ateliers/" + id + "/jour-j").session(aidant)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Questionnaire repris pour cette fiche"),
                        containsString("Revenu de solidarité active"), containsString("id=\"suivi-sans-fiche\""))))
                .andReturn().getResponse().getContentAsString();
        Matcher jeton = Pattern.compile("name=\"questionnaireJeton\" value=\"([^\"]+)\"").matcher(page);
        assertThat(jeton.find()).isTrue();
        // Le questionnaire a quitté la session de « Mes droits » : la personne suivante repart de zéro.
        mvc.perform(get("/mes-droits/resultats").session(aidant)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/ateliers/" + id + "/jour-j/passages").session(aidant).with(csrf()).param("cle", "cle-suivi-0001")
                .param("nom", "Zoé").param("questionnaireJeton", jeton.group(1)).param("demarches", "1"))
                .andExpect(redirectedUrl("/ateliers/" + id + "/jour-j"));
        // Le même questionnaire ne compte pas pour une deuxième fiche.
        mvc.perform(post("/ateliers/" + id + "/jour-j/passages").session(aidant).with(csrf()).param("cle", "cle-suivi-0002")
                        .param("nom", "Autre").param("questionnaireJeton", jeton.group(1)))
                .andExpect(content().string(allOf(containsString("ce questionnaire est déjà relié à une autre fiche"),
                        containsString("value=\"Autre\""))));
        BigDecimalAttendu montant = montantDuQuestionnaire(jeton.group(1));
        assertThat(montant.valeur()).isPositive();

        // Sans l'accord de la personne : refus nommé, rien dans le dossier.
        int demarchesAvant = demarches(avecMandat);
        mvc.perform(post("/ateliers/" + id + "/jour-j/suivis").session(aidant).with(csrf()).param("passage", "cle-suivi-0001")
                        .param("dossier", String.valueOf(avecMandat)).param("intitule", "Demande de RSA").param("organisation", "CAF")
                        .param("perimetre", "PRESTATIONS_SOCIALES").param("prochaineEtape", "Envoyer l'avis d'imposition"))
                .andExpect(content().string(allOf(containsString("id=\"consentement-erreur\""),
                        containsString("Sans son accord, rien n&#39;est écrit dans son dossier"), containsString("value=\"Demande de RSA\""),
                        containsString("aria-describedby=\"consentement-erreur\""))));
        assertThat(demarches(avecMandat)).isEqualTo(demarchesAvant);
        // Avec l'accord mais sans mandat : la raison des dossiers, rien d'écrit.
        mvc.perform(post("/ateliers/" + id + "/jour-j/suivis").session(aidant).with(csrf()).param("passage", "cle-suivi-0001")
                        .param("dossier", String.valueOf(sansMandat)).param("intitule", "Demande de RSA").param("organisation", "CAF")
                        .param("perimetre", "PRESTATIONS_SOCIALES").param("prochaineEtape", "Envoyer l'avis").param("consentement", "oui"))
                .andExpect(content().string(allOf(containsString("Dossier n° " + sansMandat + " :"), containsString("id=\"dossier-erreur\""))));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM suivi_atelier WHERE atelier_id = ?").param(id).query(Integer.class).single()).isZero();
        // Le refus est au journal d'accès du dossier (il n'est pas annulé avec la saisie refusée).
        assertThat(journal.duDossier(sansMandat)).anyMatch(e -> e.action().equals("suivi créé depuis un atelier")
                && e.resultat() == fr.passerelle.journal.ResultatAcces.REFUSE);
        // Champs manquants : chacun nommé.
        mvc.perform(post("/ateliers/" + id + "/jour-j/suivis").session(aidant).with(csrf()).param("passage", "")
                        .param("dossier", "douze").param("intitule", "").param("perimetre", "INVENTE").param("consentement", "oui"))
                .andExpect(content().string(allOf(containsString("Personne vue : ce champ est obligatoire"),
                        containsString("« douze » n&#39;est pas un nombre"), containsString("Démarche à suivre : ce champ est obligatoire"),
                        containsString("Domaine : choisissez le domaine"))));
        // Avec l'accord et le mandat : une démarche « à faire » et un échange au dossier.
        mvc.perform(post("/ateliers/" + id + "/jour-j/suivis").session(aidant).with(csrf()).param("passage", "cle-suivi-0001")
                        .param("dossier", String.valueOf(avecMandat)).param("intitule", "Demande de RSA").param("organisation", "CAF")
                        .param("perimetre", "PRESTATIONS_SOCIALES").param("prochaineEtape", "Envoyer l'avis d'imposition")
                        .param("consentement", "oui"))
                .andExpect(redirectedUrl("/ateliers/" + id + "/jour-j#suivis"));
        assertThat(journal.duDossier(avecMandat)).anyMatch(e -> e.action().equals("suivi créé depuis un atelier")
                && e.resultat() == fr.passerelle.journal.ResultatAcces.AUTORISE);
        assertThat(jdbc.sql("SELECT statut FROM dossier_demarche WHERE dossier_id = ? AND intitule = 'Demande de RSA'")
                .param(avecMandat).query(String.class).list()).containsExactly("A_FAIRE");
        assertThat(jdbc.sql("SELECT objet FROM dossier_echange WHERE dossier_id = ? AND canal = 'ATELIER'").param(avecMandat)
                .query(String.class).single()).contains("Suivi décidé avec la personne (atelier du").contains("Demande de RSA");

        // Résultats : une personne, les droits du questionnaire et leur montant, un suivi trop récent pour compter.
        String euros = fr.passerelle.ateliers.internal.domaine.ResultatsAteliers.euros(montant.valeur());
        assertThat(page(get("/ateliers/resultats").session(coord).param("annee", String.valueOf(annee))))
                .contains("<td>" + euros + "</td>", "<td>1</td><td>0</td><td>1</td></tr>");
        // 31 jours plus tard, la démarche n'est toujours pas terminée : le suivi est « encore ouvert après 30 jours ».
        HORLOGE.avancer(Duration.ofDays(31));
        mvc.perform(get("/ateliers/resultats").session(coord).param("annee", String.valueOf(annee)))
                .andExpect(content().string(containsString("<td>1</td><td>1</td><td>0</td></tr>")));
        mvc.perform(get("/ateliers/" + id).session(coord))
                .andExpect(content().string(containsString("1 suivis créés dans les dossiers, dont 1 encore ouverts après 30 jours")));
        // Terminée dans le dossier : il ne compte plus.
        jdbc.sql("UPDATE dossier_demarche SET statut = 'TERMINEE' WHERE dossier_id = ? AND intitule = 'Demande de RSA'")
                .param(avecMandat).update();
        mvc.perform(get("/ateliers/resultats").session(coord).param("annee", String.valueOf(annee)))
                .andExpect(content().string(allOf(containsString("<td>1</td><td>0</td><td>0</td></tr>"),
                        not(containsString("<td>1</td><td>1</td><td>0</td></tr>")))));
        HORLOGE.avancer(Duration.ofDays(-31));
    }

    record BigDecimalAttendu(java.math.BigDecimal valeur) {
    }

    BigDecimalAttendu montantDuQuestionnaire(String jeton) {
        return new BigDecimalAttendu(jdbc.sql("SELECT COALESCE(SUM(montant_annuel), 0) FROM droit_questionnaire WHERE jeton = ?")
                .param(jeton).query(java.math.BigDecimal.class).single());
    }

    int demarches(long dossier) {
        return jdbc.sql("SELECT COUNT(*) FROM dossier_demarche WHERE dossier_id = ?").param(dossier).query(Integer.class).single();
    }

    @Test
    void contacts_par_campagne_et_par_atelier_valides_champ_par_champ() throws Exception {
        MockHttpSession coord = connecter("coordinateur@demo.passerelle.fr");
        int annee = aujourdhui().getYear();
        long id = ateliers(coord, annee).get(0);
        long campagne = jdbc.sql("SELECT campagne_id FROM atelier WHERE id = ?").param(id).query(Long.class).single();
        String demain = aujourdhui().plusDays(1).toString();
        assertThat(page(post("/ateliers/campagnes/" + campagne + "/contacts").session(coord).with(csrf()).param("qui", "Mme Préfète")
                        .param("role", "").param("organisme", "").param("le", demain).param("objet", "").param("suite", "x".repeat(501))))
                .contains("<title>Erreur : Contacts de la campagne du trimestre 1", "Rôle : choisissez préfet", "est dans le futur",
                        "Objet : ce champ est obligatoire", "Suite donnée : 500 caractères au plus (501 saisis)",
                        "value=\"Mme Préfète\"", "aria-describedby=\"le-aide le-erreur\"");
        mvc.perform(post("/ateliers/campagnes/" + campagne + "/contacts").session(coord).with(csrf()).param("qui", "M. Élu")
                        .param("role", "ELU").param("organisme", "").param("le", "3 mars").param("objet", "Prêt de salle"))
                .andExpect(content().string(allOf(containsString("Organisme : ce champ est obligatoire pour un élu"),
                        containsString("« 3 mars » n&#39;est pas une date lisible"), containsString(">Prêt de salle</textarea>"))));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact_institutionnel").query(Integer.class).single()).isZero();
        mvc.perform(post("/ateliers/campagnes/" + campagne + "/contacts").session(coord).with(csrf()).param("qui", "Mme Martin")
                        .param("role", "PREFET").param("organisme", "Préfecture de la Creuse").param("le", aujourdhui().toString())
                        .param("objet", "Présentation de la campagne").param("suite", "Lettre aux sous-préfets"))
                .andExpect(redirectedUrl("/ateliers/campagnes/" + campagne + "/contacts"));
        mvc.perform(post("/ateliers/" + id + "/contacts").session(coord).with(csrf()).param("qui", "M. Durand").param("role", "MAIRE")
                        .param("le", aujourdhui().toString()).param("objet", "Accord pour la salle des fêtes"))
                .andExpect(redirectedUrl("/ateliers/" + id + "/contacts"));
        mvc.perform(get("/ateliers/campagnes/" + campagne + "/contacts").session(coord))
                .andExpect(content().string(allOf(containsString("<th scope=\"row\">Mme Martin</th>"), containsString("Préfet ou préfète"),
                        containsString("Lettre aux sous-préfets"), not(containsString("M. Durand")))));
        mvc.perform(get("/ateliers/" + id + "/contacts").session(coord))
                .andExpect(content().string(allOf(containsString("<th scope=\"row\">M. Durand</th>"), containsString("pas encore de suite"))));
        mvc.perform(get("/ateliers/campagnes").session(coord).param("annee", String.valueOf(annee)))
                .andExpect(content().string(containsString("/ateliers/campagnes/" + campagne + "/contacts")));
        // Réservé au coordinateur.
        mvc.perform(get("/ateliers/" + id + "/contacts").session(connecter("aidant@demo.passerelle.fr"))).andExpect(status().isForbidden());
        mvc.perform(get("/ateliers/resultats").session(connecter("aidant@demo.passerelle.fr"))).andExpect(status().isForbidden());
        mvc.perform(get("/ateliers/campagnes/999999/contacts").session(coord)).andExpect(status().isNotFound());
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
}
