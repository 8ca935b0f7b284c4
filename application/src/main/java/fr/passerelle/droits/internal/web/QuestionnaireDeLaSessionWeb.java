package fr.passerelle.droits.internal.web;

import jakarta.servlet.http.HttpSession;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.passerelle.droits.DroitDecouvert;
import fr.passerelle.droits.QuestionnaireDeLaSession;
import fr.passerelle.droits.internal.domaine.DroitEstime;
import fr.passerelle.droits.internal.domaine.Estimation;
import fr.passerelle.droits.internal.domaine.Verdict;

/** Le questionnaire terminé de la session, estimé par le moteur comme sur la page des résultats. */
@Component
class QuestionnaireDeLaSessionWeb implements QuestionnaireDeLaSession {

    private final ResultatsController resultats;

    QuestionnaireDeLaSessionWeb(ResultatsController resultats) {
        this.resultats = resultats;
    }

    @Override
    public Optional<List<DroitDecouvert>> prendre(HttpSession session) {
        if (session == null || session.getAttribute(QuestionnaireController.SESSION) == null) {
            return Optional.empty();
        }
        Estimation estimation = resultats.estimation(session);
        if (estimation == null) {
            return Optional.empty();
        }
        session.removeAttribute(QuestionnaireController.SESSION);
        return Optional.of(decouverts(estimation.droits()));
    }

    static List<DroitDecouvert> decouverts(List<DroitEstime> droits) {
        return droits.stream().filter(d -> d.verdict() != Verdict.PAS_POUR_L_INSTANT)
                .map(d -> new DroitDecouvert(d.code(), d.libelle(), montantAnnuel(d))).toList();
    }

    /** Douze mois d'un montant mensuel ; rien pour un droit à vérifier ou une participation à payer. */
    static double montantAnnuel(DroitEstime d) {
        if (d.verdict() != Verdict.DROIT || d.aPayer() || d.montant() <= 0) {
            return 0;
        }
        return Math.round((d.annuel() ? d.montant() : d.montant() * 12) * 100) / 100.0;
    }
}
