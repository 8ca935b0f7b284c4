package fr.passerelle.dossiers.internal.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.dossiers.internal.ServiceDossiers;
import fr.passerelle.dossiers.internal.domaine.CanalEchange;
import fr.passerelle.dossiers.internal.domaine.DemarcheEnCours;
import fr.passerelle.dossiers.internal.domaine.QuestionAutonomie;
import fr.passerelle.dossiers.internal.domaine.SaisieInvalide;
import fr.passerelle.dossiers.internal.domaine.StatutDemarche;
import fr.passerelle.dossiers.internal.domaine.StatutDroit;
import fr.passerelle.mandats.Perimetre;

/**
 * La page d'un dossier et ses formulaires. Toute la règle d'accès est dans le service (politique d'accès) : ce
 * contrôleur ne montre que ce que le service rend, et chaque formulaire refusé revient rempli avec ses erreurs.
 */
@Controller
class DossierController {

    private final ServiceDossiers service;

    DossierController(ServiceDossiers service) {
        this.service = service;
    }

    @GetMapping("/dossiers/{id}")
    String dossier(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long id, Model modele) {
        return page(principal.compte(), id, modele, "", Map.of(), Map.of());
    }

    private String page(CompteConnecte aidant, long id, Model modele, String formulaire, Map<String, String> saisie,
                        Map<String, String> erreurs) {
        modele.addAttribute("vue", service.consulter(aidant, id));
        modele.addAttribute("formulaire", formulaire);
        modele.addAttribute("saisie", saisie);
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("canaux", CanalEchange.values());
        modele.addAttribute("statutsDroit", StatutDroit.values());
        modele.addAttribute("statutsDemarche", StatutDemarche.values());
        modele.addAttribute("perimetres", Perimetre.values());
        modele.addAttribute("questions", QuestionAutonomie.values());
        return "dossiers/dossier";
    }

    private String erreur(CompteConnecte aidant, long id, Model modele, String formulaire, Map<String, String> saisie,
                          SaisieInvalide e) {
        return page(aidant, id, modele, formulaire, saisie, e.erreurs());
    }

    /**
     * Le cycle commun des formulaires du dossier : si la saisie a des erreurs, ou si le service la refuse
     * ({@link SaisieInvalide}), la page revient avec le formulaire rempli et ses erreurs ; sinon le message de succès
     * et la redirection vers {@code /dossiers/{id}} suivi de {@code ancre}.
     */
    private String enregistrer(CompteAuthentifie principal, long id, Model modele, RedirectAttributes redirection,
                               String formulaire, Map<String, String> saisie, Map<String, String> erreurs,
                               Runnable action, String succes, String ancre) {
        try {
            if (!erreurs.isEmpty()) {
                throw new SaisieInvalide(erreurs);
            }
            action.run();
        } catch (SaisieInvalide e) {
            return erreur(principal.compte(), id, modele, formulaire, saisie, e);
        }
        redirection.addFlashAttribute("succes", succes);
        return "redirect:/dossiers/" + id + ancre;
    }

