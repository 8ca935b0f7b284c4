package fr.passerelle.mandats.internal.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.mandats.EtatMandat;
import fr.passerelle.mandats.Perimetre;
import fr.passerelle.mandats.PersonnesMandantes.Mandant;
import fr.passerelle.mandats.internal.ConsentementParCode;
import fr.passerelle.mandats.internal.ServiceMandats;
import fr.passerelle.mandats.internal.domaine.CodeConsentement;
import fr.passerelle.mandats.internal.domaine.DatesLisibles;
import fr.passerelle.mandats.internal.domaine.Duree;
import fr.passerelle.mandats.internal.domaine.Mandat;
import fr.passerelle.mandats.internal.domaine.MandatInvalide;
import fr.passerelle.mandats.internal.domaine.ModeConsentement;
import fr.passerelle.mandats.internal.domaine.Portable;
import fr.passerelle.mandats.internal.domaine.UniteDuree;
import fr.passerelle.structures.ReferentielStructures;
import fr.passerelle.structures.Structure;

/**
 * Pages de l'aidant, au guichet, pour un dossier de sa structure : mandats du dossier, préparation (périmètres,
 * durée, mode de consentement), saisie du code reçu par la personne ou signature à l'écran, page du mandat,
 * formulaire imprimable et PDF, révocation à la demande de la personne.
 */
@Controller
class MandatsAidantController {

    /** Champ des refus qui portent sur le mandat lui-même (il n'attend plus de signature, mauvais mode). */
    private static final String CHAMP_MANDAT = "mandat";

    private final ServiceMandats mandats;
    private final ConsentementParCode consentement;
    private final ReferentielStructures structures;
    private final FormulaireMandatPdf pdf;

    MandatsAidantController(ServiceMandats mandats, ConsentementParCode consentement, ReferentielStructures structures,
                            FormulaireMandatPdf pdf) {
        this.mandats = mandats;
        this.consentement = consentement;
        this.structures = structures;
        this.pdf = pdf;
    }

    @GetMapping("/dossiers/{dossierId}/mandats")
    String liste(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long dossierId, Model modele) {
        CompteConnecte aidant = principal.compte();
        List<Mandat> liste = mandats.mandatsDuDossier(aidant, dossierId);
        Mandant mandant = mandats.dossierDeLaStructure(aidant, dossierId, "consultation des mandats du dossier");
        modele.addAttribute("personne", mandant);
        modele.addAttribute("mandats", liste.stream().map(this::vue).toList());
        return "mandats/liste";
    }

    @GetMapping("/dossiers/{dossierId}/mandats/nouveau")
    String nouveau(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long dossierId, Model modele) {
        Mandant mandant = mandats.dossierDeLaStructure(principal.compte(), dossierId, "préparation d'un mandat");
        if (!modele.containsAttribute("saisie")) {
            modele.addAttribute("saisie", Map.of("duree", "6", "unite", "MOIS",
                    "mode", mandant.telephone().flatMap(Portable::e164).isPresent() ? "CODE_SMS" : "SIGNATURE_ECRAN"));
            modele.addAttribute("perimetresCoches", Set.of());
        }
        if (!modele.containsAttribute("erreurs")) {
            modele.addAttribute("erreurs", Map.of());
        }
        modele.addAttribute("personne", mandant);
        modele.addAttribute("portable", mandant.telephone().flatMap(Portable::e164).map(Portable::lisible).orElse(null));
        modele.addAttribute("perimetres", Perimetre.values());
        modele.addAttribute("unites", UniteDuree.values());
        modele.addAttribute("modes", ModeConsentement.values());
        return "mandats/nouveau";
    }

