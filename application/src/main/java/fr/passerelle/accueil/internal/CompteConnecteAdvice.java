package fr.passerelle.accueil.internal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.comptes.CompteConnecte;

/** Met le compte connecté (ou null) à disposition de l'en-tête de toutes les pages. */
@ControllerAdvice
class CompteConnecteAdvice {

    @ModelAttribute("compteConnecte")
    CompteConnecte compteConnecte(@AuthenticationPrincipal CompteAuthentifie principal) {
        return principal == null ? null : principal.compte();
    }
}
