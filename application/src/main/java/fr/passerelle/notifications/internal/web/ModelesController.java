package fr.passerelle.notifications.internal.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.notifications.internal.domaine.EntreeInvalide;
import fr.passerelle.notifications.internal.domaine.Gabarit;
import fr.passerelle.notifications.internal.domaine.Gsm7;
import fr.passerelle.notifications.internal.domaine.Modele;
import fr.passerelle.notifications.internal.persistance.ModeleJdbc;

/** Modèles de messages : modifier, prévisualiser avant d'enregistrer, chaque enregistrement crée une version. */
@Controller
class ModelesController {

    private final ModeleJdbc modeles;
    private final Clock horloge;

    ModelesController(ModeleJdbc modeles, Clock horloge) {
        this.modeles = modeles;
        this.horloge = horloge;
    }

    @GetMapping("/notifications/modeles")
    String page(@RequestParam(required = false) String code, Model modele) {
        String choisi = code != null && modeles.codes().contains(code) ? code : modeles.codes().get(0);
        if (!modele.containsAttribute("saisie")) {
            Modele dernier = modeles.derniere(choisi).orElseThrow();
            modele.addAttribute("saisie", Map.of("code", choisi, "objet", dernier.objet().texte(), "corps", dernier.corps().texte()));
        }
        if (!modele.containsAttribute("erreurs")) {
            modele.addAttribute("erreurs", Map.of());
        }
        modele.addAttribute("codes", modeles.codes());
        modele.addAttribute("code", choisi);
        modele.addAttribute("versions", modeles.versions(choisi));
        modele.addAttribute("variablesTexte", String.join(", ", Gabarit.VARIABLES_CONNUES.keySet().stream().sorted()
                .map(v -> "((" + v + "))").toList()));
        return "notifications/modeles";
    }

    @PostMapping("/notifications/modeles")
    String enregistrer(@AuthenticationPrincipal CompteAuthentifie principal, @RequestParam Map<String, String> brut,
                       @RequestParam(defaultValue = "apercu") String action, Model modele, RedirectAttributes redirection) {
        Map<String, String> saisie = new LinkedHashMap<>();
        String code = brut.getOrDefault("code", "");
        saisie.put("code", code);
        saisie.put("objet", brut.getOrDefault("objet", ""));
        saisie.put("corps", brut.getOrDefault("corps", ""));
        Map<String, String> erreurs = new LinkedHashMap<>();
        Gabarit objet = lire(erreurs, "objet", saisie.get("objet"));
        Gabarit corps = lire(erreurs, "corps", saisie.get("corps"));
        if (!modeles.codes().contains(code)) {
            erreurs.put("code", "Ce modèle n'existe pas.");
        }
        if (erreurs.isEmpty()) {
            try {
                Modele m = new Modele(code, 0, objet, corps);
                if ("enregistrer".equals(action)) {
                    Modele v = modeles.ajouterVersion(m, principal.compte().email(), horloge.instant());
                    redirection.addFlashAttribute("succes", "Version " + v.version() + " du modèle enregistrée : "
                            + "elle servira pour les prochains messages.");
                    return "redirect:/notifications/modeles?code=" + code;
                }
                modele.addAttribute("apercuObjet", objet.apercu());
                modele.addAttribute("apercuCorps", corps.apercu());
                int sms = Gsm7.longueur(Gsm7.adapter(corps.apercu()));
                modele.addAttribute("apercuSms", sms >= 0 && sms <= 160 ? "Tient en un seul SMS (" + sms + " caractères sur 160)."
                        : "Attention : ce texte dépasse un SMS (" + (sms < 0 ? "caractères hors alphabet SMS" : sms + " caractères sur 160")
                        + ") ; il partira en plusieurs SMS.");
            } catch (EntreeInvalide e) {
                erreurs.put(e.champ(), e.raison());
            }
        }
        modele.addAttribute("saisie", saisie);
        modele.addAttribute("erreurs", erreurs);
        return page(code, modele);
    }

    private static Gabarit lire(Map<String, String> erreurs, String champ, String texte) {
        try {
            return Gabarit.lire(champ, texte);
        } catch (EntreeInvalide e) {
            erreurs.put(champ, (champ.equals("objet") ? "Objet : " : "Message : ") + e.raison());
            return null;
        }
    }
}
