package fr.passerelle.ateliers.internal.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.passerelle.ateliers.internal.domaine.RecurrenceMaraude;
import fr.passerelle.ateliers.internal.persistance.AteliersJdbc;

/** Maraudes : même aide, là où les personnes sans abri se trouvent déjà, à leur propre rythme. */
@Controller
class MaraudesController {

    record MaraudeVue(AteliersJdbc.MaraudeLigne maraude, String regle, List<LocalDate> prochaines) {
    }

    private final AteliersJdbc ateliers;

    MaraudesController(AteliersJdbc ateliers) {
        this.ateliers = ateliers;
    }

    @GetMapping("/ateliers/maraudes")
    String maraudes(Model modele) {
        modele.addAttribute("maraudes", ateliers.maraudes().stream().map(m -> {
            RecurrenceMaraude r = recurrence(m.jourSemaine(), m.semaines(), m.du(), m.au());
            return new MaraudeVue(m, regle(r) + " à " + m.heure(), r.dates().stream().limit(6).toList());
        }).toList());
        modele.addAttribute("jours", Arrays.stream(DayOfWeek.values())
                .collect(Collectors.toMap(d -> String.valueOf(d.getValue()), d -> d.getDisplayName(TextStyle.FULL, Locale.FRANCE),
                        (a, b) -> a, LinkedHashMap::new)));
        if (!modele.containsAttribute("erreurs")) {
            modele.addAttribute("erreurs", Map.of());
            modele.addAttribute("saisie", Map.of("jour", "7", "semaines", "1,3", "heure", "12:00"));
        }
        return "ateliers/maraudes";
    }

    static RecurrenceMaraude recurrence(int jour, String semaines, LocalDate du, LocalDate au) {
        Set<Integer> rangs = Arrays.stream(semaines.split(",")).map(String::strip).map(Integer::parseInt).collect(Collectors.toSet());
        return new RecurrenceMaraude(DayOfWeek.of(jour), rangs, du, au);
    }

    static String regle(RecurrenceMaraude r) {
        return "les " + r.semaines().stream().sorted().map(s -> s == 1 ? "1er" : s + "e").collect(Collectors.joining(", "))
                + " " + r.jour().getDisplayName(TextStyle.FULL, Locale.FRANCE) + "s du mois";
    }

    @PostMapping("/ateliers/maraudes")
    String ajouter(@RequestParam Map<String, String> saisie, Model modele, RedirectAttributes redirection) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        String lieu = Saisie.texte("lieu", "Lieu", saisie.get("lieu"), 300, true, erreurs);
        Integer jour = Saisie.entier("jour", "Jour de la semaine", saisie.get("jour"), 1, 7, true, erreurs);
        String semaines = saisie.getOrDefault("semaines", "").strip();
        if (!semaines.matches("[1-5](\\s*,\\s*[1-5])*")) {
            erreurs.put("semaines", "Semaines du mois : « " + semaines + " » n'est pas une liste de rangs de 1 à 5 séparés par des virgules (par exemple 1,3).");
        }
        String heure = saisie.getOrDefault("heure", "").strip();
        if (!heure.matches("([01]\\d|2[0-3]):[0-5]\\d")) {
            erreurs.put("heure", "Heure : « " + heure + " » n'est pas une heure (par exemple 12:00).");
        }
        Optional<LocalDate> du = Saisie.date("du", "Début", saisie.get("du"), true, erreurs);
        Optional<LocalDate> au = Saisie.date("au", "Fin", saisie.get("au"), true, erreurs);
        if (erreurs.isEmpty()) {
            try {
                RecurrenceMaraude r = recurrence(jour, semaines, du.get(), au.get());
                ateliers.ajouterMaraude(lieu, jour, semaines.replace(" ", ""), heure, du.get(), au.get());
                redirection.addFlashAttribute("succes", "Maraude enregistrée : " + regle(r) + ", " + r.dates().size() + " dates.");
                return "redirect:/ateliers/maraudes";
            } catch (IllegalArgumentException e) {
                erreurs.put(e.getMessage().startsWith("Fin") ? "au" : "semaines", e.getMessage());
            }
        }
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("saisie", saisie);
        return maraudes(modele);
    }
}
