package fr.passerelle.echeances.internal.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

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
import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.echeances.internal.ServiceEcheancier;
import fr.passerelle.echeances.internal.domaine.Situation;
import fr.passerelle.echeances.internal.domaine.TypePiece;

/** « Mon échéancier » : la liste, la situation, les papiers, l'export et l'abonnement iCalendar. */
@Controller
class MonEcheancierController {

    private final ServiceEcheancier service;

    MonEcheancierController(ServiceEcheancier service) {
        this.service = service;
    }

    /** Une échéance et sa date écrite en toutes lettres. */
    record EcheanceAffichee(fr.passerelle.echeances.internal.domaine.Echeance e, String quand) {
    }

    static String prenom(CompteConnecte compte) {
        String nom = compte.nomAffiche().strip();
        int espace = nom.indexOf(' ');
        return espace > 0 ? nom.substring(0, espace) : nom;
    }

    @GetMapping("/mon-echeancier")
    String page(@AuthenticationPrincipal CompteAuthentifie principal, HttpServletRequest requete, Model modele) {
        CompteConnecte compte = principal.compte();
        Situation s = service.situation(compte.id(), prenom(compte));
        if (!modele.containsAttribute("situation")) {
            Map<String, String> saisie = new LinkedHashMap<>();
            saisie.put("rsa", Boolean.toString(s.rsa()));
            saisie.put("primeActivite", Boolean.toString(s.primeActivite()));
            saisie.put("finCss", s.finCss() == null ? "" : s.finCss().toString());
            saisie.put("revisionAah", s.revisionAah() == null ? "" : s.revisionAah().toString());
            saisie.put("enfantsScolarises", Integer.toString(s.enfantsScolarises()));
            saisie.put("chequeEnergie", Boolean.toString(s.chequeEnergie()));
            modele.addAttribute("situation", saisie);
        }
        if (!modele.containsAttribute("piece")) {
            modele.addAttribute("piece", Map.of("type", "", "expireLe", ""));
        }
        if (!modele.containsAttribute("erreurs")) {
            modele.addAttribute("erreurs", Map.of());
        }
        java.time.format.DateTimeFormatter jour = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
                java.util.Locale.FRENCH);
        modele.addAttribute("echeances", service.echeances(compte.id(), prenom(compte)).stream()
                .map(e -> new EcheanceAffichee(e, e.date().format(jour)
                        + (e.rendezVous() ? " à " + e.heure().format(java.time.format.DateTimeFormatter.ofPattern("HH'h'mm")) : "")))
                .toList());
        modele.addAttribute("droitsMoteurLe", s.moteurDepuis() == null ? null : s.moteurDepuis().format(jour));
        modele.addAttribute("droitsMoteur", s.droitsMoteurLisibles());
        modele.addAttribute("pieces", s.pieces());
        modele.addAttribute("rendezVous", s.rendezVous());
        modele.addAttribute("types", TypePiece.values());
        modele.addAttribute("aujourdhui", service.aujourdhui());
        Optional<String> jeton = service.jeton(compte.id());
        modele.addAttribute("urlAbonnement", jeton.map(j -> base(requete) + "/calendrier/" + j + ".ics").orElse(null));
        return "echeances/mon-echeancier";
    }

    static String base(HttpServletRequest requete) {
        String port = (requete.getScheme().equals("http") && requete.getServerPort() == 80)
                || (requete.getScheme().equals("https") && requete.getServerPort() == 443) ? "" : ":" + requete.getServerPort();
        return requete.getScheme() + "://" + requete.getServerName() + port + requete.getContextPath();
    }

    @PostMapping("/mon-echeancier/situation")
    String situation(@AuthenticationPrincipal CompteAuthentifie principal, @RequestParam Map<String, String> saisie,
                     HttpServletRequest requete, Model modele, RedirectAttributes redirection) {
        CompteConnecte compte = principal.compte();
        LocalDate aujourdhui = service.aujourdhui();
        Map<String, String> erreurs = new LinkedHashMap<>();
        Optional<LocalDate> css = SaisieDate.lire("finCss", saisie.get("finCss"), aujourdhui, erreurs);
        Optional<LocalDate> aah = SaisieDate.lire("revisionAah", saisie.get("revisionAah"), aujourdhui, erreurs);
        int enfants = 0;
        String texteEnfants = saisie.getOrDefault("enfantsScolarises", "").strip();
        if (!texteEnfants.isEmpty()) {
            try {
                enfants = Integer.parseInt(texteEnfants);
                if (enfants < 0 || enfants > 15) {
                    erreurs.put("enfantsScolarises", "Indiquez un nombre d'enfants entre 0 et 15.");
                }
            } catch (NumberFormatException e) {
                erreurs.put("enfantsScolarises", "Indiquez un nombre en chiffres, par exemple 2.");
            }
        }
        Map<String, String> valeurs = new LinkedHashMap<>(saisie);
        valeurs.put("rsa", Boolean.toString(saisie.containsKey("rsa")));
        valeurs.put("primeActivite", Boolean.toString(saisie.containsKey("primeActivite")));
        valeurs.put("chequeEnergie", Boolean.toString(saisie.containsKey("chequeEnergie")));
        if (!erreurs.isEmpty()) {
            modele.addAttribute("situation", valeurs);
            modele.addAttribute("erreurs", erreurs);
            return page(principal, requete, modele);
        }
        Situation avant = service.situation(compte.id(), prenom(compte));
        service.enregistrerSituation(new Situation(compte.id(), prenom(compte), saisie.containsKey("rsa"),
                saisie.containsKey("primeActivite"), css.orElse(null), aah.orElse(null), enfants,
                saisie.containsKey("chequeEnergie"), avant.pieces(), avant.rendezVous()));
        redirection.addFlashAttribute("succes", "Votre situation est enregistrée : l'échéancier et les rappels sont à jour.");
        return "redirect:/mon-echeancier";
    }

    @PostMapping("/mon-echeancier/pieces")
    String piece(@AuthenticationPrincipal CompteAuthentifie principal, @RequestParam Map<String, String> saisie,
                 HttpServletRequest requete, Model modele, RedirectAttributes redirection) {
        CompteConnecte compte = principal.compte();
        Map<String, String> erreurs = new LinkedHashMap<>();
        TypePiece type = null;
        try {
            type = TypePiece.valueOf(saisie.getOrDefault("type", ""));
        } catch (IllegalArgumentException e) {
            erreurs.put("type", "Choisissez le type de papier.");
        }
        Optional<LocalDate> expire = SaisieDate.lire("expireLe", saisie.get("expireLe"), service.aujourdhui(), erreurs);
        if (expire.isEmpty() && !erreurs.containsKey("expireLe")) {
            erreurs.put("expireLe", "Indiquez la date de fin de validité écrite sur le papier.");
        }
        if (!erreurs.isEmpty()) {
            modele.addAttribute("piece", saisie);
            modele.addAttribute("erreurs", erreurs);
            return page(principal, requete, modele);
        }
        service.ajouterPiece(compte.id(), prenom(compte), type, expire.get());
        redirection.addFlashAttribute("succes", type.libelle() + " ajouté(e) : le rappel de renouvellement est prévu.");
        return "redirect:/mon-echeancier";
    }

    @PostMapping("/mon-echeancier/pieces/{id}/supprimer")
    String supprimerPiece(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long id,
                          RedirectAttributes redirection) {
        service.supprimerPiece(principal.compte().id(), prenom(principal.compte()), id);
        redirection.addFlashAttribute("succes", "Le papier est retiré de votre échéancier.");
        return "redirect:/mon-echeancier";
    }

    @GetMapping("/mon-echeancier/calendrier.ics")
    ResponseEntity<String> export(@AuthenticationPrincipal CompteAuthentifie principal) {
        return ics(service.icalendar(principal.compte().id(), prenom(principal.compte())), true);
    }

    @PostMapping("/mon-echeancier/abonnement")
    String abonnement(@AuthenticationPrincipal CompteAuthentifie principal, RedirectAttributes redirection) {
        service.nouveauJeton(principal.compte().id());
        redirection.addFlashAttribute("succes", "Nouveau lien d'abonnement créé. L'ancien lien, s'il y en avait un, ne marche plus.");
        return "redirect:/mon-echeancier#agenda";
    }

    @PostMapping("/mon-echeancier/abonnement/revoquer")
    String revoquer(@AuthenticationPrincipal CompteAuthentifie principal, RedirectAttributes redirection) {
        service.revoquerJeton(principal.compte().id());
        redirection.addFlashAttribute("succes", "Le lien d'abonnement est supprimé : plus personne ne peut l'utiliser.");
        return "redirect:/mon-echeancier#agenda";
    }

    static ResponseEntity<String> ics(String contenu, boolean telechargement) {
        ResponseEntity.BodyBuilder reponse = ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
        if (telechargement) {
            reponse.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mon-echeancier.ics\"");
        }
        return reponse.body(contenu);
    }
}
