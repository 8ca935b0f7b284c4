package fr.passerelle.echeances.internal.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import fr.passerelle.echeances.internal.ServiceEcheancier;

/** Abonnement iCalendar par URL privée : le jeton seul donne accès ; un jeton révoqué donne 404. */
@Controller
class CalendrierPublicController {

    private final ServiceEcheancier service;

    CalendrierPublicController(ServiceEcheancier service) {
        this.service = service;
    }

    @GetMapping("/calendrier/{fichier:.+\\.ics}")
    ResponseEntity<String> calendrier(@PathVariable String fichier) {
        String jeton = fichier.substring(0, fichier.length() - 4);
        if (!jeton.matches("[A-Za-z0-9_-]{20,64}")) {
            return ResponseEntity.notFound().build();
        }
        return service.icalendarParJeton(jeton).map(ics -> MonEcheancierController.ics(ics, false))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
