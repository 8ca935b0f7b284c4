package fr.passerelle.dossiers.internal.web;

import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.dossiers.internal.ExportDossier;
import fr.passerelle.dossiers.internal.ServiceDossiers;

/** Export des données d'une personne (RGPD, article 15), en JSON et en PDF : par l'aidant sous mandat, ou par elle-même. */
@Controller
class ExportController {

    private final ServiceDossiers service;

    ExportController(ServiceDossiers service) {
        this.service = service;
    }

    @GetMapping("/dossiers/{id}/export.json")
    ResponseEntity<Map<String, Object>> jsonAidant(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long id) {
        return json(service.exporter(principal.compte(), id));
    }

    @GetMapping("/dossiers/{id}/export.pdf")
    ResponseEntity<byte[]> pdfAidant(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long id) {
        return pdf(service.exporter(principal.compte(), id));
    }

    @GetMapping("/mon-dossier/{id}/export.json")
    ResponseEntity<Map<String, Object>> jsonPersonne(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long id) {
        return json(service.exporterPourLaPersonne(principal.compte(), id));
    }

    @GetMapping("/mon-dossier/{id}/export.pdf")
    ResponseEntity<byte[]> pdfPersonne(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long id) {
        return pdf(service.exporterPourLaPersonne(principal.compte(), id));
    }

    private static ResponseEntity<Map<String, Object>> json(ExportDossier export) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("dossier-" + export.vue().dossier().id() + ".json").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(ExportJson.de(export));
    }

    private static ResponseEntity<byte[]> pdf(ExportDossier export) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("dossier-" + export.vue().dossier().id() + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(ExportPdf.de(export));
    }
}
