package fr.passerelle.ateliers.internal.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.passerelle.ateliers.internal.ServiceAteliers;
import fr.passerelle.ateliers.internal.ServiceAteliers.Refus;
import fr.passerelle.ateliers.internal.ServiceJourJ;
import fr.passerelle.ateliers.internal.domaine.Inscrit;
import fr.passerelle.ateliers.internal.domaine.TypeLieu;
import fr.passerelle.ateliers.internal.persistance.AteliersJdbc;
import fr.passerelle.ateliers.internal.persistance.AteliersJdbc.AtelierLigne;
import fr.passerelle.ateliers.internal.persistance.JourJJdbc;

/** Pages du coordinateur : campagnes de l'année, préparation d'un atelier (date, commune, lieu, tables, bénévoles). */
@Controller
class CampagnesController {

    private final ServiceAteliers service;
    private final AteliersJdbc ateliers;
    private final JourJJdbc jourJ;
    private final ServiceJourJ serviceJourJ;

    CampagnesController(ServiceAteliers service, AteliersJdbc ateliers, JourJJdbc jourJ, ServiceJourJ serviceJourJ) {
        this.service = service;
        this.ateliers = ateliers;
        this.jourJ = jourJ;
        this.serviceJourJ = serviceJourJ;
    }

    @GetMapping("/ateliers/campagnes")
    String campagnes(@RequestParam Optional<Integer> annee, Model modele) {
        int an = annee.orElse(service.aujourdhui().getYear() + 1);
        modele.addAttribute("annee", an);
        modele.addAttribute("ateliers", ateliers.ateliers(an));
        modele.addAttribute("chiffres", jourJ.chiffresParCampagne(an));
        modele.addAttribute("campagnesAnnee", ateliers.campagnes(an));
        if (!modele.containsAttribute("erreurs")) {
            modele.addAttribute("erreurs", Map.of());
        }
        if (!modele.containsAttribute("saisieAnnee")) {
            modele.addAttribute("saisieAnnee", String.valueOf(an));
        }
        return "ateliers/campagnes";
    }

