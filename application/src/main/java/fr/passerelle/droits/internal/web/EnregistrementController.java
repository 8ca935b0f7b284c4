package fr.passerelle.droits.internal.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.droits.internal.domaine.Estimation;
import fr.passerelle.droits.internal.persistance.SituationsEnregistrees;

/**
 * Garder ses résultats : la fiche en PDF (rien n'est stocké) ; avec consentement explicite, l'enregistrement des
 * réponses dans l'espace de l'usager connecté, leur reprise et leur effacement.
 */
@Controller
class EnregistrementController {

    private final ResultatsController resultats;
    private final FichePdf fichePdf;
    private final SituationsEnregistrees situations;

    EnregistrementController(ResultatsController resultats, FichePdf fichePdf, SituationsEnregistrees situations) {
        this.resultats = resultats;
        this.fichePdf = fichePdf;
        this.situations = situations;
    }

    @GetMapping("/mes-droits/fiche.pdf")
    ResponseEntity<byte[]> pdf(HttpSession session) {
        Estimation estimation = resultats.estimation(session);
        if (estimation == null) {
            return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/mes-droits/foyer").build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("ma-fiche-droits.pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(fichePdf.ecrire(estimation));
    }

    @PostMapping("/mes-droits/enregistrer")
    String enregistrer(@RequestParam(required = false) String consentement,
                       @AuthenticationPrincipal CompteAuthentifie compte, HttpSession session) {
        if (!"oui".equals(consentement)) {
            return "redirect:/mes-droits/resultats?consentement-manquant#titre-garder";
        }
        if (resultats.estimation(session) == null) {
            return "redirect:/mes-droits/foyer";
        }
        situations.enregistrer(compte.compte().id(), QuestionnaireController.questionnaire(session));
        return "redirect:/mes-droits/resultats?enregistre#titre-garder";
    }

    @PostMapping("/mes-droits/reprendre")
    String reprendre(@AuthenticationPrincipal CompteAuthentifie compte, HttpSession session) {
        return situations.lire(compte.compte().id()).map(q -> {
            session.setAttribute(QuestionnaireController.SESSION, q);
            return "redirect:/mes-droits/resultats";
        }).orElse("redirect:/mes-droits");
    }

    @PostMapping("/mes-droits/effacer")
    String effacer(@AuthenticationPrincipal CompteAuthentifie compte) {
        situations.effacer(compte.compte().id());
        return "redirect:/mes-droits?efface";
    }
}
