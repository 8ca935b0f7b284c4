package fr.passerelle.mandats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.passerelle.mandats.internal.domaine.Duree;
import fr.passerelle.mandats.internal.domaine.Mandat;
import fr.passerelle.mandats.internal.domaine.MandatInvalide;
import fr.passerelle.mandats.internal.domaine.ModeConsentement;
import fr.passerelle.mandats.internal.domaine.RegleAcces;
import fr.passerelle.mandats.internal.domaine.RegleAcces.Demandeur;
import fr.passerelle.mandats.internal.domaine.Revocation;
import fr.passerelle.mandats.internal.domaine.UniteDuree;
import fr.passerelle.mandats.internal.domaine.VoieRevocation;

/** Domaine des mandats, sans base ni Spring : validation, états dans le temps, décision d'accès et ses raisons. */
class MandatTest {

    /** Mercredi 3 juin 2026, 14 h 05 à Paris. */
    static final Instant T0 = Instant.parse("2026-06-03T12:05:00Z");
    static final long DOSSIER = 7;
    static final long BEGLES = 1;
    static final long AUTRE_STRUCTURE = 2;
    static final Demandeur AIDANT_BEGLES = new Demandeur(true, Optional.of(BEGLES));

    static Mandat prepare(Set<Perimetre> perimetres, Duree duree) {
        return Mandat.proposer(DOSSIER, BEGLES, perimetres, duree, ModeConsentement.SIGNATURE_ECRAN, Optional.empty(),
                T0, 10, "Aïcha Aidante").avecId(42);
    }

    static Mandat signe(Set<Perimetre> perimetres, Duree duree, Instant le) {
        return prepare(perimetres, duree).signer(le);
    }

    static DecisionAcces decider(Demandeur qui, List<Mandat> mandats, Perimetre perimetre, Instant quand) {
        return RegleAcces.decider(qui, DOSSIER, Optional.of(BEGLES), mandats, perimetre, quand);
    }

    @Test
    void un_mandat_a_au_moins_un_perimetre() {
        assertThatThrownBy(() -> prepare(Set.of(), new Duree(3, UniteDuree.MOIS)))
                .isInstanceOfSatisfying(MandatInvalide.class, e -> {
                    assertThat(e.champ()).isEqualTo("perimetres");
                    assertThat(e.raison()).contains("Cochez au moins un périmètre");
                });
    }

    @Test
    void la_duree_va_d_un_jour_a_douze_mois_et_les_refus_disent_pourquoi() {
        assertThat(new Duree(1, UniteDuree.JOURS).libelle()).isEqualTo("1 jour");
        assertThat(new Duree(12, UniteDuree.MOIS).libelle()).isEqualTo("12 mois");
        assertThat(new Duree(365, UniteDuree.JOURS).nombre()).isEqualTo(365);
        assertThatThrownBy(() -> new Duree(13, UniteDuree.MOIS)).isInstanceOf(MandatInvalide.class)
                .hasMessage("La durée ne peut pas dépasser douze mois (vous avez indiqué 13 mois).");
        assertThatThrownBy(() -> new Duree(366, UniteDuree.JOURS)).hasMessageContaining("365 jours");
        assertThatThrownBy(() -> new Duree(0, UniteDuree.JOURS)).hasMessageContaining("au moins un jour");
        assertThatThrownBy(() -> Duree.lire("six", "MOIS")).isInstanceOfSatisfying(MandatInvalide.class,
                e -> assertThat(e.champ()).isEqualTo("duree"))
                .hasMessageContaining("« six »");
        assertThatThrownBy(() -> Duree.lire("6", "SEMAINES")).isInstanceOfSatisfying(MandatInvalide.class,
                e -> assertThat(e.champ()).isEqualTo("unite"));
        assertThat(Duree.lire(" 6 ", "mois")).isEqualTo(new Duree(6, UniteDuree.MOIS));
    }

    @Test
    void le_code_par_sms_demande_un_portable() {
        assertThatThrownBy(() -> Mandat.proposer(DOSSIER, BEGLES, Set.of(Perimetre.SANTE), new Duree(1, UniteDuree.MOIS),
                ModeConsentement.CODE_SMS, Optional.empty(), T0, 10, "Aïcha"))
                .isInstanceOfSatisfying(MandatInvalide.class, e -> assertThat(e.champ()).isEqualTo("mode"))
                .hasMessageContaining("pas de numéro de portable");
    }

    @Test
    void en_attente_puis_actif_puis_expire_par_le_temps() {
        Mandat enAttente = prepare(Set.of(Perimetre.SANTE), new Duree(1, UniteDuree.MOIS));
        assertThat(enAttente.etatA(T0.plus(Duration.ofDays(400)))).isEqualTo(EtatMandat.EN_ATTENTE_DE_SIGNATURE);
        Instant signature = T0.plus(Duration.ofMinutes(5));
        Mandat actif = enAttente.signer(signature);
        assertThat(actif.etatA(signature)).isEqualTo(EtatMandat.ACTIF);
        // Un mois du calendrier à compter de la signature : 3 juillet, même heure.
        assertThat(actif.finLe()).isEqualTo(Instant.parse("2026-07-03T12:10:00Z"));
        assertThat(actif.etatA(actif.finLe().minusSeconds(1))).isEqualTo(EtatMandat.ACTIF);
        assertThat(actif.etatA(actif.finLe())).isEqualTo(EtatMandat.EXPIRE);
        assertThatThrownBy(() -> actif.signer(signature)).hasMessageContaining("n'attend plus de signature");
    }

