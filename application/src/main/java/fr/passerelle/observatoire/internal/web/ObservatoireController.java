package fr.passerelle.observatoire.internal.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.comptes.Role;
import fr.passerelle.observatoire.internal.TableauxDeBord;
import fr.passerelle.observatoire.internal.domaine.CriteresDemarche;
import fr.passerelle.observatoire.internal.domaine.Filtre;
import fr.passerelle.observatoire.internal.domaine.FiltreInvalide;
import fr.passerelle.observatoire.internal.domaine.Perimetre;
import fr.passerelle.observatoire.internal.domaine.Tableau;
import fr.passerelle.observatoire.internal.domaine.TableauDeBord;
import fr.passerelle.observatoire.internal.persistance.CriteresJdbc;

/**
 * Tableaux de bord du pilotage (coordinateur, administrateur ; agent limité aux chiffres de son organisation) :
 * filtres dans l'URL, exports CSV et JSON ; export open data public, par année, sous secret statistique. Le
 * périmètre vient du compte connecté, jamais d'un paramètre de l'URL.
 */
@Controller
class ObservatoireController {

    private final TableauxDeBord tableaux;
    private final CriteresJdbc criteres;

    ObservatoireController(TableauxDeBord tableaux, CriteresJdbc criteres) {
        this.tableaux = tableaux;
        this.criteres = criteres;
    }

    @GetMapping("/observatoire")
    String accueil() {
        return "redirect:/observatoire/acces-aux-droits";
    }

    @GetMapping("/observatoire/{id:acces-aux-droits|qualite-du-contact|demarches-en-ligne|territoires}")
    String page(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable String id,
                @RequestParam(required = false) String du, @RequestParam(required = false) String au,
                @RequestParam(required = false) String departement, Model modele) {
        Perimetre perimetre = perimetre(principal, id);
        Map<String, String> saisie = new LinkedHashMap<>();
        saisie.put("du", du == null ? "" : du);
        saisie.put("au", au == null ? "" : au);
        saisie.put("departement", departement == null ? "" : departement);
        modele.addAttribute("onglets", onglets(perimetre));
        modele.addAttribute("perimetre", perimetre);
        modele.addAttribute("id", id);
        if (!modele.containsAttribute("erreursCriteres")) {
            modele.addAttribute("erreursCriteres", Map.of());
            modele.addAttribute("saisieCriteres", Map.of());
        }
        try {
            Filtre filtre = Filtre.lire(du, au, departement, tableaux.aujourdhui());
            saisie.put("du", filtre.du().toString());
            saisie.put("au", filtre.au().toString());
            modele.addAttribute("filtre", filtre);
            modele.addAttribute("tableau", tableaux.construire(id, filtre, perimetre));
            modele.addAttribute("erreurs", Map.of());
        } catch (FiltreInvalide e) {
            modele.addAttribute("erreurs", e.erreurs());
            modele.addAttribute("tableau", null);
        }
        modele.addAttribute("saisie", saisie);
        modele.addAttribute("nombres", new Nombres());
        return "observatoire/tableau-de-bord";
    }

    @GetMapping("/observatoire/{id}/{tableau}.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable String id,
                               @PathVariable String tableau, @RequestParam(required = false) String du,
                               @RequestParam(required = false) String au, @RequestParam(required = false) String departement) {
        Tableau t = tableau(id, tableau, du, au, departement, perimetre(principal, verifier(id)));
        return csv(t, id + "-" + tableau);
    }

