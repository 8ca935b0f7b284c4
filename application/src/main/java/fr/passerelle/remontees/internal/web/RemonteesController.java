package fr.passerelle.remontees.internal.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.remontees.internal.domaine.Administrations;
import fr.passerelle.remontees.internal.domaine.Nature;
import fr.passerelle.remontees.internal.domaine.Origine;
import fr.passerelle.remontees.internal.domaine.RapportPropositions;
import fr.passerelle.remontees.internal.domaine.Remontee;
import fr.passerelle.remontees.internal.persistance.RemonteesJdbc;

/**
 * Saisie des remontées (professionnels et « je donne mon avis »), agrégation, rapport de propositions par
 * administration (PDF et CSV) et réponses des administrations.
 */
@Controller
class RemonteesController {

    private final RemonteesJdbc remontees;
    private final RapportPdf pdf;
    private final Clock horloge;

    RemonteesController(RemonteesJdbc remontees, RapportPdf pdf, Clock horloge) {
        this.remontees = remontees;
        this.pdf = pdf;
        this.horloge = horloge;
    }

    private void listes(Model modele) {
        modele.addAttribute("administrations", Administrations.LISTE);
        modele.addAttribute("natures", Nature.values());
        if (!modele.containsAttribute("erreurs")) {
            modele.addAttribute("erreurs", Map.of());
        }
    }

    @GetMapping("/remontees/saisie")
    String saisie(@RequestParam(required = false) String atelier, Model modele) {
        listes(modele);
        modele.addAttribute("origines", List.of(Origine.ATELIER, Origine.GUICHET, Origine.TELEPHONE));
        if (!modele.containsAttribute("saisie")) {
            Map<String, String> saisie = new LinkedHashMap<>();
            saisie.put("personnes", "1");
            if (atelier != null && atelier.matches("\\d{1,12}")) {
                saisie.put("atelier", atelier);
                saisie.put("origine", Origine.ATELIER.name());
            }
            modele.addAttribute("saisie", saisie);
        }
        return "remontees/saisie";
    }

