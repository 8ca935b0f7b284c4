package fr.passerelle.ateliers.internal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.passerelle.ateliers.internal.ServiceAteliers;
import fr.passerelle.ateliers.internal.ServiceAteliers.Refus;
import fr.passerelle.ateliers.internal.domaine.Inscrit;
import fr.passerelle.ateliers.internal.persistance.AteliersJdbc.AtelierLigne;

/** Ce que voit le public : inscription en ligne, affiche et flyer à imprimer. */
@Controller
class PublicController {

    private final ServiceAteliers service;
    private final AffichePdf affiche;

    PublicController(ServiceAteliers service, AffichePdf affiche) {
        this.service = service;
        this.affiche = affiche;
    }

    @GetMapping("/ateliers/inscription/{id}")
    String formulaire(@PathVariable long id, Model modele) {
        AtelierLigne atelier = service.atelier(id);
        modele.addAttribute("atelier", atelier);
        modele.addAttribute("quand", quand(atelier));
        if (!modele.containsAttribute("erreurs")) {
            modele.addAttribute("erreurs", Map.of());
            modele.addAttribute("saisie", Map.of());
        }
        return "ateliers/inscription-en-ligne";
    }

    @PostMapping("/ateliers/inscription/{id}")
    String inscrire(@PathVariable long id, @RequestParam Map<String, String> saisie, Model modele) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        Optional<Inscrit> inscrit = CampagnesController.lireInscrit(saisie, false, erreurs);
        if (inscrit.isPresent() && inscrit.get().telephone() == null && inscrit.get().courriel() == null) {
            erreurs.put("telephone", "Téléphone : donnez un téléphone ou un courriel, pour que l'on puisse vous rappeler la date.");
        }
        if (erreurs.isEmpty()) {
            try {
                service.inscrire(id, inscrit.get(), "EN_LIGNE");
                modele.addAttribute("inscrite", inscrit.get().nom());
            } catch (Refus r) {
                erreurs.put(r.champ(), r.getMessage());
            }
        }
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("saisie", saisie);
        return formulaire(id, modele);
    }

    @GetMapping("/ateliers/{id}/affiche.pdf")
    ResponseEntity<byte[]> affiche(@PathVariable long id) {
        return pdf(affiche.affiche(service.atelier(id)), "affiche-atelier-" + id + ".pdf");
    }

    @GetMapping("/ateliers/{id}/flyer.pdf")
    ResponseEntity<byte[]> flyer(@PathVariable long id) {
        return pdf(affiche.flyer(service.atelier(id)), "flyer-atelier-" + id + ".pdf");
    }

    private static ResponseEntity<byte[]> pdf(byte[] contenu, String nom) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(nom).build().toString())
                .body(contenu);
    }

    static String quand(AtelierLigne a) {
        return a.jour().format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.FRANCE));
    }
}
