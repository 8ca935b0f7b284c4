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

import jakarta.servlet.http.HttpSession;

import java.util.Optional;

import fr.passerelle.ateliers.internal.ServiceAteliers;
import fr.passerelle.ateliers.internal.ServiceAteliers.Refus;
import fr.passerelle.ateliers.internal.ServiceJourJ;
import fr.passerelle.ateliers.internal.persistance.AteliersJdbc;
import fr.passerelle.ateliers.internal.persistance.AteliersJdbc.AtelierLigne;
import fr.passerelle.ateliers.internal.persistance.JourJJdbc;
import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.dossiers.SuiviAFaire;
import fr.passerelle.droits.QuestionnaireDeLaSession;
import fr.passerelle.mandats.Perimetre;

/**
 * Le jour J, sur tablette : chaque personne vue (tables visitées, questionnaire « Mes droits » lancé, démarches faites,
 * rendez-vous avec un expert). Sans JavaScript, un formulaire ordinaire ; avec, {@code hors-connexion.js} garde les
 * saisies sur l'appareil et les renvoie au retour du réseau. La clé d'idempotence rend tout renvoi sans effet.
 */
@Controller
class JourJController {

    /** Le jeton du questionnaire pris en compte pour la prochaine fiche de cet atelier (attribut de session). */
    static final String JETON = "ateliers.questionnaire.";

    private final ServiceAteliers service;
    private final ServiceJourJ serviceJourJ;
    private final AteliersJdbc ateliers;
    private final JourJJdbc jourJ;
    private final QuestionnaireDeLaSession questionnaires;
    private final Clock horloge;

    JourJController(ServiceAteliers service, ServiceJourJ serviceJourJ, AteliersJdbc ateliers, JourJJdbc jourJ,
                    QuestionnaireDeLaSession questionnaires, Clock horloge) {
        this.service = service;
        this.serviceJourJ = serviceJourJ;
        this.ateliers = ateliers;
        this.jourJ = jourJ;
        this.questionnaires = questionnaires;
        this.horloge = horloge;
    }

    @GetMapping("/ateliers/a-venir")
    String aVenir(Model modele) {
        modele.addAttribute("ateliers", service.aVenir());
        return "ateliers/a-venir";
    }

    @GetMapping("/ateliers/{id}/jour-j")
    String page(@PathVariable long id, Model modele, HttpSession session, @AuthenticationPrincipal CompteAuthentifie principal) {
        AtelierLigne a = service.atelier(id);
        // Un questionnaire « Mes droits » vient d'être terminé dans cette session : ses droits sont gardés pour la fiche
        // suivante (le questionnaire quitte la session, la personne suivante repart de zéro).
        questionnaires.prendre(session).ifPresent(droits ->
                session.setAttribute(JETON + id, serviceJourJ.prendreQuestionnaire(id, droits, principal.compte().email())));
        Object jeton = session.getAttribute(JETON + id);
        Optional<JourJJdbc.QuestionnairePris> pris = jeton == null ? Optional.empty()
                : serviceJourJ.questionnaireLibre(id, jeton.toString(), "");
        if (jeton != null && pris.isEmpty()) {
            session.removeAttribute(JETON + id);
        }
        modele.addAttribute("questionnairePris", pris.orElse(null));
        modele.addAttribute("perimetres", Perimetre.values());
        modele.addAttribute("suivis", serviceJourJ.suivis(id));
        if (!modele.containsAttribute("erreursSuivi")) {
            modele.addAttribute("erreursSuivi", Map.of());
            modele.addAttribute("saisieSuivi", Map.of());
        }
        modele.addAttribute("atelier", a);
        modele.addAttribute("tables", ateliers.tables(id));
        modele.addAttribute("inscriptions", ateliers.inscriptions(id));
        List<JourJJdbc.Passage> passages = jourJ.passages(id);
        modele.addAttribute("passages", passages);
        modele.addAttribute("accueillies", passages.stream().map(JourJJdbc.Passage::inscriptionId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        modele.addAttribute("chiffres", jourJ.chiffres(id));
        modele.addAttribute("resultats", serviceJourJ.resultats(a));
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
                       @AuthenticationPrincipal CompteAuthentifie principal, Model modele, RedirectAttributes redirection,
                       HttpSession session) {
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
        String jeton = Saisie.texte("questionnaireJeton", "Questionnaire", saisie.getFirst("questionnaireJeton"), 64, false, erreurs);
        if (jeton != null && cle != null && serviceJourJ.questionnaireLibre(id, jeton, cle).isEmpty()) {
            erreurs.put("questionnaireJeton", "Questionnaire « Mes droits » : ce questionnaire est déjà relié à une autre fiche ou "
                    + "n'est pas de cet atelier. Refaites le questionnaire avec la personne, ou enregistrez la fiche sans lui.");
        }
        if (!erreurs.isEmpty()) {
            if (json) {
                return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("erreurs", erreurs));
            }
            modele.addAttribute("erreurs", erreurs);
            modele.addAttribute("saisie", saisie.toSingleValueMap());
            modele.addAttribute("tablesCochees", tables);
            return page(id, modele, session, principal);
        }
        boolean nouveau;
        try {
            nouveau = jourJ.enregistrer(new JourJJdbc.Passage(id, cle, nom, inscription, String.join(" ; ", tables),
                    saisie.containsKey("questionnaire") || jeton != null, droits == null ? 0 : droits, demarches == null ? 0 : demarches,
                    demarchesTexte, rendezVous, principal.compte().email(), OffsetDateTime.now(horloge), jeton));
        } catch (DuplicateKeyException e) {
            nouveau = false;
        }
        if (jeton != null && jeton.equals(session.getAttribute(JETON + id))) {
            session.removeAttribute(JETON + id);
        }
        if (json) {
            return ResponseEntity.status(nouveau ? HttpStatus.CREATED : HttpStatus.OK).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("cle", cle, "statut", nouveau ? "enregistre" : "deja-enregistre", "nom", nom));
        }
        redirection.addFlashAttribute("succes", nouveau ? nom + " : passage enregistré." : nom + " : ce passage était déjà enregistré.");
        return "redirect:/ateliers/" + id + "/jour-j";
    }

