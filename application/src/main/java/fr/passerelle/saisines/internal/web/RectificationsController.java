package fr.passerelle.saisines.internal.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import fr.passerelle.saisines.internal.AccesDossier;
import fr.passerelle.saisines.internal.SaisieInvalide;
import fr.passerelle.saisines.internal.ServiceRectifications;
import fr.passerelle.saisines.internal.ServiceSaisines;
import fr.passerelle.saisines.internal.domaine.IssueRectification;
import fr.passerelle.saisines.internal.domaine.LettreRectification;

/** Droit à l'erreur : rédiger une lettre de rectification, l'imprimer (PDF), suivre la réponse. */
@Controller
class RectificationsController {

    private final ServiceRectifications service;
    private final ServiceSaisines saisines;

    RectificationsController(ServiceRectifications service, ServiceSaisines saisines) {
        this.service = service;
        this.saisines = saisines;
    }

    @GetMapping("/dossiers/{dossierId}/rectifications")
    String page(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long dossierId, Model modele) {
        return afficher(saisines.acces(principal.compte(), dossierId, "consultation des lettres de rectification"),
                modele);
    }

    private String afficher(AccesDossier acces, Model modele) {
        modele.addAttribute("acces", acces);
        modele.addAttribute("lettres", service.duDossier(acces));
        modele.addAttribute("organisations", saisines.organisations());
        modele.addAttribute("issues", IssueRectification.values());
        modele.addAttribute("perimetres", new SaisinesAidantController.PerimetresParOrganisationVue());
        if (!modele.containsAttribute("erreurs")) {
            modele.addAttribute("erreurs", Map.of());
            modele.addAttribute("saisie", Map.of());
        }
        if (!modele.containsAttribute("lettreEnErreur")) {
            modele.addAttribute("lettreEnErreur", -1L);
        }
        return "saisines/rectifications";
    }

    @PostMapping("/dossiers/{dossierId}/rectifications")
    String rediger(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long dossierId,
                   @RequestParam Map<String, String> saisie, Model modele, RedirectAttributes redirection) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        Optional<Long> organisation = Formulaires.identifiant("organisation", saisie.get("organisation"), "Organisation", erreurs);
        Optional<LocalDate> declareLe = Formulaires.date("declareLe", saisie.get("declareLe"), erreurs);
        try {
            LettreRectification lettre = service.rediger(principal.compte(), dossierId, organisation,
                    saisie.get("ceQuiEtaitFaux"), saisie.get("ceQuiEstJuste"), declareLe, erreurs);
            redirection.addFlashAttribute("succes", "Lettre prête pour " + lettre.organisationNom()
                    + " : imprimez-la, faites-la signer par la personne, puis notez la date d'envoi.");
            return "redirect:/dossiers/" + dossierId + "/rectifications#lettre-" + lettre.id();
        } catch (SaisieInvalide invalide) {
            modele.addAttribute("erreurs", invalide.erreurs());
            modele.addAttribute("saisie", saisie);
            return page(principal, dossierId, modele);
        }
    }

    @GetMapping("/dossiers/{dossierId}/rectifications/{lettreId}.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long dossierId,
                               @PathVariable long lettreId) {
        LettreRectification lettre = service.lettre(principal.compte(), dossierId, lettreId,
                "impression d'une lettre de rectification");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("lettre-rectification-" + lettreId + ".pdf").build().toString())
                .body(LettreRectificationPdf.rediger(lettre, service.aujourdhui()));
    }

    @PostMapping("/dossiers/{dossierId}/rectifications/{lettreId}/suivi")
    String suivre(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long dossierId,
                  @PathVariable long lettreId, @RequestParam Map<String, String> saisie, Model modele,
                  RedirectAttributes redirection) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        Optional<LocalDate> envoyee = Formulaires.date("envoyeeLe", saisie.get("envoyeeLe"), erreurs);
        Optional<LocalDate> reponse = Formulaires.date("reponseLe", saisie.get("reponseLe"), erreurs);
        Optional<IssueRectification> issue = Formulaires.choix("issue", saisie.get("issue"), IssueRectification.class,
                "Réponse", erreurs);
        try {
            service.suivre(principal.compte(), dossierId, lettreId, envoyee, reponse, issue, erreurs);
            redirection.addFlashAttribute("succes", "Suivi de la lettre enregistré.");
            return "redirect:/dossiers/" + dossierId + "/rectifications#lettre-" + lettreId;
        } catch (SaisieInvalide invalide) {
            modele.addAttribute("erreurs", invalide.erreurs());
            modele.addAttribute("saisie", saisie);
            modele.addAttribute("lettreEnErreur", lettreId);
            return page(principal, dossierId, modele);
        }
    }
}
