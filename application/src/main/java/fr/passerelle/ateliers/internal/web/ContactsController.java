package fr.passerelle.ateliers.internal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.passerelle.ateliers.internal.ServiceAteliers;
import fr.passerelle.ateliers.internal.ServiceAteliers.Refus;
import fr.passerelle.ateliers.internal.domaine.ContactInstitutionnel;
import fr.passerelle.ateliers.internal.domaine.RoleContact;
import fr.passerelle.ateliers.internal.persistance.AteliersJdbc;
import fr.passerelle.ateliers.internal.persistance.AteliersJdbc.AtelierLigne;
import fr.passerelle.ateliers.internal.persistance.AteliersJdbc.CampagneLigne;
import fr.passerelle.ateliers.internal.persistance.ContactsJdbc;
import fr.passerelle.comptes.CompteAuthentifie;

/**
 * Contacts du coordinateur avec le préfet, les élus et les administrations : par campagne (un trimestre) ou par
 * atelier ; qui, rôle, organisme, date, objet, suite donnée. Chaque refus nomme le champ, la saisie revient.
 */
@Controller
class ContactsController {

    private final ServiceAteliers service;
    private final AteliersJdbc ateliers;
    private final ContactsJdbc contacts;
    private final Clock horloge;

    ContactsController(ServiceAteliers service, AteliersJdbc ateliers, ContactsJdbc contacts, Clock horloge) {
        this.service = service;
        this.ateliers = ateliers;
        this.contacts = contacts;
        this.horloge = horloge;
    }

    private CampagneLigne campagne(long id) {
        return ateliers.campagneParId(id).orElseThrow(() -> new Refus("campagne", "Campagne inconnue : " + id + "."));
    }

    @GetMapping("/ateliers/campagnes/{id}/contacts")
    String deLaCampagne(@PathVariable long id, Model modele) {
        CampagneLigne c = campagne(id);
        modele.addAttribute("titrePage", "Contacts de la campagne du trimestre " + c.trimestre() + " " + c.annee());
        modele.addAttribute("action", "/ateliers/campagnes/" + id + "/contacts");
        modele.addAttribute("retour", "/ateliers/campagnes?annee=" + c.annee());
        modele.addAttribute("contacts", contacts.deLaCampagne(id));
        return page(modele);
    }

    @GetMapping("/ateliers/{id}/contacts")
    String deLAtelier(@PathVariable long id, Model modele) {
        AtelierLigne a = service.atelier(id);
        modele.addAttribute("titrePage", "Contacts de l'atelier du " + a.jour().format(ServiceAteliersFormats.JOUR)
                + (a.nomCommune() == null ? "" : " à " + a.nomCommune()));
        modele.addAttribute("action", "/ateliers/" + id + "/contacts");
        modele.addAttribute("retour", "/ateliers/" + id);
        modele.addAttribute("contacts", contacts.deLAtelier(id));
        return page(modele);
    }

    private String page(Model modele) {
        modele.addAttribute("roles", RoleContact.values());
        if (!modele.containsAttribute("erreurs")) {
            modele.addAttribute("erreurs", Map.of());
            modele.addAttribute("saisie", Map.of());
        }
        return "ateliers/contacts";
    }

    @PostMapping("/ateliers/campagnes/{id}/contacts")
    String enregistrerPourLaCampagne(@PathVariable long id, @RequestParam Map<String, String> saisie,
                                     @AuthenticationPrincipal CompteAuthentifie principal, Model modele,
                                     RedirectAttributes redirection) {
        campagne(id);
        return enregistrer(id, null, saisie, principal, modele, redirection)
                .orElseGet(() -> deLaCampagne(id, modele));
    }

    @PostMapping("/ateliers/{id}/contacts")
    String enregistrerPourLAtelier(@PathVariable long id, @RequestParam Map<String, String> saisie,
                                   @AuthenticationPrincipal CompteAuthentifie principal, Model modele,
                                   RedirectAttributes redirection) {
        service.atelier(id);
        return enregistrer(null, id, saisie, principal, modele, redirection)
                .orElseGet(() -> deLAtelier(id, modele));
    }

    /** @return la redirection si le contact est enregistré, vide s'il est refusé (erreurs et saisie dans le modèle) */
    private Optional<String> enregistrer(Long campagneId, Long atelierId, Map<String, String> saisie, CompteAuthentifie principal,
                                         Model modele, RedirectAttributes redirection) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        RoleContact role = null;
        if (!saisie.getOrDefault("role", "").isBlank()) {
            try {
                role = RoleContact.valueOf(saisie.get("role"));
            } catch (IllegalArgumentException e) {
                role = null;
            }
        }
        Optional<LocalDate> le = Saisie.date("le", "Date du contact", saisie.get("le"), true, erreurs);
        ContactInstitutionnel contact = new ContactInstitutionnel(saisie.get("qui"), role, saisie.get("organisme"),
                le.orElse(null), saisie.get("objet"), saisie.get("suite"));
        Map<String, String> refus = contact.verifier(service.aujourdhui());
        // La date illisible est déjà expliquée par Saisie.date : on garde ce message-là.
        refus.forEach(erreurs::putIfAbsent);
        if (!erreurs.isEmpty()) {
            modele.addAttribute("erreurs", erreurs);
            modele.addAttribute("saisie", saisie);
            return Optional.empty();
        }
        contacts.enregistrer(campagneId, atelierId, contact, principal.compte().email(), OffsetDateTime.now(horloge));
        redirection.addFlashAttribute("succes", "Contact enregistré : " + contact.qui().strip() + " (" + role.libelle() + ").");
        return Optional.of("redirect:" + (campagneId != null ? "/ateliers/campagnes/" + campagneId : "/ateliers/" + atelierId) + "/contacts");
    }
}
