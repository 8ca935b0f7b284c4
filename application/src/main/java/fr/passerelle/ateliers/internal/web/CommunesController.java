package fr.passerelle.ateliers.internal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.passerelle.ateliers.internal.domaine.CarteSvg;
import fr.passerelle.ateliers.internal.domaine.CommuneClassee;
import fr.passerelle.ateliers.internal.domaine.ImportQpv;
import fr.passerelle.ateliers.internal.persistance.QuartiersJdbc;
import fr.passerelle.ateliers.internal.persistance.TerritoireJdbc;

/** Page coordinateur « Où aller » : classement des communes (tableau triable, filtre département, carte SVG) et import QPV. */
@Controller
class CommunesController {

    static final int LIGNES_MAX = 500;
    static final Map<String, String> TRIS = tris();

    private final TerritoireJdbc territoire;
    private final QuartiersJdbc quartiers;
    private final Clock horloge;

    CommunesController(TerritoireJdbc territoire, QuartiersJdbc quartiers, Clock horloge) {
        this.territoire = territoire;
        this.quartiers = quartiers;
        this.horloge = horloge;
    }

    private static Map<String, String> tris() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("rang", "priorité");
        t.put("minutes", "temps de trajet");
        t.put("population", "population");
        t.put("densite", "densité");
        t.put("nom", "nom");
        return t;
    }

    List<CommuneClassee> selection(String departement, String tri) {
        List<CommuneClassee> toutes = territoire.classement().classer(LocalDate.now(horloge), territoire.derniersAteliers(),
                territoire.quartiersParCommune());
        List<CommuneClassee> choisies = new ArrayList<>();
        for (CommuneClassee c : toutes) {
            if (departement.isEmpty() || c.commune().departement().equalsIgnoreCase(departement)) {
                choisies.add(c);
            }
        }
        Comparator<CommuneClassee> ordre = switch (tri) {
            case "minutes" -> Comparator.comparingInt(CommuneClassee::minutes).reversed();
            case "population" -> Comparator.comparingInt((CommuneClassee c) -> c.commune().population()).reversed();
            case "densite" -> Comparator.comparingDouble((CommuneClassee c) -> c.commune().densite());
            case "nom" -> Comparator.comparing((CommuneClassee c) -> c.commune().nom());
            default -> Comparator.comparingInt(CommuneClassee::rang);
        };
        choisies.sort(ordre.thenComparingInt(CommuneClassee::rang));
        return choisies;
    }

    @GetMapping("/ateliers/communes")
    String classement(@RequestParam(defaultValue = "") String departement, @RequestParam(defaultValue = "rang") String tri,
                      Model modele) {
        String dep = departement.strip().toUpperCase();
        Map<String, String> erreurs = new LinkedHashMap<>();
        if (!dep.isEmpty() && !dep.matches("\\d[0-9AB]\\d?")) {
            erreurs.put("departement", "Département : « " + departement + " » n'est pas un numéro de département (par exemple 33, 2A ou 974).");
        }
        if (!TRIS.containsKey(tri)) {
            erreurs.put("tri", "Tri : choisissez un ordre dans la liste.");
        }
        List<CommuneClassee> communes = erreurs.isEmpty() ? selection(dep, tri) : List.of();
        if (erreurs.isEmpty() && communes.isEmpty()) {
            erreurs.put("departement", "Département : aucune commune connue dans le département « " + departement + " ».");
        }
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("departement", departement);
        modele.addAttribute("tri", tri);
        modele.addAttribute("tris", TRIS);
        modele.addAttribute("total", communes.size());
        modele.addAttribute("zonesBlanches", communes.stream().filter(CommuneClassee::zoneBlanche).count());
        modele.addAttribute("communes", communes.subList(0, Math.min(LIGNES_MAX, communes.size())));
        modele.addAttribute("quartiers", territoire.nombreDeQuartiers());
        if (!modele.containsAttribute("qpvErreurs")) {
            modele.addAttribute("qpvErreurs", List.of());
        }
        return "ateliers/communes";
    }

    @GetMapping(value = "/ateliers/communes/carte.svg", produces = "image/svg+xml")
    ResponseEntity<String> carte(@RequestParam(defaultValue = "") String departement) {
        String dep = departement.strip().toUpperCase();
        if (!dep.isEmpty() && !dep.matches("\\d[0-9AB]\\d?")) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body("département illisible");
        }
        List<CommuneClassee> communes = selection(dep, "rang");
        List<CommuneClassee> montrees = communes.subList(0, Math.min(dep.isEmpty() ? 300 : LIGNES_MAX, communes.size()));
        String titre = "Communes où aller en priorité" + (dep.isEmpty() ? " (300 premières, France entière)" : " dans le département " + dep);
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).body(CarteSvg.dessiner(montrees, titre));
    }

    @PostMapping("/ateliers/communes/quartiers")
    String importerQuartiers(@RequestParam(name = "fichier", required = false) MultipartFile fichier,
                             @RequestParam(name = "contenu", defaultValue = "") String contenu,
                             Model modele, RedirectAttributes redirection) throws java.io.IOException {
        String texte = fichier != null && !fichier.isEmpty()
                ? new String(fichier.getBytes(), java.nio.charset.StandardCharsets.UTF_8) : contenu;
        ImportQpv.Resultat resultat;
        if (texte.isBlank()) {
            resultat = new ImportQpv.Resultat(List.of(), List.of("Fichier : choisissez un fichier CSV ou collez la liste dans le champ texte."));
        } else {
            resultat = ImportQpv.lire(texte, code -> territoire.commune(code).isPresent());
        }
        if (!resultat.valide()) {
            modele.addAttribute("qpvErreurs", resultat.erreurs());
            modele.addAttribute("qpvContenu", texte);
            return classement("", "rang", modele);
        }
        quartiers.remplacer(resultat.quartiers());
        redirection.addFlashAttribute("succes", resultat.quartiers().size() + " quartiers prioritaires importés : le classement en tient compte.");
        return "redirect:/ateliers/communes";
    }
}
