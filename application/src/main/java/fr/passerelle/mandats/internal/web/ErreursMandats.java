package fr.passerelle.mandats.internal.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import fr.passerelle.mandats.AccesRefuse;

/** Un accès refusé par le domaine (autre structure, dossier inconnu, mandat d'un autre) : page 403 qui dit pourquoi. */
@ControllerAdvice(assignableTypes = {MandatsAidantController.class, MesMandatsController.class})
class ErreursMandats {

    @ExceptionHandler(AccesRefuse.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String refuse(AccesRefuse refus, Model modele) {
        modele.addAttribute("raison", refus.raison());
        return "mandats/refus";
    }
}
