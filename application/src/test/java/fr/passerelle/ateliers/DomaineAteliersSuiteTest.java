package fr.passerelle.ateliers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.passerelle.ateliers.internal.domaine.CodeSms;
import fr.passerelle.ateliers.internal.domaine.ContactInstitutionnel;
import fr.passerelle.ateliers.internal.domaine.MessageInscriptionSms;
import fr.passerelle.ateliers.internal.domaine.ResultatsAteliers;
import fr.passerelle.ateliers.internal.domaine.ResultatsAteliers.Chiffres;
import fr.passerelle.ateliers.internal.domaine.ResultatsAteliers.Fiche;
import fr.passerelle.ateliers.internal.domaine.ResultatsAteliers.Suivi;
import fr.passerelle.ateliers.internal.domaine.RoleContact;
import fr.passerelle.notifications.HorlogeReglable;

/** Message d'inscription par SMS, codes SMS, validation des contacts, résultats et règle des 30 jours (horloge avancée). */
class DomaineAteliersSuiteTest {

    @Test
    void le_message_sms_donne_le_code_normalise_et_le_nom() {
        assertThat(MessageInscriptionSms.lire("atelier k7pm.  Marie   Curie"))
                .isEqualTo(new MessageInscriptionSms(Optional.of("K7PM"), Optional.of("Marie   Curie")));
        assertThat(MessageInscriptionSms.lire("ATELIER")).isEqualTo(new MessageInscriptionSms(Optional.empty(), Optional.empty()));
        assertThat(MessageInscriptionSms.lire("Inscription K7PM")).isEqualTo(new MessageInscriptionSms(Optional.of("K7PM"), Optional.empty()));
        assertThat(MessageInscriptionSms.lire("ATELIER ...").code()).isEmpty();
        assertThat(MessageInscriptionSms.lire("ATELIER ab " + "x".repeat(300)).nom().orElseThrow()).hasSize(120);
        assertThat(MessageInscriptionSms.lire(null).code()).isEmpty();
    }

    @Test
    void les_codes_sms_ont_quatre_caracteres_sans_ambiguite() {
        Random hasard = new Random(42);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = CodeSms.tirer(hasard);
            assertThat(code).hasSize(CodeSms.LONGUEUR).doesNotContain("0", "O", "1", "I", "L");
            assertThat(MessageInscriptionSms.normaliserCode(code)).isEqualTo(code);
            codes.add(code);
        }
        // 2 000 tirages parmi 923 521 codes : quasiment tous différents (les doublons éventuels sont retirés en base).
        assertThat(codes.size()).isGreaterThan(1990);
    }

    @Test
    void un_contact_est_refuse_champ_par_champ() {
        LocalDate aujourdhui = LocalDate.of(2027, 3, 12);
        assertThat(new ContactInstitutionnel("Mme Martin", RoleContact.PREFET, null, aujourdhui, "Présentation", null)
                .verifier(aujourdhui)).isEmpty();
        var erreurs = new ContactInstitutionnel(" ", null, null, aujourdhui.plusDays(1), "", "x".repeat(501)).verifier(aujourdhui);
        assertThat(erreurs).containsOnlyKeys("qui", "role", "le", "objet", "suite");
        assertThat(erreurs.get("le")).contains("13/03/2027 est dans le futur");
        assertThat(erreurs.get("suite")).isEqualTo("Suite donnée : 500 caractères au plus (501 saisis).");
        // Un élu ou une administration : l'organisme est exigé ; pas pour un maire ni un préfet.
        assertThat(new ContactInstitutionnel("M. Élu", RoleContact.ELU, "", aujourdhui, "Soutien", null).verifier(aujourdhui))
                .containsOnlyKeys("organisme");
        assertThat(new ContactInstitutionnel("M. Maire", RoleContact.MAIRE, "", aujourdhui, "Salle", null).verifier(aujourdhui)).isEmpty();
        assertThat(new ContactInstitutionnel("M. X", RoleContact.AUTRE, "y".repeat(201), null, "o", null).verifier(aujourdhui))
                .containsOnlyKeys("organisme", "le");
    }

    @Test
    void resultats_droits_du_questionnaire_ou_saisis_et_suivis_ouverts_apres_30_jours() {
        HorlogeReglable horloge = new HorlogeReglable(Instant.parse("2027-06-16T15:00:00Z"));
        List<Fiche> fiches = List.of(
                new Fiche(1, 0, 3, new BigDecimal("7236.00"), 1),   // questionnaire relié : 3 droits, montant du moteur
                new Fiche(1, 2, null, BigDecimal.ZERO, 0),          // sans questionnaire : 2 droits saisis, sans montant
                new Fiche(1, 5, 0, BigDecimal.ZERO, 2),             // questionnaire sans droit : 0, le nombre saisi est ignoré
                new Fiche(2, 1, null, BigDecimal.ZERO, 1));         // autre atelier
        List<Suivi> suivis = List.of(new Suivi(1, 100, horloge.instant()), new Suivi(1, 101, horloge.instant()),
                new Suivi(2, 200, horloge.instant()));
        Set<Long> ouvertes = Set.of(100L, 200L);

        Chiffres jourJ = ResultatsAteliers.atelier("A", 1, 4, fiches, suivis, ouvertes, horloge.instant());
        assertThat(jourJ).isEqualTo(new Chiffres("A", 4, 3, 5, new BigDecimal("7236.00"), 3, 2, 0, 2));
        assertThat(jourJ.montantEnEuros()).isEqualTo("7 236 €");

        horloge.avancer(Duration.ofDays(30).minusSeconds(1));
        assertThat(ResultatsAteliers.atelier("A", 1, 4, fiches, suivis, ouvertes, horloge.instant()).suivisOuvertsApres30Jours()).isZero();
        horloge.avancer(Duration.ofSeconds(1));
        Chiffres apres = ResultatsAteliers.atelier("A", 1, 4, fiches, suivis, ouvertes, horloge.instant());
        assertThat(apres.suivisOuvertsApres30Jours()).isEqualTo(1);   // 101 est terminée
        assertThat(apres.suivisRecents()).isZero();

        Chiffres autre = ResultatsAteliers.atelier("B", 2, 0, fiches, suivis, ouvertes, horloge.instant());
        Chiffres campagne = ResultatsAteliers.campagne("Trimestre 2", List.of(apres, autre));
        assertThat(campagne).isEqualTo(new Chiffres("Trimestre 2", 4, 4, 6, new BigDecimal("7236.00"), 4, 3, 2, 0));
        assertThat(ResultatsAteliers.campagne("Vide", List.of())).isEqualTo(Chiffres.vide("Vide"));
    }
}
