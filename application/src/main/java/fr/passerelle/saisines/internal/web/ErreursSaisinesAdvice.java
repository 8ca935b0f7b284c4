package fr.passerelle.saisines.internal.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.mandats.AccesRefuse;
import fr.passerelle.saisines.internal.Introuvable;

/**
 * Pages de refus des saisines : 403 qui dit pourquoi (mandat, périmètre, organisation), 404 sinon ; format des dates
 * pour les gabarits.
 */
@ControllerAdvice(assignableTypes = {SaisinesAidantController.class, SaisinesAgentController.class,
        RectificationsController.class})
class ErreursSaisinesAdvice {

    private static final Dates DATES = new Dates();

    @ModelAttribute("dates")
    Dates dates() {
        return DATES;
    }

    @ExceptionHandler(AccesRefuse.class)
    ModelAndView accesRefuse(AccesRefuse refus, Authentication connexion) {
        ModelAndView page = new ModelAndView("saisines/acces-refuse", HttpStatus.FORBIDDEN);
        page.addObject("raison", refus.raison());
        return avecCompte(page, connexion);
    }

    @ExceptionHandler(Introuvable.class)
    ModelAndView introuvable(Authentication connexion) {
        ModelAndView page = new ModelAndView("accueil/erreurs/404", HttpStatus.NOT_FOUND);
        page.addObject("statut", 404);
        return avecCompte(page, connexion);
    }

    /** Le modèle d'une page d'exception est neuf : l'en-tête doit pourtant savoir qui est connecté. */
    private static ModelAndView avecCompte(ModelAndView page, Authentication connexion) {
        if (connexion != null && connexion.getPrincipal() instanceof CompteAuthentifie principal) {
            page.addObject("compteConnecte", principal.compte());
        }
        return page;
    }
}
