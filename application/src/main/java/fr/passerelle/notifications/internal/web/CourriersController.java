package fr.passerelle.notifications.internal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import fr.passerelle.notifications.internal.canaux.CourrierPdf;
import fr.passerelle.notifications.internal.persistance.AppelsEtCourriersJdbc;

/** Lot quotidien des courriers (un seul PDF) pour le prestataire d'impression. */
@Controller
class CourriersController {

    private final AppelsEtCourriersJdbc courriers;

    CourriersController(AppelsEtCourriersJdbc courriers) {
        this.courriers = courriers;
    }

    @GetMapping("/notifications/courriers/{fichier:\\d{4}-\\d{2}-\\d{2}\\.pdf}")
    ResponseEntity<byte[]> lot(@PathVariable String fichier) {
        LocalDate jour;
        try {
            jour = LocalDate.parse(fichier.substring(0, 10));
        } catch (DateTimeParseException e) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"courriers-" + jour + ".pdf\"")
                .body(CourrierPdf.lot(courriers.courriersDuJour(jour)));
    }
}
