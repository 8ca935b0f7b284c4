package fr.passerelle.notifications.internal.web;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.passerelle.notifications.internal.domaine.NumeroTelephone;
import fr.passerelle.notifications.internal.persistance.AppelsEtCourriersJdbc;

/** Liste d'appels des aidants : qui appeler, pourquoi, avant quand. */
@Controller
class AppelsController {

    private final AppelsEtCourriersJdbc appels;
    private final Clock horloge;

    AppelsController(AppelsEtCourriersJdbc appels, Clock horloge) {
        this.appels = appels;
        this.horloge = horloge;
    }

    /** Un appel et le numéro écrit à la française. */
    record AppelAffiche(AppelsEtCourriersJdbc.Appel appel, String numero) {
    }

    @GetMapping("/aidant/appels")
    String liste(Model modele) {
        modele.addAttribute("appels", appels.appelsAFaire().stream()
                .map(a -> new AppelAffiche(a, new NumeroTelephone(a.telephone()).lisible())).toList());
        return "notifications/appels";
    }

    @PostMapping("/aidant/appels/{id}/fait")
    String fait(@PathVariable long id, RedirectAttributes redirection) {
        appels.marquerFait(id, horloge.instant());
        redirection.addFlashAttribute("succes", "Appel noté comme fait.");
        return "redirect:/aidant/appels";
    }
}
