package fr.passerelle.saisines.internal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.http.ResponseEntity;

import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.saisines.internal.AccesDossier;
import fr.passerelle.saisines.internal.SaisieInvalide;
import fr.passerelle.saisines.internal.ServiceSaisines;
import fr.passerelle.saisines.internal.domaine.NouvelleSaisine;
import fr.passerelle.saisines.internal.domaine.PerimetresParOrganisation;
import fr.passerelle.saisines.internal.domaine.Saisine;

/** Pages de l'aidant : saisines d'un dossier, nouvelle saisine, fil d'une saisine (mandat exigé à chaque page). */
@Controller
class SaisinesAidantController {

    private final ServiceSaisines service;

    SaisinesAidantController(ServiceSaisines service) {
        this.service = service;
    }

    @GetMapping("/dossiers/{dossierId}/saisines")
    String liste(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long dossierId, Model modele) {
        AccesDossier acces = service.acces(principal.compte(), dossierId, "consultation des saisines du dossier");
        modele.addAttribute("acces", acces);
        modele.addAttribute("saisines", service.duDossier(acces));
        return "saisines/dossier";
    }

    @GetMapping("/dossiers/{dossierId}/saisines/nouvelle")
    String formulaire(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long dossierId, Model modele) {
        AccesDossier acces = service.acces(principal.compte(), dossierId, "préparation d'une saisine");
        return afficherFormulaire(acces, Map.of(), Map.of(), modele);
    }

    private String afficherFormulaire(AccesDossier acces, Map<String, String> saisie, Map<String, String> erreurs,
                                      Model modele) {
        modele.addAttribute("acces", acces);
        modele.addAttribute("organisations", service.organisations());
        modele.addAttribute("perimetres", new PerimetresParOrganisationVue());
        modele.addAttribute("saisie", saisie);
        modele.addAttribute("erreurs", erreurs);
        return "saisines/nouvelle";
    }

    @PostMapping("/dossiers/{dossierId}/saisines/nouvelle")
    String ouvrir(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long dossierId,
                  @RequestParam Map<String, String> saisie,
                  @RequestParam(name = "pieces", required = false) MultipartFile[] pieces,
                  Model modele, RedirectAttributes redirection) {
        CompteConnecte aidant = principal.compte();
        Map<String, String> erreurs = new LinkedHashMap<>();
        Optional<Long> organisation = Formulaires.identifiant("organisation", saisie.get("organisation"),
                "Organisation", erreurs);
        try {
            if (!erreurs.isEmpty()) {
                erreurs.putAll(new NouvelleSaisine(saisie.get("objet"), saisie.get("blocage"), saisie.get("tentatives"),
                        "oui".equals(saisie.get("consentement"))).erreurs());
                throw new SaisieInvalide(erreurs);
            }
            Saisine saisine = service.ouvrir(aidant, dossierId, organisation,
                    new NouvelleSaisine(saisie.get("objet"), saisie.get("blocage"), saisie.get("tentatives"),
                            "oui".equals(saisie.get("consentement"))), Formulaires.pieces(pieces));
            redirection.addFlashAttribute("succes", "Saisine envoyée à " + saisine.organisationNom()
                    + ". Vous serez prévenu par courriel à chaque réponse.");
            return "redirect:/saisines/" + saisine.id();
        } catch (SaisieInvalide invalide) {
            AccesDossier acces = service.acces(aidant, dossierId, "préparation d'une saisine");
            return afficherFormulaire(acces, saisie, invalide.erreurs(), modele);
        }
    }

    @GetMapping("/saisines/{saisineId}")
    String fil(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long saisineId, Model modele) {
        modele.addAttribute("fil", service.pourAidant(principal.compte(), saisineId));
        if (!modele.containsAttribute("erreurs")) {
            modele.addAttribute("erreurs", Map.of());
            modele.addAttribute("saisie", Map.of());
        }
        return "saisines/fil-aidant";
    }

    @PostMapping("/saisines/{saisineId}/messages")
    String ecrire(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long saisineId,
                  @RequestParam Map<String, String> saisie,
                  @RequestParam(name = "pieces", required = false) MultipartFile[] pieces,
                  Model modele, RedirectAttributes redirection) {
        try {
            service.ecrireCommeAidant(principal.compte(), saisineId, saisie.get("texte"),
                    "oui".equals(saisie.get("consentement")), Formulaires.pieces(pieces));
            redirection.addFlashAttribute("succes", "Message envoyé à l'organisation.");
            return "redirect:/saisines/" + saisineId + "#fil";
        } catch (SaisieInvalide invalide) {
            modele.addAttribute("erreurs", invalide.erreurs());
            modele.addAttribute("saisie", saisie);
            return fil(principal, saisineId, modele);
        }
    }

    @GetMapping("/saisines/{saisineId}/pieces/{pieceId}")
    ResponseEntity<byte[]> piece(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long saisineId,
                                 @PathVariable long pieceId) {
        return Telechargement.de(service.piece(principal.compte(), saisineId, pieceId));
    }

    /** Pour le gabarit : le périmètre de mandat qu'exige chaque type d'organisation. */
    static final class PerimetresParOrganisationVue {
        public String libelle(fr.passerelle.structures.TypeOrganisation type) {
            return PerimetresParOrganisation.de(type).libelle();
        }

        public fr.passerelle.mandats.Perimetre de(fr.passerelle.structures.TypeOrganisation type) {
            return PerimetresParOrganisation.de(type);
        }
    }
}
