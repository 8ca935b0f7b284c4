package fr.passerelle.proactif.internal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.proactif.internal.Lancement;
import fr.passerelle.proactif.internal.ServiceDepistages;
import fr.passerelle.proactif.internal.domaine.Organisme;
import fr.passerelle.proactif.internal.domaine.PrestationExpliquee;
import fr.passerelle.proactif.internal.persistance.DepistagesJdbc;

/** Lancer un dépistage, suivre ses partitions, lire sa synthèse et ses rejets, télécharger les exports. */
@Controller
class ProactifController {

    private static final int REJETS_AFFICHES = 200;

    private final ServiceDepistages service;
    private final DepistagesJdbc stockage;

    ProactifController(ServiceDepistages service, DepistagesJdbc stockage) {
        this.service = service;
        this.stockage = stockage;
    }

    @GetMapping("/proactif")
    String accueil(Model modele) {
        if (!modele.containsAttribute("erreurs")) {
            modele.addAttribute("erreurs", Map.of());
            modele.addAttribute("saisie", Map.of("date", ""));
        }
        modele.addAttribute("depistages", stockage.tous());
        return "proactif/accueil";
    }

    @PostMapping("/proactif")
    String lancer(@AuthenticationPrincipal CompteAuthentifie principal, @RequestParam(required = false) MultipartFile fichier,
                  @RequestParam(defaultValue = "") String date, Model modele) throws IOException {
        Lancement.Issue issue = service.lancer(principal.compte(), fichier == null ? null : fichier.getOriginalFilename(),
                fichier == null ? null : fichier.getBytes(), date);
        if (issue instanceof Lancement.Issue.Refuse refus) {
            modele.addAttribute("erreurs", Map.of(refus.champ(), refus.raison()));
            modele.addAttribute("saisie", Map.of("date", date));
            return accueil(modele);
        }
        return "redirect:/proactif/depistages/" + ((Lancement.Issue.Lance) issue).id();
    }

    /** Dépister les personnes suivies dans Passerelle (situation enregistrée et dossier), pour le mois en cours. */
    @PostMapping("/proactif/personnes-suivies")
    String lancerSuivies(@AuthenticationPrincipal CompteAuthentifie principal, Model modele) {
        return suite(service.lancerSuivies(principal.compte()), "", modele);
    }

    /** Importer un fichier de constats calculés ailleurs (bin/depistage, job Spark). */
    @PostMapping("/proactif/constats")
    String importer(@AuthenticationPrincipal CompteAuthentifie principal, @RequestParam(required = false) MultipartFile constats,
                    Model modele) throws IOException {
        return suite(service.importer(principal.compte(), constats == null ? null : constats.getOriginalFilename(),
                constats == null ? null : constats.getBytes()), "", modele);
    }

    private String suite(Lancement.Issue issue, String date, Model modele) {
        if (issue instanceof Lancement.Issue.Refuse refus) {
            modele.addAttribute("erreurs", Map.of(refus.champ(), refus.raison()));
            modele.addAttribute("saisie", Map.of("date", date));
            return accueil(modele);
        }
        return "redirect:/proactif/depistages/" + ((Lancement.Issue.Lance) issue).id();
    }

    @GetMapping("/proactif/depistages/{id}")
    String depistage(@PathVariable long id, Model modele) {
        DepistagesJdbc.Depistage d = stockage.depistage(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "dépistage inconnu"));
        modele.addAttribute("d", d);
        modele.addAttribute("partitions", stockage.partitions(id));
        modele.addAttribute("synthese", syntheseParPrestation(stockage.synthese(id)));
        modele.addAttribute("suites", stockage.suites(id));
        modele.addAttribute("rejets", stockage.rejets(id, REJETS_AFFICHES));
        modele.addAttribute("rejetsAffiches", REJETS_AFFICHES);
        return "proactif/depistage";
    }

    /** Une ligne du tableau de synthèse : prestation, département, effectifs et montants annuels (euros). */
    record LigneSynthese(String prestation, String departement, long aDemander, long montantADemander, long aVerifier,
                         long montantAVerifier, long attributions) {
    }

    static List<LigneSynthese> syntheseParPrestation(List<DepistagesJdbc.LigneSynthese> lignes) {
        Map<String, long[]> cumul = new TreeMap<>();
        for (DepistagesJdbc.LigneSynthese l : lignes) {
            for (String dep : List.of("ensemble", l.departement())) {
                long[] c = cumul.computeIfAbsent(l.prestation() + "|" + dep, k -> new long[5]);
                switch (l.nature()) {
                    case "A_DEMANDER" -> { c[0] += l.effectif(); c[1] += l.montantAnnuelCentimes(); }
                    case "A_VERIFIER" -> { c[2] += l.effectif(); c[3] += l.montantAnnuelCentimes(); }
                    default -> c[4] += l.effectif();
                }
            }
        }
        List<LigneSynthese> resultat = new ArrayList<>();
        cumul.forEach((cle, c) -> {
            String[] p = cle.split("\\|", 2);
            resultat.add(new LigneSynthese(PrestationExpliquee.de(p[0]).map(PrestationExpliquee::libelle).orElse(p[0]), p[1],
                    c[0], Math.round(c[1] / 100.0), c[2], Math.round(c[3] / 100.0), c[4]));
        });
        return resultat;
    }

    @GetMapping("/proactif/exports")
    String exports(Model modele) {
        // Par dépistage, par organisme : combien de constats à transmettre à l'administration qui détient le dossier.
        Map<Long, Map<Organisme, Long>> parDepistage = new LinkedHashMap<>();
        for (Object[] ligne : stockage.exportesParPrestation()) {
            PrestationExpliquee.de((String) ligne[1]).ifPresent(p -> parDepistage
                    .computeIfAbsent((Long) ligne[0], k -> new java.util.EnumMap<>(Organisme.class))
                    .merge(p.organisme(), (Long) ligne[2], Long::sum));
        }
        modele.addAttribute("exports", parDepistage);
        modele.addAttribute("depistages", stockage.tous().stream()
                .collect(java.util.stream.Collectors.toMap(DepistagesJdbc.Depistage::id, d -> d)));
        return "proactif/exports";
    }

    @GetMapping("/proactif/exports/{id}/{organisme}.csv")
    ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable String organisme) {
        Organisme o = Organisme.parSegment(organisme)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "organisme inconnu"));
        stockage.depistage(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "dépistage inconnu"));
        StringBuilder csv = new StringBuilder("constat;menage;periode;departement;nature;prestation;montant;montant_annuel;regle\n");
        for (DepistagesJdbc.ConstatExporte c : stockage.exportes(id, ExportCsv.prestationsDe(o))) {
            csv.append(ExportCsv.ligne(c)).append('\n');
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"depistage-" + id + "-" + o.segment() + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