    @PostMapping("/remontees/saisie")
    String enregistrer(@RequestParam Map<String, String> saisie, Model modele, RedirectAttributes redirection) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        Origine origine = null;
        try {
            origine = Origine.valueOf(saisie.getOrDefault("origine", ""));
            if (origine == Origine.AVIS_PERSONNE) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            erreurs.put("origine", "D'où vient la difficulté : choisissez atelier, guichet ou téléphone.");
        }
        Long atelier = null;
        String a = saisie.getOrDefault("atelier", "").strip();
        if (!a.isEmpty()) {
            if (a.matches("\\d{1,12}")) {
                atelier = Long.parseLong(a);
            } else {
                erreurs.put("atelier", "Numéro d'atelier : « " + a + " » n'est pas un numéro.");
            }
        }
        Optional<Remontee> r = lire(saisie, origine, atelier, erreurs, false);
        if (r.isPresent()) {
            remontees.enregistrer(r.get());
            redirection.addFlashAttribute("succes", "Difficulté enregistrée pour « " + r.get().demarche() + " » (" + r.get().administration() + ").");
            return "redirect:/remontees/saisie" + (atelier == null ? "" : "?atelier=" + atelier);
        }
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("saisie", saisie);
        return saisie(null, modele);
    }

    @GetMapping("/je-donne-mon-avis")
    String avis(Model modele) {
        listes(modele);
        if (!modele.containsAttribute("saisie")) {
            modele.addAttribute("saisie", Map.of());
        }
        return "remontees/avis";
    }

    @PostMapping("/je-donne-mon-avis")
    String donnerAvis(@RequestParam Map<String, String> saisie, Model modele) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        Map<String, String> complete = new LinkedHashMap<>(saisie);
        complete.put("personnes", "1");
        Optional<Remontee> r = lire(complete, Origine.AVIS_PERSONNE, null, erreurs, true);
        if (r.isPresent()) {
            remontees.enregistrer(r.get());
            modele.addAttribute("merci", true);
            modele.addAttribute("saisie", Map.of());
        } else {
            modele.addAttribute("saisie", saisie);
        }
        modele.addAttribute("erreurs", erreurs);
        return avis(modele);
    }

    private Optional<Remontee> lire(Map<String, String> saisie, Origine origine, Long atelier, Map<String, String> erreurs,
                                    boolean public_) {
        String administration = saisie.getOrDefault("administration", "");
        if (public_ && Administrations.NE_SAIT_PAS.equals(administration)) {
            administration = "Autre";
        } else if (!Administrations.LISTE.contains(administration)) {
            erreurs.put("administration", public_ ? "Organisme : choisissez dans la liste (ou « Je ne sais pas »)."
                    : "Administration : choisissez dans la liste.");
        }
        String demarche = texte("demarche", public_ ? "Démarche" : "Démarche", saisie.get("demarche"), 200, true, erreurs);
        String etape = texte("etape", "Étape", saisie.get("etape"), 200, false, erreurs);
        Nature nature = null;
        try {
            nature = Nature.valueOf(saisie.getOrDefault("nature", ""));
        } catch (IllegalArgumentException e) {
            erreurs.put("nature", public_ ? "Ce qui bloque : choisissez une réponse." : "Nature de la difficulté : choisissez une nature.");
        }
        String texte = texte("texte", public_ ? "Racontez" : "Texte libre", saisie.get("texte"), 2000, false, erreurs);
        int personnes = 0;
        String p = saisie.getOrDefault("personnes", "").strip();
        try {
            personnes = Integer.parseInt(p);
            if (personnes < 1 || personnes > 10_000) {
                erreurs.put("personnes", "Nombre de personnes : entre 1 et 10 000.");
            }
        } catch (NumberFormatException e) {
            erreurs.put("personnes", "Nombre de personnes : « " + p + " » n'est pas un nombre en chiffres.");
        }
        if (!erreurs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Remontee(null, administration, demarche, etape, nature, texte, personnes, origine, atelier,
                OffsetDateTime.now(horloge)));
    }

    private static String texte(String champ, String libelle, String valeur, int max, boolean obligatoire, Map<String, String> erreurs) {
        String v = valeur == null ? "" : valeur.strip();
        if (v.isEmpty() && obligatoire) {
            erreurs.put(champ, libelle + " : ce champ est obligatoire.");
        } else if (v.length() > max) {
            erreurs.put(champ, libelle + " : " + max + " caractères au plus (" + v.length() + " saisis).");
        }
        return v.isEmpty() ? null : v;
    }

    @GetMapping("/remontees")
    String tableau(Model modele) {
        listes(modele);
        modele.addAttribute("parAdministration", remontees.parAdministration());
        modele.addAttribute("parDemarche", remontees.parDemarche());
        modele.addAttribute("reponses", remontees.reponses());
        if (!modele.containsAttribute("saisie")) {
            modele.addAttribute("saisie", Map.of());
        }
        return "remontees/tableau";
    }

    @GetMapping("/remontees/rapport")
    String rapport(@RequestParam String administration, Model modele) {
        modele.addAttribute("rapport", RapportPropositions.pour(administration, remontees.deLAdministration(administration)));
        return "remontees/rapport";
    }

    @GetMapping("/remontees/rapport.csv")
    ResponseEntity<byte[]> rapportCsv(@RequestParam String administration) {
        RapportPropositions r = RapportPropositions.pour(administration, remontees.deLAdministration(administration));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] corps = r.csv().getBytes(StandardCharsets.UTF_8);
        byte[] tout = new byte[bom.length + corps.length];
        System.arraycopy(bom, 0, tout, 0, bom.length);
        System.arraycopy(corps, 0, tout, bom.length, corps.length);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("propositions.csv").build().toString())
                .body(tout);
    }

    @GetMapping("/remontees/rapport.pdf")
    ResponseEntity<byte[]> rapportPdf(@RequestParam String administration) {
        RapportPropositions r = RapportPropositions.pour(administration, remontees.deLAdministration(administration));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("propositions.pdf").build().toString())
                .body(pdf.ecrire(r, LocalDate.now(horloge)));
    }

    @PostMapping("/remontees/reponses")
    String repondre(@RequestParam Map<String, String> saisie, @AuthenticationPrincipal CompteAuthentifie principal,
                    Model modele, RedirectAttributes redirection) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        String administration = saisie.getOrDefault("reponseAdministration", "");
        if (!Administrations.LISTE.contains(administration)) {
            erreurs.put("reponseAdministration", "Administration : choisissez dans la liste.");
        }
        LocalDate recue = null;
        String d = saisie.getOrDefault("recueLe", "").strip();
        try {
            recue = d.contains("/") ? LocalDate.parse(d, DateTimeFormatter.ofPattern("d/M/uuuu")) : LocalDate.parse(d);
            if (recue.isAfter(LocalDate.now(horloge))) {
                erreurs.put("recueLe", "Reçue le : la date ne peut pas être dans le futur.");
            }
        } catch (DateTimeParseException e) {
            erreurs.put("recueLe", "Reçue le : « " + d + " » n'est pas une date lisible (par exemple 12/01/2027).");
        }
        String texte = texte("reponse", "Réponse de l'administration", saisie.get("reponse"), 4000, true, erreurs);
        if (erreurs.isEmpty()) {
            remontees.repondre(administration, recue, texte, principal.compte().email(), OffsetDateTime.now(horloge));
            redirection.addFlashAttribute("succes", "Réponse de « " + administration + " » enregistrée.");
            return "redirect:/remontees";
        }
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("saisie", saisie);
        return tableau(modele);
    }
}
