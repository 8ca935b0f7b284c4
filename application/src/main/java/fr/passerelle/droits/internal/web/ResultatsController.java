package fr.passerelle.droits.internal.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.passerelle.droits.internal.ServiceMesDroits;
import fr.passerelle.droits.internal.domaine.Estimation;
import fr.passerelle.droits.internal.domaine.Etape;
import fr.passerelle.droits.internal.domaine.Questionnaire;
import fr.passerelle.droits.internal.domaine.RepertoireCommunes;
import fr.passerelle.droits.internal.domaine.Verdict;

/** Les résultats : droits estimés, pourquoi, que faire, aide à proximité ; et la fiche imprimable. */
@Controller
class ResultatsController {

    private final ServiceMesDroits service;
    private final RepertoireCommunes communes;

    ResultatsController(ServiceMesDroits service, RepertoireCommunes communes) {
        this.service = service;
        this.communes = communes;
    }

    /** L'estimation de la session, ou {@code null} s'il manque des réponses. */
    Estimation estimation(HttpSession session) {
        Questionnaire q = QuestionnaireController.questionnaire(session);
        if (q.premiereEtapeARemplir(communes) != null) {
            return null;
        }
        return service.estimer(q.versFoyer(communes));
    }

    private String manque(HttpSession session) {
        Etape e = QuestionnaireController.questionnaire(session).premiereEtapeARemplir(communes);
        return "redirect:/mes-droits/" + (e == null ? Etape.FOYER : e).segment();
    }

    @GetMapping("/mes-droits/resultats")
    String resultats(HttpSession session, Model modele) {
        Estimation estimation = estimation(session);
        if (estimation == null) {
            return manque(session);
        }
        remplir(modele, estimation);
        return "droits/resultats";
    }

    @GetMapping("/mes-droits/fiche")
    String fiche(HttpSession session, Model modele) {
        Estimation estimation = estimation(session);
        if (estimation == null) {
            return manque(session);
        }
        remplir(modele, estimation);
        return "droits/fiche";
    }

    static void remplir(Model modele, Estimation estimation) {
        modele.addAttribute("estimation", estimation);
        modele.addAttribute("droits", estimation.avecVerdict(Verdict.DROIT));
        modele.addAttribute("aVerifier", estimation.avecVerdict(Verdict.A_VERIFIER));
        modele.addAttribute("refuses", estimation.avecVerdict(Verdict.PAS_POUR_L_INSTANT));
    }
}
