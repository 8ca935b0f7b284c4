package fr.passerelle.notifications.internal.web;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.notifications.Canal;
import fr.passerelle.notifications.internal.domaine.AdresseElectronique;
import fr.passerelle.notifications.internal.domaine.AdressePostale;
import fr.passerelle.notifications.internal.domaine.Consentement;
import fr.passerelle.notifications.internal.domaine.EntreeInvalide;
import fr.passerelle.notifications.internal.domaine.Langue;
import fr.passerelle.notifications.internal.domaine.HeuresCalmes;
import fr.passerelle.notifications.internal.domaine.NumeroTelephone;
import fr.passerelle.notifications.internal.domaine.Preferences;
import fr.passerelle.notifications.internal.persistance.NotificationJdbc;
import fr.passerelle.notifications.internal.persistance.PreferencesJdbc;

/** « Comment être prévenu » : coordonnées, accord par canal (daté), ordre de repli, heures calmes, messages reçus. */
@Controller
class PreferencesController {

    private final PreferencesJdbc preferences;
    private final NotificationJdbc notifications;
    private final Clock horloge;

    PreferencesController(PreferencesJdbc preferences, NotificationJdbc notifications, Clock horloge) {
        this.preferences = preferences;
        this.notifications = notifications;
        this.horloge = horloge;
    }

    @GetMapping("/mes-preferences")
    String page(@AuthenticationPrincipal CompteAuthentifie principal, Model modele) {
        long personne = principal.compte().id();
        Preferences p = preferences.lire(personne).orElse(null);
        if (!modele.containsAttribute("saisie")) {
            modele.addAttribute("saisie", saisieDepuis(p, principal.compte().email()));
        }
        if (!modele.containsAttribute("erreurs")) {
            modele.addAttribute("erreurs", Map.of());
        }
        modele.addAttribute("canaux", Canal.values());
        modele.addAttribute("langues", Langue.values());
        modele.addAttribute("consentements", p == null ? Map.of() : p.consentements());
        modele.addAttribute("messages", notifications.dernieres(personne, 20).stream()
                .map(n -> new MessageAffiche(n, notifications.historique(n.id()))).toList());
        return "notifications/preferences";
    }

    /** Une notification et son historique, pour la page. */
    record MessageAffiche(fr.passerelle.notifications.internal.domaine.Notification n, List<NotificationJdbc.Evenement> historique) {
    }

