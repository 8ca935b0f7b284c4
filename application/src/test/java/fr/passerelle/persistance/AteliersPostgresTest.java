package fr.passerelle.persistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Optional;

import fr.passerelle.ateliers.internal.domaine.ContactInstitutionnel;
import fr.passerelle.ateliers.internal.domaine.Inscrit;
import fr.passerelle.ateliers.internal.domaine.ResultatsAteliers;
import fr.passerelle.ateliers.internal.domaine.RoleContact;
import fr.passerelle.ateliers.internal.persistance.ContactsJdbc;
import fr.passerelle.dossiers.internal.domaine.DemarcheEnCours;
import fr.passerelle.dossiers.internal.domaine.Identite;
import fr.passerelle.dossiers.internal.domaine.StatutDemarche;
import fr.passerelle.dossiers.internal.persistance.DossierJdbc;
import fr.passerelle.droits.DroitDecouvert;
import fr.passerelle.mandats.Perimetre;
import fr.passerelle.ateliers.internal.domaine.PublicVise;
import fr.passerelle.ateliers.internal.domaine.TypeLieu;
import fr.passerelle.ateliers.internal.persistance.AteliersJdbc;
import fr.passerelle.ateliers.internal.persistance.JourJJdbc;
import fr.passerelle.remontees.internal.domaine.Nature;
import fr.passerelle.remontees.internal.domaine.Origine;
import fr.passerelle.remontees.internal.domaine.Remontee;
import fr.passerelle.remontees.internal.persistance.RemonteesJdbc;

