package fr.passerelle.echeances;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import fr.passerelle.comptes.Annuaire;
import fr.passerelle.droits.internal.domaine.Questionnaire;
import fr.passerelle.droits.internal.persistance.SituationsEnregistrees;
import fr.passerelle.echeances.internal.ServiceEcheancier;
import fr.passerelle.echeances.internal.domaine.Echeance;
import fr.passerelle.notifications.Canal;
import fr.passerelle.notifications.HorlogeReglable;
import fr.passerelle.notifications.internal.domaine.AdresseElectronique;
import fr.passerelle.notifications.internal.domaine.Consentement;
import fr.passerelle.notifications.internal.domaine.HeuresCalmes;
import fr.passerelle.notifications.internal.domaine.Preferences;
import fr.passerelle.notifications.internal.persistance.PreferencesJdbc;

/**
 * L'échéancier calculé depuis les droits que le moteur trouve à la situation enregistrée de « Mes droits »
 * (horloge réglée, aucune attente) : l'enregistrement publie un événement, l'échéancier se recalcule et les
 * rappels suivent ; un changement de situation retire les démarches qui ne s'appliquent plus et annule leurs rappels.
 */
@SpringBootTest(properties = "passerelle.notifications.ordonnanceur.actif=false")
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class EcheancierDepuisDroitsTest {

    /** Lundi 2 mars 2026, 10 h à Paris. */
    static final HorlogeReglable HORLOGE = new HorlogeReglable(Instant.parse("2026-03-02T09:00:00Z"));

    @TestConfiguration
    static class Reglages {
        @Bean
        @Primary
        HorlogeReglable horlogeDeTest() {
            return HORLOGE;
        }
    }

    @Autowired
    SituationsEnregistrees situations;
    @Autowired
    ServiceEcheancier echeancier;
    @Autowired
    PreferencesJdbc preferences;
    @Autowired
    Annuaire annuaire;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    String pageEcheancier() throws Exception {
        var session = new org.springframework.mock.web.MockHttpSession();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/connexion").session(session)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("email", "usager@demo.passerelle.fr").param("motDePasse", "passerelle-demo"));
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/mon-echeancier")
                .session(session)).andReturn().getResponse().getContentAsString();
    }

    static Questionnaire personneSeuleHebergee(String salaire) {
        return Questionnaire.depuis(Map.of("age", "35", "couple", "non", "enfants", "0", "salaire", salaire,
                "retraite", "0", "chomage", "0", "handicap", "AUCUN", "logement", "HEBERGE", "commune", "33130"), List.of());
    }

    List<String> regles(long compte) {
        return echeancier.echeances(compte, "Camille").stream().map(Echeance::regle).toList();
    }

    Map<String, Long> rappelsDtrParStatut(long compte) {
        Map<String, Long> parStatut = new java.util.TreeMap<>();
        jdbc.sql("SELECT statut, COUNT(*) AS n FROM notification WHERE cle LIKE :c GROUP BY statut")
                .param("c", "rappel:" + compte + ":dtr:%")
                .query((rs, i) -> parStatut.put(rs.getString("statut"), rs.getLong("n"))).list();
        return parStatut;
    }

    @Test
    void la_situation_enregistree_donne_les_echeances_et_son_changement_les_recalcule() throws Exception {
        long compte = annuaire.usagerParEmail("usager@demo.passerelle.fr").orElseThrow().id();
        preferences.enregistrer(new Preferences(compte, AdresseElectronique.lire("camille@exemple.fr"), null, null,
                List.of(Canal.EMAIL), HeuresCalmes.PAR_DEFAUT,
                Map.of(Canal.EMAIL, new Consentement(Canal.EMAIL, true, HORLOGE.instant(), "test"))), HORLOGE.instant());
        assertThat(regles(compte)).doesNotContain("dtr");

        // Sans revenus, hébergée : le moteur trouve le RSA et la complémentaire santé solidaire.
        transaction.executeWithoutResult(s -> situations.enregistrer(compte, personneSeuleHebergee("0")));
        assertThat(regles(compte)).contains("dtr", "css-demande", "impots");
        assertThat(rappelsDtrParStatut(compte)).as("rappels de la déclaration trimestrielle planifiés")
                .containsEntry("CREEE", 8L); // 4 trimestres × (J-7, J-2) dans les 12 mois
        assertThat(pageEcheancier()).contains("id=\"droits-moteur\"", "lundi 2 mars 2026",
                "vos démarches tiennent aussi compte de :", "RSA, complémentaire santé solidaire", "data-regle=\"dtr\"");

        // Un salaire de 4 000 € : plus de RSA ni de prime d'activité ; les rappels devenus inutiles sont annulés.
        HORLOGE.avancer(Duration.ofDays(1));
        transaction.executeWithoutResult(s -> situations.enregistrer(compte, personneSeuleHebergee("4000")));
        assertThat(regles(compte)).doesNotContain("dtr", "css-demande").contains("impots");
        assertThat(pageEcheancier()).contains("aucun droit ne demande de démarche régulière").doesNotContain("data-regle=\"dtr\"");
        assertThat(rappelsDtrParStatut(compte)).containsOnly(Map.entry("ANNULEE", 8L));

        // Situation effacée : l'échéancier revient à ce que la personne a saisi elle-même.
        transaction.executeWithoutResult(s -> situations.effacer(compte));
        assertThat(regles(compte)).doesNotContain("dtr", "css-demande");
    }
}
