package fr.passerelle.droits.internal.web;

import jakarta.servlet.http.HttpSession;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.comptes.Role;
import fr.passerelle.dossiers.Dossiers;
import fr.passerelle.dossiers.DroitTrouve;
import fr.passerelle.mandats.AccesRefuse;

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
    private final Dossiers dossiers;

    ResultatsController(ServiceMesDroits service, RepertoireCommunes communes, Dossiers dossiers) {
        this.service = service;
        this.communes = communes;
        this.dossiers = dossiers;
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
    String resultats(HttpSession session, Model modele, @AuthenticationPrincipal CompteAuthentifie compte) {
        Estimation estimation = estimation(session);
        if (estimation == null) {
            return manque(session);
        }
        remplir(modele, estimation);
        modele.addAttribute("dossierAJoindre", dossierAJoindre(session, compte));
        return "droits/resultats";
    }

    /** Le dossier pour lequel l'aidant fait le questionnaire, s'il y en a un (sinon {@code null}). */
    private static Long dossierAJoindre(HttpSession session, CompteAuthentifie compte) {
        return compte != null && compte.compte().role() == Role.AIDANT
                ? (Long) session.getAttribute(QuestionnaireController.DOSSIER) : null;
    }

    /**
     * « Joindre au dossier » : les droits trouvés (ouverts ou à vérifier) sont enregistrés dans le dossier de la
     * personne, par l'API du module dossiers qui exige un mandat couvrant les prestations sociales et journalise.
     */
    @PostMapping("/mes-droits/joindre")
    String joindre(HttpSession session, Model modele, @AuthenticationPrincipal CompteAuthentifie compte,
                   HttpServletResponse reponse, RedirectAttributes redirection) {
        Estimation estimation = estimation(session);
        if (estimation == null) {
            return manque(session);
        }
        Long dossier = dossierAJoindre(session, compte);
        if (dossier == null) {
            return "redirect:/mes-droits/resultats";
        }
        List<DroitTrouve> trouves = estimation.droits().stream().filter(d -> d.verdict() != Verdict.PAS_POUR_L_INSTANT)
                .map(d -> new DroitTrouve(d.code(), d.libelle(), d.montant(), d.periodicite())).toList();
        try {
            int joints = dossiers.joindreDroits(compte.compte(), dossier, trouves);
            redirection.addFlashAttribute("succes", joints + " droit(s) joint(s) au dossier, à demander.");
            return "redirect:/dossiers/" + dossier + "#droits";
        } catch (AccesRefuse refus) {
            reponse.setStatus(HttpStatus.FORBIDDEN.value());
            remplir(modele, estimation);
            modele.addAttribute("dossierAJoindre", dossier);
            modele.addAttribute("refusJoindre", refus.raison());
            return "droits/resultats";
        }
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