/** Requêtes des modules ateliers et remontees sur PostgreSQL (schéma neuf propre à cette classe). */
@ExtendWith(PostgresDeTest.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class AteliersPostgresTest {

    static final String SCHEMA = "ateliers_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registre) {
        registre.add("spring.datasource.url", () -> PostgresDeTest.URL
                + (PostgresDeTest.URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registre.add("spring.datasource.username", () -> PostgresDeTest.UTILISATEUR);
        registre.add("spring.datasource.password", () -> "");
        registre.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
        registre.add("spring.flyway.schemas", () -> SCHEMA);
        registre.add("spring.flyway.default-schema", () -> SCHEMA);
        registre.add("passerelle.notifications.ordonnanceur.actif", () -> "false");
    }

    @AfterAll
    static void supprimer() throws Exception {
        try (Connection c = PostgresDeTest.connexion(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Autowired
    AteliersJdbc ateliers;
    @Autowired
    JourJJdbc jourJ;
    @Autowired
    RemonteesJdbc remontees;

    @Test
    void atelier_inscription_passage_idempotent_et_remontees() {
        OffsetDateTime maintenant = OffsetDateTime.parse("2027-01-10T10:00:00Z");
        long campagne = ateliers.creerCampagne(2027, 2, maintenant);
        long atelier = ateliers.creerAtelier(campagne, PublicVise.RURAL, LocalDate.of(2027, 5, 17), "23096", "Guéret");
        ateliers.changerLieu(atelier, TypeLieu.BUS, "Place du marché", null, null, 30, "Plain-pied");
        long table = ateliers.ajouterTable(atelier, "CAF", null);
        ateliers.ajouterAgent(table, "Agent", "agent@exemple.fr");
        ateliers.ajouterBenevole(atelier, "Tom", "tom@exemple.fr", LocalDate.of(2027, 1, 5));
        long inscription = ateliers.inscrire(atelier, new Inscrit("Marie", "0612345678", null), "TELEPHONE", maintenant);
        assertThat(ateliers.atelier(atelier).orElseThrow().capacite()).isEqualTo(30);
        assertThat(ateliers.tables(atelier).get(0).agents()).hasSize(1);
        JourJJdbc.Passage p = new JourJJdbc.Passage(atelier, "cle-pg-1", "Marie", inscription, "CAF", true, 2, 1, null, null,
                "aidant@demo", maintenant);
        assertThat(jourJ.enregistrer(p)).isTrue();
        assertThat(jourJ.enregistrer(p)).isFalse();
        assertThat(jourJ.enregistrer(new JourJJdbc.Passage(atelier, "cle-pg-2", "Paul", null, "", false, 0, 0, null, null,
                "aidant@demo", maintenant))).isTrue();
        JourJJdbc.Chiffres c = jourJ.chiffres(atelier);
        assertThat(c.personnesVues()).isEqualTo(2);
        assertThat(c.droitsDecouverts()).isEqualTo(2);
        assertThat(c.inscrits()).isEqualTo(1);
        assertThat(jourJ.chiffresParCampagne(2027)).singleElement().extracting(JourJJdbc.Chiffres::personnesVues).isEqualTo(2);

        remontees.enregistrer(new Remontee(null, "CAF", "Prime d'activité", null, Nature.JARGON, "x", 3, Origine.ATELIER, atelier, maintenant));
        remontees.enregistrer(new Remontee(null, "CAF", "Prime d'activité", null, Nature.CONNEXION, null, 2, Origine.GUICHET, null, maintenant));
        assertThat(remontees.parAdministration()).singleElement().extracting(RemonteesJdbc.ParDemarche::personnes).isEqualTo(5);
        assertThat(remontees.deLAdministration("CAF")).hasSize(2);
    }

    @Autowired
    ContactsJdbc contacts;
    @Autowired
    DossierJdbc dossierJdbc;
    @Autowired
    fr.passerelle.structures.ReferentielStructures referentiel;

    @Test
    void code_sms_contacts_questionnaire_suivis_et_resultats() {
        OffsetDateTime maintenant = OffsetDateTime.parse("2027-04-02T09:00:00Z");
        long campagne = ateliers.creerCampagne(2028, 3, maintenant);
        long atelier = ateliers.creerAtelier(campagne, PublicVise.QUARTIER_PRIORITAIRE, LocalDate.of(2028, 8, 16), "33063", "Bordeaux");
        String code = ateliers.atelier(atelier).orElseThrow().codeSms();
        assertThat(code).hasSize(4);
        assertThat(ateliers.atelierParCode(code)).get().extracting(AteliersJdbc.AtelierLigne::id).isEqualTo(atelier);
        assertThat(ateliers.atelierParCode("ZZZZZ")).isEmpty();
        // L'origine SMS est admise par la contrainte (V89) ; une origine inventée ne l'est pas.
        assertThat(ateliers.inscrire(atelier, new Inscrit("Par SMS", "+33611223344", null), "SMS", maintenant)).isPositive();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ateliers.inscrire(atelier, new Inscrit("X", "0622334455", null),
                "PIGEON", maintenant)).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(ateliers.campagnes(2028)).singleElement().extracting(AteliersJdbc.CampagneLigne::trimestre).isEqualTo(3);

        // Contacts : par campagne ou par atelier, jamais les deux (contrainte contact_rattache).
        ContactInstitutionnel prefet = new ContactInstitutionnel("Mme Martin", RoleContact.PREFET, "Préfecture", LocalDate.of(2027, 4, 1),
                "Présentation", null);
        contacts.enregistrer(campagne, null, prefet, "coord@demo", maintenant);
        contacts.enregistrer(null, atelier, new ContactInstitutionnel("M. Durand", RoleContact.MAIRE, null, LocalDate.of(2027, 4, 2),
                "Salle", "Accord écrit"), "coord@demo", maintenant);
        assertThat(contacts.deLaCampagne(campagne)).singleElement().extracting(c -> c.contact().qui()).isEqualTo("Mme Martin");
        assertThat(contacts.deLAtelier(atelier)).singleElement().extracting(c -> c.contact().suite()).isEqualTo("Accord écrit");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> contacts.enregistrer(campagne, atelier, prefet, "x", maintenant))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);

        // Questionnaire relié à une fiche : droits et montant annuel dans les résultats.
        jourJ.enregistrerQuestionnaire("q-pg-1", atelier, "aidant@demo", maintenant,
                List.of(new DroitDecouvert("rsa", "RSA", 7241.4), new DroitDecouvert("aide_logement", "Aides au logement", 0)));
        assertThat(jourJ.questionnaire("q-pg-1")).get().extracting(JourJJdbc.QuestionnairePris::montantAnnuel).isEqualTo(7241.4);
        assertThat(jourJ.enregistrer(new JourJJdbc.Passage(atelier, "cle-pg-q1", "Zoé", null, "", true, 0, 1, null, null,
                "aidant@demo", maintenant, "q-pg-1"))).isTrue();
        assertThat(jourJ.ficheDuQuestionnaire("q-pg-1")).contains("cle-pg-q1");
        assertThat(jourJ.enregistrer(new JourJJdbc.Passage(atelier, "cle-pg-q2", "Léo", null, "", false, 2, 0, null, null,
                "aidant@demo", maintenant))).isTrue();
        List<ResultatsAteliers.Fiche> fiches = jourJ.fiches(List.of(atelier));
        assertThat(fiches).extracting(ResultatsAteliers.Fiche::droits).containsExactly(2, 2);
        assertThat(fiches.get(0).montantAnnuel()).isEqualByComparingTo("7241.40");
        assertThat(jourJ.inscrits(List.of(atelier))).containsEntry(atelier, 1);

        // Suivi : une démarche d'un vrai dossier ; ouverte tant qu'elle n'est pas terminée.
        long structure = referentiel.enregistrer(new fr.passerelle.structures.Structure(null, "France services test PG",
                fr.passerelle.structures.TypeStructure.FRANCE_SERVICES, "Bègles", "33130")).id();
        long dossier = dossierJdbc.creer(structure, new Identite("Test", "Zoé", LocalDate.of(1990, 1, 1), "Bègles", Optional.empty(),
                Optional.empty(), Optional.empty()), Optional.empty(), maintenant.toInstant());
        long demarche = dossierJdbc.ajouterDemarche(dossier, new DemarcheEnCours(0, "RSA", "CAF", StatutDemarche.A_FAIRE, "Envoyer",
                Perimetre.PRESTATIONS_SOCIALES), maintenant.toInstant());
        jourJ.creerSuivi(atelier, "cle-pg-q1", dossier, demarche, "RSA", "Accord oral", "aidant@demo", maintenant);
        assertThat(jourJ.suivis(List.of(atelier))).singleElement().satisfies(s -> {
            assertThat(s.nom()).isEqualTo("Zoé");
            assertThat(s.demarcheId()).isEqualTo(demarche);
            assertThat(s.creeLe()).isEqualTo(maintenant.toInstant());
        });
        assertThat(dossierJdbc.demarchesOuvertes(List.of(demarche, -1L))).containsExactly(demarche);
        dossierJdbc.mettreAJourDemarche(dossier, demarche, StatutDemarche.TERMINEE, "fait", maintenant.toInstant());
        assertThat(dossierJdbc.demarchesOuvertes(List.of(demarche))).isEmpty();
    }
}