    /**
     * Un suivi dans le dossier de la personne, avec son accord : une démarche « à faire » créée par l'API publique des
     * dossiers (qui exige un mandat et journalise). Tout refus nomme le champ et la raison, la saisie revient.
     */
    @PostMapping("/ateliers/{id}/jour-j/suivis")
    String suivi(@PathVariable long id, @RequestParam Map<String, String> saisie, @AuthenticationPrincipal CompteAuthentifie principal,
                 Model modele, RedirectAttributes redirection, HttpSession session) {
        AtelierLigne a = service.atelier(id);
        Map<String, String> erreurs = new LinkedHashMap<>();
        String passage = Saisie.texte("passage", "Personne vue", saisie.get("passage"), 64, true, erreurs);
        Integer dossier = Saisie.entier("dossier", "Numéro du dossier", saisie.get("dossier"), 1, Integer.MAX_VALUE, true, erreurs);
        String intitule = Saisie.texte("intitule", "Démarche à suivre", saisie.get("intitule"), 200, true, erreurs);
        String organisation = Saisie.texte("organisation", "Administration", saisie.get("organisation"), 200, true, erreurs);
        String etape = Saisie.texte("prochaineEtape", "Prochaine étape", saisie.get("prochaineEtape"), 500, true, erreurs);
        Perimetre perimetre = null;
        try {
            perimetre = Perimetre.valueOf(saisie.getOrDefault("perimetre", ""));
        } catch (IllegalArgumentException e) {
            erreurs.put("perimetre", "Domaine : choisissez le domaine de la démarche (il dit quel mandat il faut).");
        }
        boolean consentement = "oui".equals(saisie.get("consentement"));
        if (!consentement) {
            erreurs.put("consentement", "Accord de la personne : cochez la case une fois que la personne a dit oui. "
                    + "Sans son accord, rien n'est écrit dans son dossier.");
        }
        if (erreurs.isEmpty()) {
            try {
                serviceJourJ.creerSuivi(id, principal.compte(), new ServiceJourJ.DemandeSuivi(passage, dossier,
                        new SuiviAFaire(intitule, organisation, etape, perimetre, "atelier du " + a.jour().format(ServiceAteliersFormats.JOUR)
                                + (a.nomCommune() == null ? "" : " à " + a.nomCommune())), consentement));
                redirection.addFlashAttribute("succes", "Suivi créé dans le dossier n° " + dossier + " : " + intitule + ".");
                return "redirect:/ateliers/" + id + "/jour-j#suivis";
            } catch (Refus r) {
                erreurs.put(r.champ(), r.getMessage());
            }
        }
        modele.addAttribute("erreursSuivi", erreurs);
        modele.addAttribute("saisieSuivi", saisie);
        return page(id, modele, session, principal);
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