    @GetMapping(value = "/observatoire/{id}/{tableau}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> json(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable String id,
                             @PathVariable String tableau, @RequestParam(required = false) String du,
                             @RequestParam(required = false) String au, @RequestParam(required = false) String departement) {
        Perimetre perimetre = perimetre(principal, verifier(id));
        Filtre f = filtre(du, au, departement);
        Tableau t = tableaux.construire(id, f, perimetre).tableau(tableau)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Tableau inconnu : " + tableau));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tableau", t.id());
        m.put("titre", t.titre());
        m.put("resume", t.resume());
        m.put("du", f.du().toString());
        m.put("au", f.au().toString());
        m.put("departement", f.departement().orElse(null));
        m.put("perimetre", perimetre.libelle());
        m.put("lignes", t.enregistrements());
        return m;
    }

    @PostMapping("/observatoire/demarches-en-ligne/criteres")
    String enregistrerCriteres(@AuthenticationPrincipal CompteAuthentifie principal, @RequestParam Map<String, String> saisie,
                               Model modele, RedirectAttributes redirection) {
        try {
            CriteresDemarche c = CriteresDemarche.lire(saisie);
            criteres.enregistrer(c, principal.compte().email(), tableaux.horodatage());
            redirection.addFlashAttribute("succes", "Critères enregistrés pour « " + c.intitule() + " ».");
            return "redirect:/observatoire/demarches-en-ligne";
        } catch (FiltreInvalide e) {
            modele.addAttribute("erreursCriteres", e.erreurs());
            modele.addAttribute("saisieCriteres", saisie);
            return page(principal, "demarches-en-ligne", null, null, null, modele);
        }
    }

    @GetMapping("/observatoire/open-data")
    String openData(@RequestParam(required = false) String annee, Model modele) {
        modele.addAttribute("annee", annee(annee));
        modele.addAttribute("tableaux", tableaux.openData(annee(annee)));
        modele.addAttribute("nombres", new Nombres());
        return "observatoire/open-data";
    }

    @GetMapping("/observatoire/open-data/{tableau}.csv")
    ResponseEntity<String> openDataCsv(@PathVariable String tableau, @RequestParam(required = false) String annee) {
        int a = annee(annee);
        return csv(openDataTableau(tableau, a), "passerelle-open-data-" + tableau + "-" + a);
    }

    @GetMapping(value = "/observatoire/open-data/{tableau}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> openDataJson(@PathVariable String tableau, @RequestParam(required = false) String annee) {
        int a = annee(annee);
        Tableau t = openDataTableau(tableau, a);
        return Map.of("tableau", t.id(), "titre", t.titre(), "annee", a, "secret", t.resume(), "lignes", t.enregistrements());
    }

    private Tableau openDataTableau(String tableau, int annee) {
        return tableaux.openData(annee).stream().filter(t -> t.id().equals(tableau)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Tableau open data inconnu : " + tableau));
    }

    private int annee(String texte) {
        int courante = tableaux.aujourdhui().getYear();
        if (texte == null || texte.isBlank()) {
            return courante;
        }
        try {
            int a = Integer.parseInt(texte.strip());
            if (a >= 2000 && a <= courante) {
                return a;
            }
        } catch (NumberFormatException e) {
            // refusé ci-dessous
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                "Année : indiquez une année en chiffres entre 2000 et " + courante + " (reçu « " + texte + " »).");
    }

    private Tableau tableau(String id, String tableau, String du, String au, String departement, Perimetre perimetre) {
        return tableaux.construire(id, filtre(du, au, departement), perimetre).tableau(tableau)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Tableau inconnu : " + tableau));
    }

    private Filtre filtre(String du, String au, String departement) {
        try {
            return Filtre.lire(du, au, departement, tableaux.aujourdhui());
        } catch (FiltreInvalide e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private static String verifier(String id) {
        if (!TableauxDeBord.IDS.contains(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Tableau de bord inconnu : " + id);
        }
        return id;
    }

    private static ResponseEntity<String> csv(Tableau t, String nom) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + nom + ".csv\"")
                .body(t.csv());
    }

    /**
     * Le périmètre du compte connecté : tout le réseau pour un coordinateur ou un administrateur, son organisation pour
     * un agent (qui n'ouvre que les tableaux de bord rattachables à une organisation : 403 sinon). Tout autre rôle est
     * déjà refusé par la configuration de sécurité ; on refuse encore ici par prudence.
     */
    private static Perimetre perimetre(CompteAuthentifie principal, String id) {
        CompteConnecte compte = principal.compte();
        if (compte.role() == Role.COORDINATEUR || compte.role() == Role.ADMINISTRATEUR) {
            return Perimetre.RESEAU;
        }
        if (compte.role() == Role.AGENT && compte.organisationId().isPresent() && TableauxDeBord.IDS_ORGANISATION.contains(id)) {
            return Perimetre.organisation(compte.organisationId().get(), compte.rattachement().orElse("votre organisation"));
        }
        throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Ce tableau de bord n'est pas ouvert à votre compte.");
    }

    private static List<Map<String, String>> onglets(Perimetre perimetre) {
        return List.of(Map.of("id", "acces-aux-droits", "titre", "Accès aux droits"),
                Map.of("id", "qualite-du-contact", "titre", "Qualité du contact"),
                Map.of("id", "demarches-en-ligne", "titre", "Démarches en ligne"),
                Map.of("id", "territoires", "titre", "Territoires")).stream()
                .filter(o -> !perimetre.limiteAUneOrganisation() || TableauxDeBord.IDS_ORGANISATION.contains(o.get("id")))
                .toList();
    }
}
