package fr.passerelle.ateliers.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.passerelle.ateliers.internal.ServiceAteliers;
import fr.passerelle.ateliers.internal.persistance.AteliersJdbc;
import fr.passerelle.ateliers.internal.persistance.AteliersJdbc.AtelierLigne;
import fr.passerelle.ateliers.internal.persistance.JourJJdbc;
import fr.passerelle.comptes.CompteAuthentifie;

/**
 * Le jour J, sur tablette : chaque personne vue (tables visitées, questionnaire « Mes droits » lancé, démarches faites,
 * rendez-vous avec un expert). Sans JavaScript, un formulaire ordinaire ; avec, {@code hors-connexion.js} garde les
 * saisies sur l'appareil et les renvoie au retour du réseau. La clé d'idempotence rend tout renvoi sans effet.
 */
@Controller
class JourJController {

    private final ServiceAteliers service;
    private final AteliersJdbc ateliers;
    private final JourJJdbc jourJ;
    private final Clock horloge;

    JourJController(ServiceAteliers service, AteliersJdbc ateliers, JourJJdbc jourJ, Clock horloge) {
        this.service = service;
        this.ateliers = ateliers;
        this.jourJ = jourJ;
        this.horloge = horloge;
    }

    @GetMapping("/ateliers/a-venir")
    String aVenir(Model modele) {
        modele.addAttribute("ateliers", service.aVenir());
        return "ateliers/a-venir";
    }

    @GetMapping("/ateliers/{id}/jour-j")
    String page(@PathVariable long id, Model modele) {
        AtelierLigne a = service.atelier(id);
        modele.addAttribute("atelier", a);
        modele.addAttribute("tables", ateliers.tables(id));
        modele.addAttribute("inscriptions", ateliers.inscriptions(id));
        List<JourJJdbc.Passage> passages = jourJ.passages(id);
        modele.addAttribute("passages", passages);
        modele.addAttribute("accueillies", passages.stream().map(JourJJdbc.Passage::inscriptionId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        modele.addAttribute("chiffres", jourJ.chiffres(id));
        modele.addAttribute("cle", UUID.randomUUID().toString());
        if (!modele.containsAttribute("erreurs")) {
            modele.addAttribute("erreurs", Map.of());
            modele.addAttribute("saisie", Map.of());
            modele.addAttribute("tablesCochees", List.of());
        }
        return "ateliers/jour-j";
    }

    @PostMapping("/ateliers/{id}/jour-j/passages")
    Object enregistrer(@PathVariable long id, @RequestParam MultiValueMap<String, String> saisie,
                       @RequestHeader(name = "Accept", defaultValue = "") String accept,
                       @AuthenticationPrincipal CompteAuthentifie principal, Model modele, RedirectAttributes redirection) {
        boolean json = accept.contains("application/json");
        service.atelier(id);
        Map<String, String> erreurs = new LinkedHashMap<>();
        String cle = saisie.getFirst("cle");
        if (cle == null || !cle.matches("[A-Za-z0-9-]{8,64}")) {
            erreurs.put("cle", "Clé de saisie absente ou illisible : rechargez la page.");
        }
        String nom = Saisie.texte("nom", "Nom ou prénom", saisie.getFirst("nom"), 120, true, erreurs);
        Long inscription = null;
        String choix = saisie.getFirst("inscription");
        if (choix != null && !choix.isBlank()) {
            long choisi;
            try {
                choisi = Long.parseLong(choix);
            } catch (NumberFormatException e) {
                choisi = -1;
            }
            long c = choisi;
            if (ateliers.inscriptions(id).stream().noneMatch(i -> i.id() == c)) {
                erreurs.put("inscription", "Inscription : cette personne n'est pas sur la liste de l'atelier.");
            } else {
                inscription = c;
            }
        }
        List<String> tables = saisie.getOrDefault("tables", List.of());
        List<String> connues = ateliers.tables(id).stream().map(AteliersJdbc.TableLigne::administration).toList();
        if (!connues.containsAll(tables)) {
            erreurs.put("tables", "Tables visitées : une table cochée n'existe pas pour cet atelier.");
        }
        Integer droits = Saisie.entier("droits", "Droits découverts", saisie.getFirst("droits"), 0, 50, false, erreurs);
        Integer demarches = Saisie.entier("demarches", "Démarches faites sur place", saisie.getFirst("demarches"), 0, 50, false, erreurs);
        String demarchesTexte = Saisie.texte("demarchesTexte", "Démarches faites", saisie.getFirst("demarchesTexte"), 1000, false, erreurs);
        String rendezVous = Saisie.texte("rendezVous", "Rendez-vous avec un expert", saisie.getFirst("rendezVous"), 300, false, erreurs);
        if (!erreurs.isEmpty()) {
            if (json) {
                return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("erreurs", erreurs));
            }
            modele.addAttribute("erreurs", erreurs);
            modele.addAttribute("saisie", saisie.toSingleValueMap());
            modele.addAttribute("tablesCochees", tables);
            return page(id, modele);
        }
        boolean nouveau;
        try {
            nouveau = jourJ.enregistrer(new JourJJdbc.Passage(id, cle, nom, inscription, String.join(" ; ", tables),
                    saisie.containsKey("questionnaire"), droits == null ? 0 : droits, demarches == null ? 0 : demarches,
                    demarchesTexte, rendezVous, principal.compte().email(), OffsetDateTime.now(horloge)));
        } catch (DuplicateKeyException e) {
            nouveau = false;
        }
        if (json) {
            return ResponseEntity.status(nouveau ? HttpStatus.CREATED : HttpStatus.OK).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("cle", cle, "statut", nouveau ? "enregistre" : "deja-enregistre", "nom", nom));
        }
        redirection.addFlashAttribute("succes", nouveau ? nom + " : passage enregistré." : nom + " : ce passage était déjà enregistré.");
        return "redirect:/ateliers/" + id + "/jour-j";
    }

    /** Le petit script d'amélioration progressive, servi par l'application (pas de CDN). */
    @GetMapping(value = "/ateliers/hors-connexion.js", produces = "text/javascript")
    ResponseEntity<String> script() throws IOException {
        try (InputStream in = JourJController.class.getResourceAsStream("/ateliers/hors-connexion.js")) {
            return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.valueOf("text/javascript;charset=UTF-8"))
                    .body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
