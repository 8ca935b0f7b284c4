package fr.passerelle.echeances.internal.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.passerelle.comptes.Annuaire;
import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.echeances.internal.ServiceEcheancier;

/** Un aidant ajoute un rendez-vous à l'échéancier d'une personne (désignée par l'adresse de son compte). */
@Controller
class RendezVousAidantController {

    private final ServiceEcheancier service;
    private final Annuaire annuaire;

    RendezVousAidantController(ServiceEcheancier service, Annuaire annuaire) {
        this.service = service;
        this.annuaire = annuaire;
    }

    @GetMapping("/aidant/rendez-vous")
    String formulaire(Model modele) {
        if (!modele.containsAttribute("saisie")) {
            modele.addAttribute("saisie", Map.of());
        }
        if (!modele.containsAttribute("erreurs")) {
            modele.addAttribute("erreurs", Map.of());
        }
        return "echeances/rendez-vous";
    }

    @PostMapping("/aidant/rendez-vous")
    String ajouter(@AuthenticationPrincipal CompteAuthentifie principal, @RequestParam Map<String, String> saisie,
                   Model modele, RedirectAttributes redirection) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        Optional<CompteConnecte> usager = Optional.empty();
        String email = saisie.getOrDefault("email", "").strip();
        if (email.isEmpty()) {
            erreurs.put("email", "Indiquez l'adresse de courriel du compte de la personne.");
        } else {
            usager = annuaire.usagerParEmail(email);
            if (usager.isEmpty()) {
                erreurs.put("email", "Aucun compte usager Passerelle n'a cette adresse. Vérifiez l'orthographe avec la personne.");
            }
        }
        LocalDate aujourdhui = service.aujourdhui();
        Optional<LocalDate> jour = SaisieDate.lire("date", saisie.get("date"), aujourdhui, erreurs);
        if (jour.isEmpty() && !erreurs.containsKey("date")) {
            erreurs.put("date", "Indiquez la date du rendez-vous.");
        }
        Optional<LocalTime> heure = SaisieDate.heure("heure", saisie.get("heure"), erreurs);
        String lieu = saisie.getOrDefault("lieu", "").strip();
        if (lieu.isEmpty() || lieu.length() > 200) {
            erreurs.put("lieu", "Indiquez le lieu du rendez-vous (200 caractères au plus).");
        }
        String objet = saisie.getOrDefault("objet", "").strip();
        if (objet.isEmpty() || objet.length() > 200) {
            erreurs.put("objet", "Indiquez l'objet du rendez-vous en quelques mots (200 caractères au plus).");
        }
        if (jour.isPresent() && heure.isPresent() && jour.get().equals(aujourdhui)
                && heure.get().isBefore(service.maintenant().toLocalTime())
                && !erreurs.containsKey("heure")) {
            erreurs.put("heure", "Cette heure est déjà passée aujourd'hui. Indiquez une heure à venir.");
        }
        if (!erreurs.isEmpty()) {
            modele.addAttribute("saisie", saisie);
            modele.addAttribute("erreurs", erreurs);
            return formulaire(modele);
        }
        CompteConnecte personne = usager.get();
        service.ajouterRendezVous(personne.id(), MonEcheancierController.prenom(personne), jour.get().atTime(heure.get()),
                lieu, objet, principal.compte().email());
        redirection.addFlashAttribute("succes", "Rendez-vous ajouté à l'échéancier de " + personne.nomAffiche()
                + " : un rappel lui sera envoyé par le moyen de contact qu'elle a choisi.");
        return "redirect:/aidant/rendez-vous";
    }
}