    @PostMapping("/ateliers/campagnes/generer")
    String generer(@RequestParam(defaultValue = "") String annee, Model modele, RedirectAttributes redirection) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        Integer an = Saisie.entier("annee", "Année", annee, 2000, 2100, true, erreurs);
        if (an != null) {
            try {
                int n = service.genererAnnee(an);
                redirection.addFlashAttribute("succes", n == 0 ? "Les quatre trimestres de " + an + " étaient déjà planifiés : rien n'a changé."
                        : n + " ateliers proposés pour " + an + ". Déplacez-les si besoin (du 15 au 20 du mois).");
                return "redirect:/ateliers/campagnes?annee=" + an;
            } catch (Refus r) {
                erreurs.put(r.champ(), r.getMessage());
            }
        }
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("saisieAnnee", annee);
        return campagnes(Optional.ofNullable(an).filter(a -> erreurs.isEmpty()), modele);
    }

    @GetMapping("/ateliers/{id}")
    String atelier(@PathVariable long id, Model modele) {
        AtelierLigne a = service.atelier(id);
        modele.addAttribute("atelier", a);
        modele.addAttribute("tables", ateliers.tables(id));
        modele.addAttribute("benevoles", ateliers.benevoles(id));
        modele.addAttribute("inscriptions", ateliers.inscriptions(id));
        modele.addAttribute("manques", service.manques(a));
        modele.addAttribute("typesLieu", TypeLieu.values());
        modele.addAttribute("chiffres", jourJ.chiffres(id));
        modele.addAttribute("resultats", serviceJourJ.resultats(a));
        if (!modele.containsAttribute("erreurs")) {
            modele.addAttribute("erreurs", Map.of());
        }
        if (!modele.containsAttribute("saisie")) {
            Map<String, String> saisie = new LinkedHashMap<>();
            saisie.put("jour", a.jour().toString());
            saisie.put("commune", a.codeCommune());
            saisie.put("typeLieu", a.typeLieu() == null ? "" : a.typeLieu().name());
            saisie.put("adresse", a.adresse());
            saisie.put("contactMairie", a.contactMairie());
            saisie.put("accordMaire", a.accordMaireLe() == null ? "" : a.accordMaireLe().toString());
            saisie.put("capacite", a.capacite() == null ? "" : a.capacite().toString());
            saisie.put("accessibilite", a.accessibilite());
            modele.addAttribute("saisie", saisie);
        }
        return "ateliers/atelier";
    }

    private String erreur(long id, Map<String, String> erreurs, Map<String, String> saisie, Model modele) {
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("saisie", saisie);
        return atelier(id, modele);
    }

    private static String retour(long id, RedirectAttributes redirection, String message) {
        redirection.addFlashAttribute("succes", message);
        return "redirect:/ateliers/" + id;
    }

    @PostMapping("/ateliers/{id}/date")
    String deplacer(@PathVariable long id, @RequestParam Map<String, String> saisie, Model modele, RedirectAttributes redirection) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        Optional<LocalDate> jour = Saisie.date("jour", "Date", saisie.get("jour"), true, erreurs);
        if (jour.isPresent()) {
            try {
                service.deplacer(id, jour.get());
                return retour(id, redirection, "Atelier déplacé au " + jour.get().format(ServiceAteliersFormats.JOUR) + ".");
            } catch (Refus r) {
                erreurs.put(r.champ(), r.getMessage());
            }
        }
        return erreur(id, erreurs, saisie, modele);
    }

    @PostMapping("/ateliers/{id}/commune")
    String commune(@PathVariable long id, @RequestParam Map<String, String> saisie, Model modele, RedirectAttributes redirection) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        String code = Saisie.texte("commune", "Commune (code INSEE)", saisie.get("commune"), 5, true, erreurs);
        if (erreurs.isEmpty()) {
            try {
                return retour(id, redirection, "Commune choisie : " + service.changerCommune(id, code).nom() + ".");
            } catch (Refus r) {
                erreurs.put(r.champ(), r.getMessage());
            }
        }
        return erreur(id, erreurs, saisie, modele);
    }

    @PostMapping("/ateliers/{id}/lieu")
    String lieu(@PathVariable long id, @RequestParam Map<String, String> saisie, Model modele, RedirectAttributes redirection) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        TypeLieu type = null;
        try {
            type = TypeLieu.valueOf(saisie.getOrDefault("typeLieu", ""));
        } catch (IllegalArgumentException e) {
            erreurs.put("typeLieu", "Type de lieu : choisissez une salle, un bus, un camping-car ou un point en extérieur.");
        }
        String adresse = Saisie.texte("adresse", "Adresse ou emplacement", saisie.get("adresse"), 300, true, erreurs);
        String contact = Saisie.texte("contactMairie", "Contact en mairie", saisie.get("contactMairie"), 200, type == TypeLieu.SALLE_MAIRIE, erreurs);
        Optional<LocalDate> accord = Saisie.date("accordMaire", "Accord du maire", saisie.get("accordMaire"), false, erreurs);
        Integer capacite = Saisie.entier("capacite", "Capacité", saisie.get("capacite"), 1, 2000, true, erreurs);
        String accessibilite = Saisie.texte("accessibilite", "Accessibilité", saisie.get("accessibilite"), 300, true, erreurs);
        if (accord.isPresent() && accord.get().isAfter(service.aujourdhui())) {
            erreurs.put("accordMaire", "Accord du maire : la date ne peut pas être dans le futur ; enregistrez l'accord une fois donné.");
        }
        if (erreurs.isEmpty()) {
            ateliers.changerLieu(id, type, adresse, contact, accord.orElse(null), capacite, accessibilite);
            return retour(id, redirection, "Lieu enregistré : " + type.libelle() + ".");
        }
        return erreur(id, erreurs, saisie, modele);
    }

    @PostMapping("/ateliers/{id}/tables")
    String table(@PathVariable long id, @RequestParam Map<String, String> saisie, Model modele, RedirectAttributes redirection) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        String administration = Saisie.texte("administration", "Administration", saisie.get("administration"), 200, true, erreurs);
        String nom = Saisie.texte("agentNom", "Nom de l'agent", saisie.get("agentNom"), 120, true, erreurs);
        String courriel = Saisie.courriel("agentCourriel", saisie.get("agentCourriel"), true, erreurs);
        if (erreurs.isEmpty()) {
            service.atelier(id);
            long table = ateliers.tables(id).stream().filter(t -> t.administration().equalsIgnoreCase(administration))
                    .map(AteliersJdbc.TableLigne::id).findFirst()
                    .orElseGet(() -> ateliers.ajouterTable(id, administration, null));
            ateliers.ajouterAgent(table, nom, courriel);
            return retour(id, redirection, nom + " ajouté(e) à la table « " + administration + " ».");
        }
        return erreur(id, erreurs, saisie, modele);
    }

    @PostMapping("/ateliers/{id}/benevoles")
    String benevole(@PathVariable long id, @RequestParam Map<String, String> saisie, Model modele, RedirectAttributes redirection) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        String nom = Saisie.texte("benevoleNom", "Nom du bénévole", saisie.get("benevoleNom"), 120, true, erreurs);
        String courriel = Saisie.courriel("benevoleCourriel", saisie.get("benevoleCourriel"), true, erreurs);
        Optional<LocalDate> forme = Saisie.date("formeLe", "Formation suivie le", saisie.get("formeLe"), false, erreurs);
        if (erreurs.isEmpty()) {
            service.atelier(id);
            ateliers.ajouterBenevole(id, nom, courriel, forme.orElse(null));
            return retour(id, redirection, nom + " ajouté(e) aux bénévoles" + (forme.isEmpty() ? " (formation à suivre avant l'atelier)." : "."));
        }
        return erreur(id, erreurs, saisie, modele);
    }

    @PostMapping("/ateliers/{id}/invitations")
    String inviter(@PathVariable long id, RedirectAttributes redirection) {
        int n = service.inviter(id);
        return retour(id, redirection, n == 0 ? "Tout le monde était déjà invité." : n + " invitations envoyées par courriel.");
    }

    @PostMapping("/ateliers/{id}/confirmations/{qui}/{personne}")
    String aConfirme(@PathVariable long id, @PathVariable String qui, @PathVariable long personne, RedirectAttributes redirection) {
        if (!qui.equals("agent") && !qui.equals("benevole") || !ateliers.marquerConfirme(qui, id, personne)) {
            throw new Refus("confirmation", "Personne inconnue pour cet atelier.");
        }
        return retour(id, redirection, "Venue confirmée.");
    }

    @PostMapping("/ateliers/{id}/confirmer")
    String confirmer(@PathVariable long id, Model modele, RedirectAttributes redirection) {
        try {
            service.confirmer(id);
            return retour(id, redirection, "Atelier confirmé.");
        } catch (Refus r) {
            Map<String, String> erreurs = new LinkedHashMap<>();
            erreurs.put(r.champ(), r.getMessage());
            modele.addAttribute("erreurs", erreurs);
            return atelier(id, modele);
        }
    }

    /** Inscription par un aidant : au guichet, ou par téléphone (saisie par l'aidant). */
    @GetMapping("/ateliers/{id}/inscriptions")
    String inscriptions(@PathVariable long id, Model modele) {
        modele.addAttribute("atelier", service.atelier(id));
        modele.addAttribute("inscriptions", ateliers.inscriptions(id));
        if (!modele.containsAttribute("erreurs")) {
            modele.addAttribute("erreurs", Map.of());
            modele.addAttribute("saisie", Map.of());
        }
        return "ateliers/inscriptions";
    }

    @PostMapping("/ateliers/{id}/inscriptions")
    String inscrire(@PathVariable long id, @RequestParam Map<String, String> saisie, Model modele, RedirectAttributes redirection) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        String origine = saisie.getOrDefault("origine", "");
        if (!List.of("AIDANT", "TELEPHONE").contains(origine)) {
            erreurs.put("origine", "Comment la personne s'inscrit : choisissez « au guichet » ou « par téléphone ».");
        }
        Optional<Inscrit> inscrit = lireInscrit(saisie, "TELEPHONE".equals(origine), erreurs);
        if (inscrit.isPresent()) {
            try {
                service.inscrire(id, inscrit.get(), origine);
                redirection.addFlashAttribute("succes", inscrit.get().nom() + " est inscrite. Un rappel partira la veille.");
                return "redirect:/ateliers/" + id + "/inscriptions";
            } catch (Refus r) {
                erreurs.put(r.champ(), r.getMessage());
            }
        }
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("saisie", saisie);
        return inscriptions(id, modele);
    }

    static Optional<Inscrit> lireInscrit(Map<String, String> saisie, boolean telephoneObligatoire, Map<String, String> erreurs) {
        String nom = Saisie.texte("nom", "Nom", saisie.get("nom"), 120, true, erreurs);
        String telephone = Saisie.telephone("telephone", saisie.get("telephone"), telephoneObligatoire, erreurs);
        String courriel = Saisie.courriel("courriel", saisie.get("courriel"), false, erreurs);
        return erreurs.isEmpty() ? Optional.of(new Inscrit(nom, telephone, courriel)) : Optional.empty();
    }
}