    @PostMapping("/dossiers/{dossierId}/mandats/nouveau")
    String preparer(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long dossierId,
                    @RequestParam MultiValueMap<String, String> formulaire, Model modele, RedirectAttributes redirection) {
        CompteConnecte aidant = principal.compte();
        Map<String, String> saisie = formulaire.toSingleValueMap();
        Map<String, String> erreurs = new LinkedHashMap<>();
        Set<Perimetre> perimetres = EnumSet.noneOf(Perimetre.class);
        for (String p : formulaire.getOrDefault("perimetres", List.of())) {
            try {
                perimetres.add(Perimetre.valueOf(p));
            } catch (IllegalArgumentException e) {
                erreurs.put("perimetres", "Le périmètre « " + p + " » n'existe pas : cochez parmi ceux de la liste.");
            }
        }
        if (perimetres.isEmpty() && !erreurs.containsKey("perimetres")) {
            erreurs.put("perimetres", "Cochez au moins un périmètre : le domaine dans lequel vous pourrez agir pour la personne.");
        }
        Duree duree = null;
        try {
            duree = Duree.lire(saisie.get("duree"), saisie.get("unite"));
        } catch (MandatInvalide e) {
            erreurs.put(e.champ(), e.raison());
        }
        ModeConsentement mode = null;
        try {
            mode = ModeConsentement.valueOf(saisie.getOrDefault("mode", ""));
        } catch (IllegalArgumentException e) {
            erreurs.put("mode", "Choisissez comment la personne donne son accord : code par SMS ou signature à l'écran.");
        }
        Mandat prepare = null;
        if (erreurs.isEmpty()) {
            try {
                prepare = mandats.preparer(aidant, dossierId, perimetres, duree, mode);
            } catch (MandatInvalide e) {
                erreurs.put(e.champ(), e.raison());
            }
        }
        if (!erreurs.isEmpty()) {
            modele.addAttribute("saisie", saisie);
            modele.addAttribute("perimetresCoches", perimetres.stream().map(Enum::name).toList());
            modele.addAttribute("erreurs", erreurs);
            return nouveau(principal, dossierId, modele);
        }
        if (prepare.mode() == ModeConsentement.CODE_SMS) {
            consentement.envoyer(aidant, dossierId, prepare.id());
            redirection.addFlashAttribute("succes", "Le code est parti par SMS. Demandez à la personne de vous le lire.");
            return "redirect:/dossiers/" + dossierId + "/mandats/" + prepare.id() + "/code";
        }
        return "redirect:/dossiers/" + dossierId + "/mandats/" + prepare.id() + "/signature";
    }

    @GetMapping("/dossiers/{dossierId}/mandats/{mandatId}/code")
    String pageCode(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long dossierId,
                    @PathVariable long mandatId, Model modele) {
        Mandat mandat = mandats.mandatDeLaStructure(principal.compte(), dossierId, mandatId, "saisie du code de mandat");
        if (mandat.etatA(mandats.maintenant()) != EtatMandat.EN_ATTENTE_DE_SIGNATURE
                || mandat.mode() != ModeConsentement.CODE_SMS) {
            return "redirect:/dossiers/" + dossierId + "/mandats/" + mandatId;
        }
        if (!modele.containsAttribute("erreurs")) {
            modele.addAttribute("erreurs", Map.of());
            modele.addAttribute("saisie", Map.of());
        }
        modele.addAttribute("mandat", vue(mandat));
        modele.addAttribute("portable", mandat.telephone().map(Portable::lisible).orElse(""));
        modele.addAttribute("expireA", consentement.codeEnCours(mandatId).map(CodeConsentement::expireLe)
                .map(DatesLisibles::heure).orElse(null));
        return "mandats/code";
    }

    @PostMapping("/dossiers/{dossierId}/mandats/{mandatId}/code")
    String saisirCode(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long dossierId,
                      @PathVariable long mandatId, @RequestParam(defaultValue = "") String code, Model modele,
                      RedirectAttributes redirection) {
        try {
            consentement.saisir(principal.compte(), dossierId, mandatId, code);
        } catch (MandatInvalide e) {
            if (CHAMP_MANDAT.equals(e.champ())) {
                return versLeMandat(dossierId, mandatId, e, redirection);
            }
            modele.addAttribute("erreurs", Map.of(e.champ(), e.raison()));
            modele.addAttribute("saisie", Map.of("code", code));
            return pageCode(principal, dossierId, mandatId, modele);
        }
        redirection.addFlashAttribute("succes", "Mandat signé : il est actif à partir de maintenant.");
        return "redirect:/dossiers/" + dossierId + "/mandats/" + mandatId;
    }

    @PostMapping("/dossiers/{dossierId}/mandats/{mandatId}/code/renvoyer")
    String renvoyerCode(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long dossierId,
                        @PathVariable long mandatId, RedirectAttributes redirection) {
        try {
            consentement.envoyer(principal.compte(), dossierId, mandatId);
        } catch (MandatInvalide e) {
            return versLeMandat(dossierId, mandatId, e, redirection);
        }
        redirection.addFlashAttribute("succes", "Un nouveau code est parti par SMS ; l'ancien ne marche plus.");
        return "redirect:/dossiers/" + dossierId + "/mandats/" + mandatId + "/code";
    }

    @GetMapping("/dossiers/{dossierId}/mandats/{mandatId}/signature")
    String pageSignature(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long dossierId,
                         @PathVariable long mandatId, Model modele) {
        Mandat mandat = mandats.mandatDeLaStructure(principal.compte(), dossierId, mandatId, "signature d'un mandat à l'écran");
        if (mandat.etatA(mandats.maintenant()) != EtatMandat.EN_ATTENTE_DE_SIGNATURE
                || mandat.mode() != ModeConsentement.SIGNATURE_ECRAN) {
            return "redirect:/dossiers/" + dossierId + "/mandats/" + mandatId;
        }
        if (!modele.containsAttribute("erreurs")) {
            modele.addAttribute("erreurs", Map.of());
            modele.addAttribute("saisie", Map.of());
        }
        modele.addAttribute("mandat", vue(mandat));
        return "mandats/signature";
    }

