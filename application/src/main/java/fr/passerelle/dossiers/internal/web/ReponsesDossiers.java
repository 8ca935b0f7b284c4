package fr.passerelle.dossiers.internal.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

import fr.passerelle.dossiers.internal.DossierIntrouvable;
import fr.passerelle.mandats.AccesRefuse;

/**
 * Refus des pages des dossiers : 404 pour un dossier inconnu ou d'une autre structure (la même page dans les deux
 * cas), 403 avec la raison lue à voix haute quand le mandat manque. Aucune donnée du dossier dans ces pages.
 */
@ControllerAdvice(assignableTypes = {DossiersController.class, DossierController.class, ExportController.class,
        MonDossierController.class})
class ReponsesDossiers {

    /** Les heures sont montrées à l'heure de Paris. */
    @org.springframework.web.bind.annotation.ModelAttribute("fuseau")
    java.time.ZoneId fuseau() {
        return DossiersController.PARIS;
    }

    /** Les erreurs et saisies des formulaires qui n'ont pas été envoyés. */
    @org.springframework.web.bind.annotation.ModelAttribute("vide")
    java.util.Map<String, String> vide() {
        return java.util.Map.of();
    }

    @ExceptionHandler(DossierIntrouvable.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView introuvable() {
        ModelAndView page = new ModelAndView("accueil/erreurs/404");
        page.addObject("statut", 404);
        return page;
    }

    @ExceptionHandler(AccesRefuse.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ModelAndView refuse(AccesRefuse refus, jakarta.servlet.http.HttpServletRequest requete) {
        ModelAndView page = new ModelAndView("dossiers/refus");
        page.addObject("raison", refus.raison());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^/dossiers/(\\d+)").matcher(requete.getRequestURI());
        page.addObject("dossierId", m.find() ? m.group(1) : null);
        return page;
    }
}