    @PostMapping("/dossiers/{id}/echanges")
    String ajouterEchange(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long id,
                          @RequestParam Map<String, String> saisie, Model modele, RedirectAttributes redirection) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        Optional<CanalEchange> canal = Saisies.choix(saisie, "canal", CanalEchange.class,
                "Canal : choisissez par où la personne a été en contact.", erreurs);
        String objet = Saisies.obligatoire(saisie, "objet", "Objet de l'échange", 1000, erreurs);
        String regle = Saisies.texte(saisie, "regle");
        if (!regle.equals("oui") && !regle.equals("non")) {
            erreurs.put("regle", "Réglé au premier contact : répondez oui ou non.");
        }
        return enregistrer(principal, id, modele, redirection, "echange", saisie, erreurs,
                () -> service.ajouterEchange(principal.compte(), id, canal.orElseThrow(), objet, regle.equals("oui")),
                "Échange ajouté à l'historique.", "#echanges");
    }

    @PostMapping("/dossiers/{id}/droits/{droitId}")
    String statutDroit(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long id,
                       @PathVariable long droitId, @RequestParam Map<String, String> saisie, Model modele,
                       RedirectAttributes redirection) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        Optional<StatutDroit> statut = Saisies.choix(saisie, "statut", StatutDroit.class,
                "Statut du droit : choisissez à demander, demandé, accordé ou refusé.", erreurs);
        return enregistrer(principal, id, modele, redirection, "droit-" + droitId, saisie, erreurs,
                () -> service.changerStatutDroit(principal.compte(), id, droitId, statut.orElseThrow()),
                "Statut du droit enregistré.", "#droits");
    }

    @PostMapping("/dossiers/{id}/demarches")
    String ajouterDemarche(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long id,
                           @RequestParam Map<String, String> saisie, Model modele, RedirectAttributes redirection) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        String intitule = Saisies.obligatoire(saisie, "intitule", "Intitulé de la démarche", 200, erreurs);
        String organisation = Saisies.obligatoire(saisie, "organisation", "Organisation", 200, erreurs);
        Optional<StatutDemarche> statut = Saisies.choix(saisie, "statutDemarche", StatutDemarche.class,
                "Statut de la démarche : choisissez où elle en est.", erreurs);
        String etape = Saisies.obligatoire(saisie, "prochaineEtape", "Prochaine étape", 500, erreurs);
        Optional<Perimetre> perimetre = Saisies.choix(saisie, "perimetre", Perimetre.class,
                "Périmètre : choisissez le domaine de la démarche (il dit quel mandat il faut).", erreurs);
        return enregistrer(principal, id, modele, redirection, "demarche", saisie, erreurs,
                () -> service.ajouterDemarche(principal.compte(), id, new DemarcheEnCours(0, intitule, organisation,
                        statut.orElseThrow(), etape, perimetre.orElseThrow())),
                "Démarche ajoutée.", "#demarches");
    }

    @PostMapping("/dossiers/{id}/demarches/{demarcheId}")
    String mettreAJourDemarche(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long id,
                               @PathVariable long demarcheId, @RequestParam Map<String, String> saisie, Model modele,
                               RedirectAttributes redirection) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        Optional<StatutDemarche> statut = Saisies.choix(saisie, "statutDemarche", StatutDemarche.class,
                "Statut de la démarche : choisissez où elle en est.", erreurs);
        String etape = Saisies.obligatoire(saisie, "prochaineEtape", "Prochaine étape", 500, erreurs);
        return enregistrer(principal, id, modele, redirection, "demarche-" + demarcheId, saisie, erreurs,
                () -> service.mettreAJourDemarche(principal.compte(), id, demarcheId, statut.orElseThrow(), etape),
                "Démarche mise à jour.", "#demarches");
    }

    @PostMapping("/dossiers/{id}/pieces")
    String ajouterPiece(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long id,
                        @RequestParam Map<String, String> saisie, Model modele, RedirectAttributes redirection) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        String libelle = Saisies.obligatoire(saisie, "piece", "Pièce à réunir", 200, erreurs);
        return enregistrer(principal, id, modele, redirection, "piece", saisie, erreurs,
                () -> service.ajouterPiece(principal.compte(), id, libelle),
                "Pièce ajoutée à la liste.", "#pieces");
    }

    @PostMapping("/dossiers/{id}/pieces/reunies")
    String cocherPieces(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long id,
                        @RequestParam MultiValueMap<String, String> saisie, RedirectAttributes redirection) {
        Set<Long> reunies = new HashSet<>();
        for (String v : saisie.getOrDefault("reunie", List.of())) {
            try {
                reunies.add(Long.parseLong(v));
            } catch (NumberFormatException e) {
                throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST);
            }
        }
        service.cocherPieces(principal.compte(), id, reunies);
        redirection.addFlashAttribute("succes", "Liste des pièces enregistrée.");
        return "redirect:/dossiers/" + id + "#pieces";
    }

    @PostMapping("/dossiers/{id}/diagnostic")
    String diagnostic(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long id,
                      @RequestParam MultiValueMap<String, String> saisie, Model modele, RedirectAttributes redirection) {
        Set<QuestionAutonomie> saitFaire = new HashSet<>();
        for (QuestionAutonomie q : QuestionAutonomie.values()) {
            if ("oui".equals(saisie.getFirst(q.name()))) {
                saitFaire.add(q);
            }
        }
        String menace = saisie.getFirst("droitMenace");
        if (!"oui".equals(menace) && !"non".equals(menace)) {
            return erreur(principal.compte(), id, modele, "diagnostic", saisie.toSingleValueMap(),
                    new SaisieInvalide("droitMenace", "Droit menacé : répondez oui ou non (un droit va-t-il être perdu faute de démarche ?)."));
        }
        service.enregistrerDiagnostic(principal.compte(), id, saitFaire, "oui".equals(menace));
        redirection.addFlashAttribute("succes", "Diagnostic enregistré.");
        return "redirect:/dossiers/" + id + "#diagnostic";
    }

    @PostMapping("/dossiers/{id}/compte")
    String lierCompte(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long id,
                      @RequestParam Map<String, String> saisie, Model modele, RedirectAttributes redirection) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        Optional<String> courriel = Saisies.courriel(saisie, "compte", "Compte Passerelle de la personne", erreurs);
        if (courriel.isEmpty() && erreurs.isEmpty()) {
            erreurs.put("compte", "Compte Passerelle de la personne : indiquez l'adresse de courriel de son compte.");
        }
        return enregistrer(principal, id, modele, redirection, "compte", saisie, erreurs,
                () -> service.lierCompte(principal.compte(), id, courriel.get()),
                "Compte de la personne lié : elle voit son dossier dans son espace.", "");
    }

    @PostMapping("/dossiers/{id}/effacer")
    String effacer(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long id,
                   @RequestParam Map<String, String> saisie, Model modele, RedirectAttributes redirection) {
        if (!"oui".equals(saisie.get("confirmation"))) {
            return erreur(principal.compte(), id, modele, "effacement", saisie, new SaisieInvalide("confirmation",
                    "Confirmation : cochez la case pour confirmer que la personne demande l'effacement. Rien n'a été effacé."));
        }
        service.effacer(principal.compte(), id);
        redirection.addFlashAttribute("succes", "Le dossier n° " + id + " a été effacé à la demande de la personne. "
                + "Le journal des accès garde seulement le numéro du dossier et les actions.");
        return "redirect:/dossiers";
    }
}