    @Test
    void revoque_a_l_instant_et_pas_deux_fois() {
        Mandat actif = signe(Set.of(Perimetre.SANTE), new Duree(6, UniteDuree.MOIS), T0);
        Instant retrait = T0.plus(Duration.ofDays(2));
        Mandat revoque = actif.revoquer(new Revocation(retrait, VoieRevocation.SMS, "la personne"));
        assertThat(revoque.etatA(retrait)).isEqualTo(EtatMandat.REVOQUE);
        assertThat(revoque.resume(retrait).revoqueLe()).contains(retrait);
        assertThatThrownBy(() -> revoque.revoquer(new Revocation(retrait, VoieRevocation.GUICHET, "Aïcha")))
                .hasMessage("Ce mandat est déjà révoqué.");
        Mandat expire = signe(Set.of(Perimetre.SANTE), new Duree(1, UniteDuree.JOURS), T0);
        assertThatThrownBy(() -> expire.revoquer(new Revocation(T0.plus(Duration.ofDays(2)), VoieRevocation.SMS, "x")))
                .hasMessage("Ce mandat est déjà expiré.");
    }

    @Test
    void autorise_par_un_mandat_actif_qui_couvre_le_perimetre() {
        Mandat actif = signe(Set.of(Perimetre.SANTE, Perimetre.LOGEMENT), new Duree(3, UniteDuree.MOIS), T0);
        assertThat(decider(AIDANT_BEGLES, List.of(actif), Perimetre.LOGEMENT, T0.plusSeconds(60)))
                .isEqualTo(new DecisionAcces.Autorise(42, actif.finLe()));
    }

    @Test
    void refus_motives_en_francais_simple() {
        Instant apres = T0.plus(Duration.ofDays(1));
        assertThat(decider(AIDANT_BEGLES, List.of(), Perimetre.SANTE, apres)).isEqualTo(new DecisionAcces.Refuse("aucun mandat"));
        Mandat sante = signe(Set.of(Perimetre.SANTE), new Duree(3, UniteDuree.MOIS), T0);
        assertThat(decider(AIDANT_BEGLES, List.of(sante), Perimetre.IMPOTS, apres))
                .isEqualTo(new DecisionAcces.Refuse("le mandat ne couvre pas : Impôts"));
        Mandat unJour = signe(Set.of(Perimetre.SANTE), new Duree(1, UniteDuree.JOURS), T0);
        assertThat(decider(AIDANT_BEGLES, List.of(unJour), Perimetre.SANTE, apres))
                .isEqualTo(new DecisionAcces.Refuse("le mandat a expiré le 4 juin 2026 à 14 h 05"));
        Mandat revoque = sante.revoquer(new Revocation(Instant.parse("2026-06-03T16:30:00Z"), VoieRevocation.SMS, "la personne"));
        assertThat(decider(AIDANT_BEGLES, List.of(revoque), Perimetre.SANTE, apres))
                .isEqualTo(new DecisionAcces.Refuse("le mandat a été révoqué le 3 juin 2026 à 18 h 30 par la personne, par SMS"));
        Mandat auGuichet = sante.revoquer(new Revocation(Instant.parse("2026-06-03T16:30:00Z"), VoieRevocation.GUICHET, "Aïcha Aidante"));
        assertThat(decider(AIDANT_BEGLES, List.of(auGuichet), Perimetre.SANTE, apres).toString())
                .contains("à la demande de la personne, au guichet (enregistré par Aïcha Aidante)");
        assertThat(RegleAcces.decider(AIDANT_BEGLES, DOSSIER, Optional.of(AUTRE_STRUCTURE), List.of(sante), Perimetre.SANTE, apres))
                .isEqualTo(new DecisionAcces.Refuse("ce dossier appartient à une autre structure"));
        assertThat(decider(new Demandeur(false, Optional.of(BEGLES)), List.of(sante), Perimetre.SANTE, apres))
                .isEqualTo(new DecisionAcces.Refuse("seul un aidant peut agir sous mandat"));
        assertThat(RegleAcces.decider(AIDANT_BEGLES, DOSSIER, Optional.empty(), List.of(sante), Perimetre.SANTE, apres))
                .isEqualTo(new DecisionAcces.Refuse("aucun dossier n° 7"));
        assertThat(decider(AIDANT_BEGLES, List.of(prepare(Set.of(Perimetre.SANTE), new Duree(3, UniteDuree.MOIS))),
                Perimetre.SANTE, apres).toString()).contains("pas encore signé");
    }

    @Test
    void le_mandat_d_une_autre_structure_ne_sert_pas() {
        Mandat autre = new Mandat(5L, DOSSIER, AUTRE_STRUCTURE, Set.of(Perimetre.SANTE), new Duree(3, UniteDuree.MOIS),
                ModeConsentement.SIGNATURE_ECRAN, T0, 11, "Bruno", EtatMandat.ACTIF, Optional.empty(), Optional.of(T0),
                Optional.empty());
        assertThat(decider(AIDANT_BEGLES, List.of(autre), Perimetre.SANTE, T0.plusSeconds(1)))
                .isEqualTo(new DecisionAcces.Refuse("aucun mandat"));
    }

    @Test
    void un_nouveau_mandat_actif_l_emporte_sur_un_ancien_revoque() {
        Mandat ancien = signe(Set.of(Perimetre.SANTE), new Duree(3, UniteDuree.MOIS), T0)
                .revoquer(new Revocation(T0.plusSeconds(10), VoieRevocation.ESPACE_PERSONNEL, "la personne"));
        Mandat nouveau = signe(Set.of(Perimetre.SANTE), new Duree(1, UniteDuree.MOIS), T0.plusSeconds(20)).avecId(43);
        assertThat(decider(AIDANT_BEGLES, List.of(ancien, nouveau), Perimetre.SANTE, T0.plusSeconds(30)))
                .isInstanceOfSatisfying(DecisionAcces.Autorise.class, a -> assertThat(a.mandatId()).isEqualTo(43));
    }
}
