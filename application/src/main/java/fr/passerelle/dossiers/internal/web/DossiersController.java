package fr.passerelle.dossiers.internal.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.dossiers.AppelsRecus;
import fr.passerelle.dossiers.internal.ServiceDossiers;
import fr.passerelle.dossiers.internal.domaine.Identite;
import fr.passerelle.dossiers.internal.domaine.SaisieInvalide;

/** Les dossiers de la structure de l'aidant : liste, recherche par nom, création ; appels reçus par la structure. */
@Controller
class DossiersController {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ServiceDossiers service;
    private final AppelsRecus appelsRecus;

    DossiersController(ServiceDossiers service, AppelsRecus appelsRecus) {
        this.service = service;
        this.appelsRecus = appelsRecus;
    }

    /** « Noter un appel reçu » : décroché ou manqué, à l'heure de l'envoi, pour la structure de l'aidant. */
    @PostMapping("/dossiers/appels-recus")
    String appelRecu(@AuthenticationPrincipal CompteAuthentifie principal, @RequestParam(defaultValue = "") String issue,
                     RedirectAttributes redirection) {
        if (!issue.equals("decroche") && !issue.equals("manque")) {
            redirection.addFlashAttribute("erreurAppel", "Appel reçu : choisissez « décroché » ou « manqué ».");
            return "redirect:/dossiers";
        }
        long structure = principal.compte().structureId()
                .orElseThrow(() -> new IllegalStateException("un aidant a toujours une structure"));
        appelsRecus.enregistrer(structure, service.maintenant(), issue.equals("decroche"), principal.compte().email());
        redirection.addFlashAttribute("succes", issue.equals("decroche") ? "Appel décroché noté." : "Appel manqué noté.");
        return "redirect:/dossiers";
    }

    @GetMapping("/dossiers")
    String liste(@AuthenticationPrincipal CompteAuthentifie principal, @RequestParam(defaultValue = "") String nom,
                 Model modele) {
        String recherche = nom.length() > 120 ? nom.substring(0, 120) : nom.strip();
        modele.addAttribute("nom", recherche);
        modele.addAttribute("dossiers", service.rechercher(principal.compte(), recherche));
        return "dossiers/liste";
    }

    @GetMapping("/dossiers/nouveau")
    String nouveau(Model modele) {
        if (!modele.containsAttribute("saisie")) {
            modele.addAttribute("saisie", Map.of());
        }
        if (!modele.containsAttribute("erreurs")) {
            modele.addAttribute("erreurs", Map.of());
        }
        return "dossiers/nouveau";
    }

    @PostMapping("/dossiers/nouveau")
    String creer(@AuthenticationPrincipal CompteAuthentifie principal, @RequestParam Map<String, String> saisie,
                 Model modele, RedirectAttributes redirection) {
        try {
            Identite identite = Saisies.identite(saisie, LocalDate.ofInstant(service.maintenant(), PARIS));
            Optional<String> compte = Optional.of(Saisies.texte(saisie, "compte")).filter(c -> !c.isEmpty());
            long id = service.creer(principal.compte(), identite, compte);
            redirection.addFlashAttribute("succes", "Dossier de " + identite.nomComplet() + " créé. Pour voir ou compléter "
                    + "le dossier, recueillez d'abord le mandat de la personne.");
            return "redirect:/dossiers/" + id;
        } catch (SaisieInvalide e) {
            modele.addAttribute("saisie", saisie);
            modele.addAttribute("erreurs", e.erreurs());
            return nouveau(modele);
        }
    }
}
