package fr.passerelle.saisines.internal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.saisines.internal.SaisieInvalide;
import fr.passerelle.saisines.internal.ServiceSaisines;
import fr.passerelle.saisines.internal.domaine.EtatSaisine;
import fr.passerelle.saisines.internal.domaine.IssueSaisine;

/**
 * Pages de l'agent : les saisines adressées à SON organisation (les en-retard d'abord), le fil d'une saisine
 * (seulement ce que l'aidant a partagé), répondre, demander une pièce, clore avec une issue.
 */
@Controller
class SaisinesAgentController {

    private final ServiceSaisines service;

    SaisinesAgentController(ServiceSaisines service) {
        this.service = service;
    }

    @GetMapping("/agent/saisines")
    String liste(@AuthenticationPrincipal CompteAuthentifie principal,
                 @RequestParam(name = "etat", required = false) String etat, Model modele) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        Optional<EtatSaisine> filtre = Formulaires.choix("etat", etat, EtatSaisine.class, "État", erreurs);
        modele.addAttribute("etats", EtatSaisine.values());
        modele.addAttribute("etatChoisi", etat == null ? "" : etat);
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("delais", service.delais());
        modele.addAttribute("saisines", erreurs.isEmpty() ? service.pourOrganisation(principal.compte(), filtre) : List.of());
        return "saisines/agent-liste";
    }

    @GetMapping("/agent/saisines/{saisineId}")
    String fil(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long saisineId, Model modele) {
        modele.addAttribute("fil", service.pourAgent(principal.compte(), saisineId));
        modele.addAttribute("issues", IssueSaisine.values());
        if (!modele.containsAttribute("erreurs")) {
            modele.addAttribute("erreurs", Map.of());
            modele.addAttribute("saisie", Map.of());
        }
        return "saisines/fil-agent";
    }

    @PostMapping("/agent/saisines/{saisineId}/reponse")
    String repondre(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long saisineId,
                    @RequestParam Map<String, String> saisie, Model modele, RedirectAttributes redirection) {
        try {
            service.repondre(principal.compte(), saisineId, saisie.get("texteReponse"));
        } catch (SaisieInvalide invalide) {
            return refaire(principal, saisineId, saisie, invalide, modele);
        }
        redirection.addFlashAttribute("succes", "Réponse envoyée : l'aidant est prévenu par courriel.");
        return "redirect:/agent/saisines/" + saisineId + "#fil";
    }

    @PostMapping("/agent/saisines/{saisineId}/demande-piece")
    String demanderPiece(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long saisineId,
                         @RequestParam Map<String, String> saisie, Model modele, RedirectAttributes redirection) {
        try {
            service.demanderPiece(principal.compte(), saisineId, saisie.get("textePiece"));
        } catch (SaisieInvalide invalide) {
            return refaire(principal, saisineId, saisie, invalide, modele);
        }
        redirection.addFlashAttribute("succes", "Pièce demandée : l'aidant est prévenu par courriel.");
        return "redirect:/agent/saisines/" + saisineId + "#fil";
    }

    @PostMapping("/agent/saisines/{saisineId}/cloture")
    String clore(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long saisineId,
                 @RequestParam Map<String, String> saisie, Model modele, RedirectAttributes redirection) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        Optional<IssueSaisine> issue = Formulaires.choix("issue", saisie.get("issue"), IssueSaisine.class, "Issue", erreurs);
        try {
            if (!erreurs.isEmpty()) {
                throw new SaisieInvalide(erreurs);
            }
            service.clore(principal.compte(), saisineId, issue, saisie.get("texteCloture"));
        } catch (SaisieInvalide invalide) {
            return refaire(principal, saisineId, saisie, invalide, modele);
        }
        redirection.addFlashAttribute("succes", "Saisine close : l'aidant est prévenu par courriel.");
        return "redirect:/agent/saisines/" + saisineId;
    }

    @GetMapping("/agent/saisines/{saisineId}/pieces/{pieceId}")
    ResponseEntity<byte[]> piece(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long saisineId,
                                 @PathVariable long pieceId) {
        return Telechargement.de(service.piece(principal.compte(), saisineId, pieceId));
    }

    private String refaire(CompteAuthentifie principal, long saisineId, Map<String, String> saisie,
                           SaisieInvalide invalide, Model modele) {
        modele.addAttribute("erreurs", invalide.erreurs());
        modele.addAttribute("saisie", saisie);
        return fil(principal, saisineId, modele);
    }
}
