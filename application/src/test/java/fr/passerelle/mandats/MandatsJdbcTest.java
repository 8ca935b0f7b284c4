package fr.passerelle.mandats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import fr.passerelle.journal.EntreeJournal;
import fr.passerelle.journal.Journal;
import fr.passerelle.journal.ResultatAcces;
import fr.passerelle.mandats.internal.ConsentementParCode;
import fr.passerelle.mandats.internal.ServiceMandats;
import fr.passerelle.mandats.internal.domaine.Duree;
import fr.passerelle.mandats.internal.domaine.Mandat;
import fr.passerelle.mandats.internal.domaine.MandatInvalide;
import fr.passerelle.mandats.internal.domaine.ModeConsentement;
import fr.passerelle.mandats.internal.domaine.UniteDuree;
import fr.passerelle.mandats.internal.domaine.VoieRevocation;
import fr.passerelle.notifications.HorlogeReglable;
import fr.passerelle.notifications.internal.domaine.Gsm7;
import fr.passerelle.notifications.internal.envoi.ReponsesSms;

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
    @Autowired
    ConsentementParCode consentement;
    @Autowired
    ReponsesSms reponsesSms;
    @Autowired
    Journal journal;

    /** Le code tel qu'il part par SMS (le circuit des notifications garde le message à envoyer). */
    String codeEnvoye(long mandatId) {
        String corps = jdbc.sql("SELECT corps FROM notification WHERE cle LIKE :cle ORDER BY id DESC")
                .param("cle", "mandat-code:" + mandatId + ":%").query(String.class).list().getFirst();
        Matcher m = Pattern.compile("code de mandat est (\\d{6})\\.").matcher(corps);
        assertThat(m.find()).as(corps).isTrue();
        assertThat(Gsm7.unSeulSms(corps)).as("un seul SMS en GSM-7 : " + corps).isTrue();
        return m.group(1);
    }

    static String autreQue(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    long nouveauDossier() {
        long id = DOSSIERS.incrementAndGet();
        PERSONNES.ajouter(new Mandant(id, 1L, "Camille Dupré", Optional.of(portable(id)), Optional.empty()));
        return id;
    }

    /** Un portable par dossier (06 00 00 10 01 pour le dossier 1001), saisi comme on le dit. */
    static String portable(long dossier) {
        return String.format("06 %02d %02d %02d %02d", dossier / 1_000_000 % 100, dossier / 10_000 % 100, dossier / 100 % 100,
                dossier % 100);
    }

    static String e164(long dossier) {
        return "+33" + portable(dossier).substring(1).replace(" ", "");
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
        service.revoquer(signe.id(), VoieRevocation.ESPACE_PERSONNEL, 0, "Camille Dupré");
        assertThat(mandats.decider(AIDANT, dossier, Perimetre.SANTE)).isEqualTo(new DecisionAcces.Refuse(
                "le mandat a été révoqué le 3 juin 2026 à 16 h 05 par la personne, depuis son espace"));
        assertThat(evenements.stream(MandatRevoque.class)).containsExactly(
                new MandatRevoque(signe.id(), dossier, "espace personnel", HORLOGE.instant()));
        assertThatThrownBy(() -> service.revoquer(signe.id(), VoieRevocation.SMS, 0, "Camille Dupré"))
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
    void code_par_sms_juste_signe_le_mandat_et_tout_est_journalise() {
        long dossier = nouveauDossier();
        Mandat prepare = service.preparer(AIDANT, dossier, Set.of(Perimetre.PRESTATIONS_SOCIALES),
                new Duree(6, UniteDuree.MOIS), ModeConsentement.CODE_SMS);
        Instant expire = consentement.envoyer(AIDANT, dossier, prepare.id());
        assertThat(expire).isEqualTo(HORLOGE.instant().plus(Duration.ofMinutes(10)));
        assertThat(jdbc.sql("SELECT destinataire FROM notification WHERE cle LIKE :c").param("c", "mandat-code:" + prepare.id() + ":%")
                .query(String.class).single()).isEqualTo(e164(dossier));
        String code = codeEnvoye(prepare.id());
        assertThat(jdbc.sql("SELECT empreinte FROM mandat_code WHERE mandat_id = :m").param("m", prepare.id())
                .query(String.class).single()).as("seule l'empreinte est gardée").hasSize(64).doesNotContain(code);

        assertThatThrownBy(() -> consentement.saisir(AIDANT, dossier, prepare.id(), autreQue(code)))
                .isInstanceOfSatisfying(MandatInvalide.class, e -> assertThat(e.champ()).isEqualTo("code"))
                .hasMessage("Ce code n'est pas le bon. Il reste 2 essais.");
        Mandat signe = consentement.saisir(AIDANT, dossier, prepare.id(), code.substring(0, 3) + " " + code.substring(3));
        assertThat(signe.etat()).isEqualTo(EtatMandat.ACTIF);
        assertThat(mandats.decider(AIDANT, dossier, Perimetre.PRESTATIONS_SOCIALES)).isInstanceOf(DecisionAcces.Autorise.class);

        assertThat(journal.duDossier(dossier)).extracting(EntreeJournal::action, EntreeJournal::resultat).containsExactly(
                tuple("mandat signé", ResultatAcces.AUTORISE),
                tuple("code de mandat refusé", ResultatAcces.REFUSE),
                tuple("code de mandat envoyé par SMS", ResultatAcces.AUTORISE),
                tuple("mandat préparé", ResultatAcces.AUTORISE));
        assertThat(journal.duDossier(dossier)).allSatisfy(e -> assertThat(e.motif()).doesNotContain(code));
    }

    @Test
    void code_faux_trois_fois_puis_epuise_et_code_expire() {
        long dossier = nouveauDossier();
        Mandat prepare = service.preparer(AIDANT, dossier, Set.of(Perimetre.SANTE), new Duree(1, UniteDuree.MOIS),
                ModeConsentement.CODE_SMS);
        assertThatThrownBy(() -> consentement.saisir(AIDANT, dossier, prepare.id(), "123456"))
                .hasMessageContaining("Aucun code n'a été envoyé");
        consentement.envoyer(AIDANT, dossier, prepare.id());
        String code = codeEnvoye(prepare.id());
        assertThatThrownBy(() -> consentement.saisir(AIDANT, dossier, prepare.id(), "12a"))
                .hasMessageContaining("Le code a 6 chiffres");
        assertThatThrownBy(() -> consentement.saisir(AIDANT, dossier, prepare.id(), autreQue(code))).hasMessageContaining("Il reste 2 essais");
        assertThatThrownBy(() -> consentement.saisir(AIDANT, dossier, prepare.id(), autreQue(code))).hasMessageContaining("Il reste 1 essai.");
        assertThatThrownBy(() -> consentement.saisir(AIDANT, dossier, prepare.id(), autreQue(code))).hasMessageContaining("c'était le dernier essai");
        assertThatThrownBy(() -> consentement.saisir(AIDANT, dossier, prepare.id(), code))
                .as("même le bon code est refusé après 3 essais").hasMessageContaining("Trop d'essais");
        assertThat(mandats.decider(AIDANT, dossier, Perimetre.SANTE)).isInstanceOf(DecisionAcces.Refuse.class);

        HORLOGE.avancer(Duration.ofMinutes(1));
        consentement.envoyer(AIDANT, dossier, prepare.id());
        String nouveau = codeEnvoye(prepare.id());
        HORLOGE.avancer(Duration.ofMinutes(10));
        try {
            assertThatThrownBy(() -> consentement.saisir(AIDANT, dossier, prepare.id(), nouveau))
                    .hasMessage("Ce code a expiré à 14 h 16 (il est valable 10 minutes) : envoyez un nouveau code.");
        } finally {
            HORLOGE.regler(Instant.parse("2026-06-03T12:05:00Z"));
        }
        assertThat(journal.duDossier(dossier)).filteredOn(e -> e.action().equals("code de mandat refusé")).hasSize(6);
        assertThatThrownBy(() -> consentement.envoyer(AIDANT_AUTRE, dossier, prepare.id())).isInstanceOf(AccesRefuse.class);
        assertThat(journal.duDossier(dossier).getFirst()).satisfies(e -> {
            assertThat(e.acteurNom()).isEqualTo("Bruno Aidant");
            assertThat(e.resultat()).isEqualTo(ResultatAcces.REFUSE);
            assertThat(e.motif()).isEqualTo("ce dossier appartient à une autre structure");
        });
    }

    @Test
    void retirer_par_sms_coupe_l_acces_a_l_instant_et_confirme() {
        long dossier = nouveauDossier();
        long autreDossier = nouveauDossier();
        Mandat actif = signeAEcran(dossier, Set.of(Perimetre.SANTE), new Duree(6, UniteDuree.MOIS));
        Mandat autre = signeAEcran(autreDossier, Set.of(Perimetre.SANTE), new Duree(6, UniteDuree.MOIS));

        assertThat(reponsesSms.recevoir(portable(dossier), "retirer svp")).isEqualTo(ReponsesSms.Suite.RETRAIT_TRANSMIS);

        assertThat(mandats.decider(AIDANT, dossier, Perimetre.SANTE).toString())
                .contains("le mandat a été révoqué le 3 juin 2026 à 14 h 05 par la personne, par SMS");
        assertThat(mandats.decider(AIDANT, autreDossier, Perimetre.SANTE)).as("autre numéro : intact")
                .isEqualTo(new DecisionAcces.Autorise(autre.id(), autre.finLe()));
        assertThat(evenements.stream(MandatRevoque.class)).containsExactly(
                new MandatRevoque(actif.id(), dossier, "SMS", HORLOGE.instant()));
        assertThat(jdbc.sql("SELECT destinataire FROM notification WHERE cle LIKE :c").param("c", "mandat-retire:%")
                .query(String.class).list()).containsExactly(e164(dossier));
        assertThat(journal.duDossier(dossier).getFirst()).satisfies(e -> {
            assertThat(e.action()).isEqualTo("mandat révoqué");
            assertThat(e.motif()).contains("(SMS)");
        });
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
                .single()).isEqualTo(e164(dossier));
        assertThat(premier.telephone()).as("gardé aussi pour une signature à l'écran : RETIRER par SMS")
                .contains(e164(dossier));
    }
}