    static Map<String, String> saisieDepuis(Preferences p, String emailCompte) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("email", p == null ? emailCompte : p.email() == null ? "" : p.email().valeur());
        s.put("telephone", p == null || p.telephone() == null ? "" : p.telephone().lisible());
        AdressePostale a = p == null ? null : p.adresse();
        s.put("adresseNom", a == null ? "" : a.nom());
        s.put("adresseLigne1", a == null ? "" : a.ligne1());
        s.put("adresseLigne2", a == null || a.ligne2() == null ? "" : a.ligne2());
        s.put("adresseCodePostal", a == null ? "" : a.codePostal());
        s.put("adresseCommune", a == null ? "" : a.commune());
        List<Canal> ordre = p == null ? List.of(Canal.EMAIL) : p.ordre();
        for (int i = 0; i < 3; i++) {
            s.put("canal" + (i + 1), i < ordre.size() ? ordre.get(i).name() : "");
        }
        for (Canal c : Canal.values()) {
            s.put("accord" + c.name(), Boolean.toString(p != null && p.consenti(c)));
        }
        HeuresCalmes h = p == null ? HeuresCalmes.PAR_DEFAUT : p.heuresCalmes();
        s.put("heuresCalmesDebut", h.debut().toString());
        s.put("heuresCalmesFin", h.fin().toString());
        s.put("langue", p == null ? Langue.FRANCAIS.code() : p.langue().code());
        return s;
    }

    @PostMapping("/mes-preferences")
    String enregistrer(@AuthenticationPrincipal CompteAuthentifie principal, @RequestParam Map<String, String> brut,
                       Model modele, RedirectAttributes redirection) {
        long personne = principal.compte().id();
        Map<String, String> saisie = new LinkedHashMap<>(brut);
        saisie.remove("_csrf");
        for (Canal c : Canal.values()) {
            saisie.put("accord" + c.name(), Boolean.toString(brut.containsKey("accord" + c.name())));
        }
        Map<String, String> erreurs = new LinkedHashMap<>();
        AdresseElectronique email = facultatif(erreurs, "email", saisie.get("email"), AdresseElectronique::lire);
        NumeroTelephone telephone = facultatif(erreurs, "telephone", saisie.get("telephone"),
                t -> NumeroTelephone.lire("telephone", t));
        AdressePostale adresse = null;
        boolean adresseSaisie = List.of("adresseNom", "adresseLigne1", "adresseLigne2", "adresseCodePostal", "adresseCommune")
                .stream().anyMatch(c -> !saisie.getOrDefault(c, "").isBlank());
        if (adresseSaisie) {
            try {
                adresse = new AdressePostale(saisie.get("adresseNom"), saisie.get("adresseLigne1"), saisie.get("adresseLigne2"),
                        saisie.get("adresseCodePostal"), saisie.get("adresseCommune"));
            } catch (EntreeInvalide e) {
                erreurs.put(e.champ(), e.raison());
            }
        }
        List<Canal> ordre = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String v = saisie.getOrDefault("canal" + i, "");
            if (!v.isBlank()) {
                Canal c = Canal.valueOf(v);
                if (ordre.contains(c)) {
                    erreurs.put("canal" + i, "Ce moyen de contact est déjà choisi plus haut : choisissez-en un autre ou « Aucun ».");
                } else {
                    ordre.add(c);
                }
            }
        }
        if (ordre.isEmpty()) {
            erreurs.put("canal1", "Choisissez au moins le moyen de contact que vous préférez.");
        }
        LocalTime debut = heure(erreurs, "heuresCalmesDebut", saisie.get("heuresCalmesDebut"));
        LocalTime fin = heure(erreurs, "heuresCalmesFin", saisie.get("heuresCalmesFin"));
        // Champ absent du formulaire envoyé (ancienne page) : la langue déjà choisie est gardée. Présent : vérifié.
        Langue langue = preferences.lire(personne).map(Preferences::langue).orElse(Langue.FRANCAIS);
        if (saisie.containsKey("langue")) {
            try {
                langue = Langue.lire("langue", saisie.get("langue"));
            } catch (EntreeInvalide e) {
                erreurs.put(e.champ(), e.raison());
            }
        }
        if (erreurs.isEmpty()) {
            Map<Canal, Consentement> accords = new EnumMap<>(Canal.class);
            var maintenant = horloge.instant().truncatedTo(ChronoUnit.MICROS);
            for (Canal c : Canal.values()) {
                accords.put(c, new Consentement(c, brut.containsKey("accord" + c.name()), maintenant, "page Mes préférences"));
            }
            try {
                Preferences p = new Preferences(personne, email, telephone, adresse, ordre, new HeuresCalmes(debut, fin), accords,
                        langue);
                for (Canal c : ordre) {
                    if (!p.consenti(c)) {
                        erreurs.put("accord" + c.name(), "Vous avez choisi « " + c.libelle() + " » : cochez la case d'accord "
                                + "pour ce moyen de contact, ou choisissez-en un autre.");
                    }
                }
                if (erreurs.isEmpty()) {
                    preferences.enregistrer(p, maintenant);
                    redirection.addFlashAttribute("succes", "Vos préférences sont enregistrées.");
                    return "redirect:/mes-preferences";
                }
            } catch (EntreeInvalide e) {
                erreurs.put(e.champ(), e.raison());
            }
        }
        modele.addAttribute("saisie", saisie);
        modele.addAttribute("erreurs", erreurs);
        return page(principal, modele);
    }

    private static <T> T facultatif(Map<String, String> erreurs, String champ, String valeur,
                                    java.util.function.Function<String, T> lecture) {
        if (valeur == null || valeur.isBlank()) {
            return null;
        }
        try {
            return lecture.apply(valeur);
        } catch (EntreeInvalide e) {
            erreurs.put(champ, e.raison());
            return null;
        }
    }

    private static LocalTime heure(Map<String, String> erreurs, String champ, String valeur) {
        try {
            return LocalTime.parse(valeur == null ? "" : valeur.strip());
        } catch (DateTimeParseException e) {
            erreurs.put(champ, "Cette heure n'est pas lisible. Écrivez-la par exemple 20:00.");
            return null;
        }
    }
}
