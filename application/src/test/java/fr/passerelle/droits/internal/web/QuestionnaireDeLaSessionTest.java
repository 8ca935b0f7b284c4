package fr.passerelle.droits.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.passerelle.droits.DroitDecouvert;
import fr.passerelle.droits.internal.domaine.DroitEstime;
import fr.passerelle.droits.internal.domaine.Verdict;

/** Les droits repris par le jour J des ateliers : lesquels, et leur montant pour une année. */
class QuestionnaireDeLaSessionTest {

    static DroitEstime droit(String code, Verdict verdict, double montant, boolean annuel, boolean aPayer) {
        return new DroitEstime(code, code.toUpperCase(), verdict, montant, annuel, aPayer, List.of(), null);
    }

    @Test
    void montant_annuel_douze_mois_ou_annuel_rien_pour_a_verifier_ou_a_payer() {
        assertThat(QuestionnaireDeLaSessionWeb.montantAnnuel(droit("rsa", Verdict.DROIT, 603.45, false, false))).isEqualTo(7241.4);
        assertThat(QuestionnaireDeLaSessionWeb.montantAnnuel(droit("ars", Verdict.DROIT, 423.48, true, false))).isEqualTo(423.48);
        assertThat(QuestionnaireDeLaSessionWeb.montantAnnuel(droit("aide_logement", Verdict.A_VERIFIER, 200, false, false))).isZero();
        assertThat(QuestionnaireDeLaSessionWeb.montantAnnuel(droit("css", Verdict.DROIT, 30, false, true))).isZero();
    }

    @Test
    void les_droits_pas_pour_l_instant_ne_sont_pas_decouverts() {
        assertThat(QuestionnaireDeLaSessionWeb.decouverts(List.of(droit("rsa", Verdict.DROIT, 600, false, false),
                droit("aah", Verdict.PAS_POUR_L_INSTANT, 0, false, false), droit("aide_logement", Verdict.A_VERIFIER, 200, false, false))))
                .containsExactly(new DroitDecouvert("rsa", "RSA", 7200), new DroitDecouvert("aide_logement", "AIDE_LOGEMENT", 0));
    }
}
