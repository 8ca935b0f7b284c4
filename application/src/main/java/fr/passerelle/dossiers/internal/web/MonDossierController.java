package fr.passerelle.dossiers.internal.web;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.dossiers.internal.ServiceDossiers;
import fr.passerelle.dossiers.internal.VueDossier;

/** L'espace de la personne : son dossier, qui l'a consulté et quand, l'export et l'effacement de ses données. */
@Controller
class MonDossierController {

    private final ServiceDossiers service;

    MonDossierController(ServiceDossiers service) {
        this.service = service;
    }

    @GetMapping("/mon-dossier")
    String monDossier(@AuthenticationPrincipal CompteAuthentifie principal, Model modele) {
        CompteConnecte usager = principal.compte();
        List<VueDossier> vues = service.pourLaPersonne(usager);
        modele.addAttribute("vues", vues);
        modele.addAttribute("consultations", vues.stream()
                .collect(java.util.stream.Collectors.toMap(v -> v.dossier().id(), v -> service.consultations(usager, v.dossier().id()))));
        if (!modele.containsAttribute("erreurs")) {
            modele.addAttribute("erreurs", Map.of());
        }
        return "dossiers/mon-dossier";
    }

    @PostMapping("/mon-dossier/{id}/effacer")
    String effacer(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long id,
                   @RequestParam(defaultValue = "") String confirmation, Model modele, RedirectAttributes redirection) {
        if (!"oui".equals(confirmation)) {
            modele.addAttribute("erreurs", Map.of("confirmation-" + id,
                    "Confirmation : cochez la case pour confirmer l'effacement. Rien n'a été effacé."));
            return monDossier(principal, modele);
        }
        service.effacerPourLaPersonne(principal.compte(), id);
        redirection.addFlashAttribute("succes", "Votre dossier a été effacé. La structure qui vous accompagne ne le voit plus.");
        return "redirect:/mon-dossier";
    }
}
