package fr.passerelle.accueil.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Page d'accueil publique. */
@Controller
class AccueilController {

    @GetMapping("/")
    String accueil() {
        return "accueil/index";
    }

    /** Les navigateurs demandent /favicon.ico même sans lien dans la page (fichier iCalendar, réponse JSON…). */
    @GetMapping("/favicon.ico")
    String favicon() {
        return "redirect:/dsfr/favicon/favicon.ico";
    }
}
