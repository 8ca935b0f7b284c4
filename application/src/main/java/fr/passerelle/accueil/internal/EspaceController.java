package fr.passerelle.accueil.internal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.comptes.Role;

/** « Mon espace » : redirige vers l'espace du rôle ; chaque espace n'est ouvert qu'à son rôle (règles d'accès). */
@Controller
class EspaceController {

    @GetMapping("/mon-espace")
    String monEspace(@AuthenticationPrincipal CompteAuthentifie principal) {
        if (principal == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return "redirect:/espace/" + principal.compte().role().segment();
    }

    @GetMapping("/espace/{segment}")
    String espace(@PathVariable String segment, @AuthenticationPrincipal CompteAuthentifie principal, Model modele) {
        Role role = Role.valueOf(segment.toUpperCase(java.util.Locale.ROOT));
        if (principal == null || principal.compte().role() != role) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        modele.addAttribute("role", role);
        modele.addAttribute("compte", principal.compte());
        return "accueil/espace";
    }
}
