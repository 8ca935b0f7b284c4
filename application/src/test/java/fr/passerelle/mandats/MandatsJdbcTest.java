package fr.passerelle.mandats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.comptes.Role;
import fr.passerelle.mandats.PersonnesMandantes.Mandant;
import fr.passerelle.mandats.internal.ServiceMandats;
import fr.passerelle.mandats.internal.domaine.Duree;
import fr.passerelle.mandats.internal.domaine.Mandat;
import fr.passerelle.mandats.internal.domaine.MandatInvalide;
import fr.passerelle.mandats.internal.domaine.ModeConsentement;
import fr.passerelle.mandats.internal.domaine.UniteDuree;
import fr.passerelle.mandats.internal.domaine.VoieRevocation;
import fr.passerelle.notifications.HorlogeReglable;

/**
 * Mandats sur la base H2 (migrations réelles) : préparation, signature à l'écran, décision relue en base à chaque
 * appel (révocation et expiration effectives à l'instant), événements publiés.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "passerelle.notifications.ordonnanceur.actif=false")
@ActiveProfiles("test")
@RecordApplicationEvents
class MandatsJdbcTest {

    static final HorlogeReglable HORLOGE = new HorlogeReglable(Instant.parse("2026-06-03T12:05:00Z"));
    static final PersonnesDeTest PERSONNES = new PersonnesDeTest();
    static final AtomicLong DOSSIERS = new AtomicLong(1000);

    @TestConfiguration
    static class Reglages {
        @Bean
        @Primary
        HorlogeReglable horlogeDeTest() {
            return HORLOGE;
        }

        @Bean
        @Primary
        PersonnesDeTest personnesDeTest() {
            return PERSONNES;
        }
    }

    static final CompteConnecte AIDANT = new CompteConnecte(501, "aicha@exemple.fr", "Aïcha Aidante", Role.AIDANT,
            Optional.of("France services de Bègles"), Optional.of(1L), Optional.empty());
    static final CompteConnecte AIDANT_AUTRE = new CompteConnecte(502, "bruno@exemple.fr", "Bruno Aidant", Role.AIDANT,
            Optional.of("CCAS de Talence"), Optional.of(2L), Optional.empty());
    static final CompteConnecte AGENT = new CompteConnecte(503, "agent@exemple.fr", "Agent CAF", Role.AGENT,
            Optional.of("CAF"), Optional.empty(), Optional.of(1L));

    @Autowired
    Mandats mandats;
    @Autowired
    ServiceMandats service;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents evenements;

    long nouveauDossier() {
        long id = DOSSIERS.incrementAndGet();
        PERSONNES.ajouter(new Mandant(id, 1L, "Camille Dupré", Optional.of("06 12 34 56 78"), Optional.empty()));
        return id;
    }

    Mandat signeAEcran(long dossier, Set<Perimetre> perimetres, Duree duree) {
        Mandat prepare = service.preparer(AIDANT, dossier, perimetres, duree, ModeConsentement.SIGNATURE_ECRAN);
        return service.signerAEcran(AIDANT, dossier, prepare.id(), true, "camille  DUPRE");
    }

    @Test
    void prepare_signe_puis_autorise_et_relu_en_base() {
        long dossier = nouveauDossier();
        Mandat prepare = service.preparer(AIDANT, dossier, Set.of(Perimetre.SANTE, Perimetre.IMPOTS),
                new Duree(3, UniteDuree.MOIS), ModeConsentement.SIGNATURE_ECRAN);
        assertThat(mandats.decider(AIDANT, dossier, Perimetre.SANTE).toString()).contains("pas encore signé");
        assertThat(mandats.duDossier(dossier)).singleElement()
                .satisfies(r -> assertThat(r.etat()).isEqualTo(EtatMandat.EN_ATTENTE_DE_SIGNATURE));

        assertThatThrownBy(() -> service.signerAEcran(AIDANT, dossier, prepare.id(), true, "Camille Durand"))
                .isInstanceOfSatisfying(MandatInvalide.class, e -> assertThat(e.champ()).isEqualTo("nom"));
        assertThatThrownBy(() -> service.signerAEcran(AIDANT, dossier, prepare.id(), false, "Camille Dupré"))
                .isInstanceOfSatisfying(MandatInvalide.class, e -> assertThat(e.champ()).isEqualTo("accepte"));
        Mandat signe = service.signerAEcran(AIDANT, dossier, prepare.id(), true, "camille  DUPRE");

        assertThat(mandats.decider(AIDANT, dossier, Perimetre.IMPOTS))
                .isEqualTo(new DecisionAcces.Autorise(signe.id(), Instant.parse("2026-09-03T12:05:00Z")));
        assertThat(mandats.decider(AIDANT, dossier, Perimetre.LOGEMENT))
                .isEqualTo(new DecisionAcces.Refuse("le mandat ne couvre pas : Logement"));
        assertThat(mandats.duDossier(dossier)).singleElement().isEqualTo(new MandatResume(signe.id(), dossier, 1L,
                Set.of(Perimetre.SANTE, Perimetre.IMPOTS), EtatMandat.ACTIF, HORLOGE.instant(),
                Instant.parse("2026-09-03T12:05:00Z"), Optional.empty()));
        assertThat(evenements.stream(MandatSigne.class)).containsExactly(new MandatSigne(signe.id(), dossier, 1L,
                Set.of(Perimetre.SANTE, Perimetre.IMPOTS), Instant.parse("2026-09-03T12:05:00Z")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mandat_perimetre WHERE mandat_id = :m").param("m", signe.id())
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void autre_structure_et_autre_role_refuses() {
        long dossier = nouveauDossier();
        signeAEcran(dossier, Set.of(Perimetre.SANTE), new Duree(1, UniteDuree.MOIS));
        assertThat(mandats.decider(AIDANT_AUTRE, dossier, Perimetre.SANTE))
                .isEqualTo(new DecisionAcces.Refuse("ce dossier appartient à une autre structure"));
        assertThat(mandats.decider(AGENT, dossier, Perimetre.SANTE))
                .isEqualTo(new DecisionAcces.Refuse("seul un aidant peut agir sous mandat"));
        assertThatThrownBy(() -> mandats.exiger(AIDANT_AUTRE, dossier, Perimetre.SANTE)).isInstanceOf(AccesRefuse.class)
                .hasMessage("ce dossier appartient à une autre structure");
        assertThatThrownBy(() -> service.preparer(AIDANT_AUTRE, dossier, Set.of(Perimetre.SANTE),
                new Duree(1, UniteDuree.MOIS), ModeConsentement.SIGNATURE_ECRAN)).isInstanceOf(AccesRefuse.class);
        assertThat(mandats.decider(AIDANT, 999_999, Perimetre.SANTE))
                .isEqualTo(new DecisionAcces.Refuse("aucun dossier n° 999999"));
    }

    @Test
    void revocation_effective_a_l_instant() {
        long dossier = nouveauDossier();
        Mandat signe = signeAEcran(dossier, Set.of(Perimetre.SANTE), new Duree(6, UniteDuree.MOIS));
        assertThat(mandats.exiger(AIDANT, dossier, Perimetre.SANTE).mandatId()).isEqualTo(signe.id());
        HORLOGE.avancer(Duration.ofHours(2));
        service.revoquer(signe.id(), VoieRevocation.ESPACE_PERSONNEL, "Camille Dupré");
        assertThat(mandats.decider(AIDANT, dossier, Perimetre.SANTE)).isEqualTo(new DecisionAcces.Refuse(
                "le mandat a été révoqué le 3 juin 2026 à 16 h 05 par la personne, depuis son espace"));
        assertThat(evenements.stream(MandatRevoque.class)).containsExactly(
                new MandatRevoque(signe.id(), dossier, "espace personnel", HORLOGE.instant()));
        assertThatThrownBy(() -> service.revoquer(signe.id(), VoieRevocation.SMS, "Camille Dupré"))
                .hasMessage("Ce mandat est déjà révoqué.");
        HORLOGE.regler(Instant.parse("2026-06-03T12:05:00Z"));
    }

    @Test
    void expiration_par_le_temps_sans_traitement() {
        long dossier = nouveauDossier();
        signeAEcran(dossier, Set.of(Perimetre.TRAVAIL), new Duree(1, UniteDuree.JOURS));
        assertThat(mandats.decider(AIDANT, dossier, Perimetre.TRAVAIL)).isInstanceOf(DecisionAcces.Autorise.class);
        HORLOGE.avancer(Duration.ofDays(1));
        try {
            assertThat(mandats.decider(AIDANT, dossier, Perimetre.TRAVAIL))
                    .isEqualTo(new DecisionAcces.Refuse("le mandat a expiré le 4 juin 2026 à 14 h 05"));
            assertThat(mandats.duDossier(dossier)).extracting(MandatResume::etat).containsExactly(EtatMandat.EXPIRE);
        } finally {
            HORLOGE.regler(Instant.parse("2026-06-03T12:05:00Z"));
        }
    }

    @Test
    void le_plus_recent_d_abord() {
        long dossier = nouveauDossier();
        Mandat premier = signeAEcran(dossier, Set.of(Perimetre.SANTE), new Duree(1, UniteDuree.MOIS));
        HORLOGE.avancer(Duration.ofMinutes(1));
        Mandat second = service.preparer(AIDANT, dossier, Set.of(Perimetre.LOGEMENT), new Duree(2, UniteDuree.MOIS),
                ModeConsentement.CODE_SMS);
        HORLOGE.regler(Instant.parse("2026-06-03T12:05:00Z"));
        assertThat(mandats.duDossier(dossier)).extracting(MandatResume::id).containsExactly(second.id(), premier.id());
        assertThat(jdbc.sql("SELECT telephone FROM mandat WHERE id = :id").param("id", second.id()).query(String.class)
                .single()).isEqualTo("+33612345678");
        assertThat(List.of(premier.telephone())).containsExactly(Optional.empty());
    }
}
