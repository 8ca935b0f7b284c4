package fr.passerelle.ateliers.internal.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import fr.passerelle.ateliers.internal.ServiceAteliers.Refus;

/** Un refus qui n'a pas de formulaire où s'afficher (atelier inconnu, personne inconnue) : 404 avec la raison. */
@ControllerAdvice(basePackageClasses = RefusAdvice.class)
class RefusAdvice {

    @ExceptionHandler(Refus.class)
    ResponseEntity<String> refus(Refus refus) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .body(refus.getMessage());
    }
}