    @PostMapping("/dossiers/{dossierId}/mandats/{mandatId}/signature")
    String signer(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long dossierId,
                  @PathVariable long mandatId, @RequestParam(required = false) String accepte,
                  @RequestParam(defaultValue = "") String nom, Model modele, RedirectAttributes redirection) {
        try {
            mandats.signerAEcran(principal.compte(), dossierId, mandatId, "oui".equals(accepte), nom);
        } catch (MandatInvalide e) {
            if (CHAMP_MANDAT.equals(e.champ())) {
                return versLeMandat(dossierId, mandatId, e, redirection);
            }
            modele.addAttribute("erreurs", Map.of(e.champ(), e.raison()));
            Map<String, String> saisie = new LinkedHashMap<>();
            saisie.put("nom", nom);
            saisie.put("accepte", "oui".equals(accepte) ? "oui" : "");
            modele.addAttribute("saisie", saisie);
            return pageSignature(principal, dossierId, mandatId, modele);
        }
        redirection.addFlashAttribute("succes", "Mandat signé : il est actif à partir de maintenant.");
        return "redirect:/dossiers/" + dossierId + "/mandats/" + mandatId;
    }

    @GetMapping("/dossiers/{dossierId}/mandats/{mandatId}")
    String mandat(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long dossierId,
                  @PathVariable long mandatId, Model modele) {
        CompteConnecte aidant = principal.compte();
        Mandat mandat = mandats.mandatDeLaStructure(aidant, dossierId, mandatId, "consultation d'un mandat");
        if (!modele.containsAttribute("erreurs")) {
            modele.addAttribute("erreurs", Map.of());
        }
        modele.addAttribute("personne", mandats.dossierDeLaStructure(aidant, dossierId, "consultation d'un mandat"));
        modele.addAttribute("mandat", vue(mandat));
        return "mandats/mandat";
    }

    @GetMapping("/dossiers/{dossierId}/mandats/{mandatId}/imprimer")
    String imprimer(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long dossierId,
                    @PathVariable long mandatId, Model modele) {
        CompteConnecte aidant = principal.compte();
        Mandat mandat = mandats.mandatDeLaStructure(aidant, dossierId, mandatId, "impression d'un mandat");
        modele.addAttribute("personne", mandats.dossierDeLaStructure(aidant, dossierId, "impression d'un mandat"));
        modele.addAttribute("mandat", vue(mandat));
        modele.addAttribute("structure", structures.structure(mandat.structureId()).orElse(null));
        return "mandats/imprimer";
    }

    @GetMapping("/dossiers/{dossierId}/mandats/{mandatId}/mandat.pdf")
    ResponseEntity<byte[]> enPdf(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long dossierId,
                                 @PathVariable long mandatId) {
        CompteConnecte aidant = principal.compte();
        Mandat mandat = mandats.mandatDeLaStructure(aidant, dossierId, mandatId, "impression d'un mandat");
        Mandant personne = mandats.dossierDeLaStructure(aidant, dossierId, "impression d'un mandat");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("mandat-" + mandatId + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf.ecrire(vue(mandat), personne.nomComplet(), structures.structure(mandat.structureId())));
    }

    @PostMapping("/dossiers/{dossierId}/mandats/{mandatId}/revoquer")
    String revoquer(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long dossierId,
                    @PathVariable long mandatId, @RequestParam(required = false) String demandeParLaPersonne,
                    Model modele, RedirectAttributes redirection) {
        if (!"oui".equals(demandeParLaPersonne)) {
            modele.addAttribute("erreurs", Map.of("demandeParLaPersonne", "Cochez la case pour confirmer que la "
                    + "personne, présente, demande le retrait de ce mandat."));
            return mandat(principal, dossierId, mandatId, modele);
        }
        try {
            mandats.revoquerAuGuichet(principal.compte(), dossierId, mandatId);
        } catch (MandatInvalide e) {
            return versLeMandat(dossierId, mandatId, e, redirection);
        }
        redirection.addFlashAttribute("succes", "Mandat retiré : vous ne pouvez plus agir pour la personne sous ce mandat.");
        return "redirect:/dossiers/" + dossierId + "/mandats/" + mandatId;
    }

    /** Le mandat n'attend plus de consentement (déjà signé, retiré, expiré) : retour à sa page, qui dit pourquoi. */
    private static String versLeMandat(long dossierId, long mandatId, MandatInvalide e, RedirectAttributes redirection) {
        redirection.addFlashAttribute("erreur", e.raison());
        return "redirect:/dossiers/" + dossierId + "/mandats/" + mandatId;
    }

    private MandatVue vue(Mandat m) {
        return MandatVue.de(m, structures.structure(m.structureId()).map(Structure::nom)
                .orElse("structure n° " + m.structureId()), mandats.maintenant());
    }
}
