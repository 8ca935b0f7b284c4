package fr.passerelle.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.passerelle.dossiers.internal.domaine.Besoin;
import fr.passerelle.dossiers.internal.domaine.Couverture;
import fr.passerelle.dossiers.internal.domaine.DemarcheEnCours;
import fr.passerelle.dossiers.internal.domaine.Diagnostic;
import fr.passerelle.dossiers.internal.domaine.StatutDemarche;
import fr.passerelle.mandats.DecisionAcces;
import fr.passerelle.mandats.Perimetre;
import fr.passerelle.dossiers.internal.domaine.NiveauAutonomie;
import fr.passerelle.dossiers.internal.domaine.Nir;
import fr.passerelle.dossiers.internal.domaine.QuestionAutonomie;
import fr.passerelle.dossiers.internal.domaine.SaisieInvalide;

/** Le domaine des dossiers, sans Spring : NIR (clé de contrôle, Corse), niveau d'autonomie numérique, couverture des mandats. */
class DomaineDossiersTest {

    @Test
    void nir_valide_avec_espaces_et_formate() {
        Nir nir = Nir.lire(" 2 84 12 33 063 045 37 ");
        assertThat(nir.valeur()).isEqualTo("284123306304537");
        assertThat(nir.formate()).isEqualTo("2 84 12 33 063 045 37");
        assertThat(nir.toString()).doesNotContain("284123306304537");
    }

    @Test
    void nir_corse_2A_et_2B() {
        // 2A compte pour 19 et 2B pour 18 dans le calcul de la clé.
        String corps2A = "18502" + "2A" + "123456";
        long cle2A = 97 - Long.parseLong("1850219123456") % 97;
        assertThat(Nir.lire(corps2A + String.format("%02d", cle2A)).valeur()).startsWith("185022A");
        long cle2B = 97 - Long.parseLong("1850218123456") % 97;
        assertThat(Nir.lire("185022B123456" + String.format("%02d", cle2B)).valeur()).startsWith("185022B");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "28412330630453|15 caractères",
            "2841233063045377|15 caractères",
            "28412330630A537|seuls des chiffres",
            "384123306304537|commence par 1 ou 2",
            "284123306304538|la clé",
    })
    void nir_refuse_avec_la_raison(String saisie, String raison) {
        assertThatThrownBy(() -> Nir.lire(saisie)).isInstanceOf(SaisieInvalide.class)
                .hasMessageContaining("Numéro de sécurité sociale").hasMessageContaining(raison)
                .satisfies(e -> assertThat(((SaisieInvalide) e).erreurs()).containsKey("nir"));
    }

    static Diagnostic diagnostic(Set<QuestionAutonomie> saitFaire, boolean menace) {
        return new Diagnostic(saitFaire, menace, "Karim Aidant", Instant.parse("2026-06-10T10:00:00Z"));
    }

    @Test
    void un_droit_menace_est_une_urgence_numerique_meme_pour_une_personne_autonome() {
        assertThat(diagnostic(EnumSet.allOf(QuestionAutonomie.class), true).niveau()).isEqualTo(NiveauAutonomie.URGENCE_NUMERIQUE);
    }

    @Test
    void peu_de_savoir_faire_ou_pas_d_equipement_l_aidant_fait_pour_la_personne() {
        assertThat(diagnostic(Set.of(), false).niveau()).isEqualTo(NiveauAutonomie.FAIRE_POUR);
        assertThat(diagnostic(EnumSet.of(QuestionAutonomie.EQUIPEMENT, QuestionAutonomie.COURRIEL), false).niveau())
                .isEqualTo(NiveauAutonomie.FAIRE_POUR);
        assertThat(diagnostic(EnumSet.of(QuestionAutonomie.COURRIEL, QuestionAutonomie.COMPTE_EN_LIGNE,
                QuestionAutonomie.FRANCECONNECT, QuestionAutonomie.ENVOYER_PIECE), false).niveau())
                .as("sans équipement").isEqualTo(NiveauAutonomie.FAIRE_POUR);
    }

    @Test
    void avec_les_bases_la_personne_apprend_a_faire_seule_et_est_orientee() {
        Diagnostic d = diagnostic(EnumSet.of(QuestionAutonomie.EQUIPEMENT, QuestionAutonomie.COURRIEL,
                QuestionAutonomie.COMPTE_EN_LIGNE), false);
        assertThat(d.niveau()).isEqualTo(NiveauAutonomie.APPRENDRE_SEUL);
        assertThat(d.niveau().orientation()).contains("conseiller numérique");
        assertThat(NiveauAutonomie.FAIRE_POUR.orientation()).contains("Pass numérique");
    }

    static Couverture couverture(Set<Perimetre> couverts, String refus) {
        java.util.Map<Perimetre, DecisionAcces> decisions = new java.util.EnumMap<>(Perimetre.class);
        for (Perimetre p : Perimetre.values()) {
            decisions.put(p, couverts.contains(p) ? new DecisionAcces.Autorise(7, Instant.parse("2027-01-01T00:00:00Z"))
                    : new DecisionAcces.Refuse(couverts.isEmpty() ? refus : "le mandat ne couvre pas : " + p.name()));
        }
        return new Couverture(decisions);
    }

    static DemarcheEnCours demarche(String intitule, Perimetre perimetre) {
        return new DemarcheEnCours(1, intitule, "CAF", StatutDemarche.EN_COURS, "attendre", perimetre);
    }

    @Test
    void sans_aucun_mandat_actif_rien_n_est_couvert_et_la_raison_est_celle_du_module_mandats() {
        Couverture aucune = couverture(Set.of(), "le mandat a été révoqué le 10 juin");
        assertThat(aucune.pour(Besoin.TOUT_MANDAT_ACTIF)).isEqualTo(new DecisionAcces.Refuse("le mandat a été révoqué le 10 juin"));
        assertThat(aucune.pour(Besoin.DROITS)).isInstanceOf(DecisionAcces.Refuse.class);
        assertThat(aucune.visibles(java.util.List.of(demarche("RSA", Perimetre.PRESTATIONS_SOCIALES)))).isEmpty();
    }

    @Test
    void un_mandat_transport_ouvre_l_historique_mais_ni_les_droits_ni_les_autres_demarches() {
        Couverture transport = couverture(Set.of(Perimetre.TRANSPORT), "");
        assertThat(transport.pour(Besoin.TOUT_MANDAT_ACTIF)).isInstanceOf(DecisionAcces.Autorise.class);
        assertThat(transport.pour(Besoin.DROITS)).isInstanceOf(DecisionAcces.Refuse.class);
        assertThat(transport.refus(Perimetre.PRESTATIONS_SOCIALES)).contains("le mandat ne couvre pas : PRESTATIONS_SOCIALES");
        assertThat(transport.visibles(java.util.List.of(demarche("Carte de bus", Perimetre.TRANSPORT),
                demarche("RSA", Perimetre.PRESTATIONS_SOCIALES), demarche("CSS", Perimetre.SANTE))))
                .extracting(DemarcheEnCours::intitule).containsExactly("Carte de bus");
    }

    @Test
    void une_couverture_incomplete_est_refusee() {
        assertThatThrownBy(() -> new Couverture(java.util.Map.of(Perimetre.SANTE, new DecisionAcces.Refuse("x"))))
                .hasMessageContaining("une décision par périmètre");
    }
}
