package fr.passerelle.ateliers.internal.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.passerelle.ateliers.internal.ServiceAteliers;
import fr.passerelle.ateliers.internal.ServiceJourJ;
import fr.passerelle.ateliers.internal.domaine.ResultatsAteliers;
import fr.passerelle.ateliers.internal.domaine.ResultatsAteliers.Chiffres;
import fr.passerelle.ateliers.internal.persistance.AteliersJdbc;
import fr.passerelle.ateliers.internal.persistance.AteliersJdbc.AtelierLigne;

/**
 * Résultats par atelier et par campagne : personnes rencontrées, droits découverts et leur montant annuel, démarches
 * faites, suivis créés et suivis encore ouverts 30 jours après (état relu dans les dossiers).
 */
@Controller
class ResultatsAteliersController {

    private final ServiceAteliers service;
    private final ServiceJourJ jourJ;
    private final AteliersJdbc ateliers;

    ResultatsAteliersController(ServiceAteliers service, ServiceJourJ jourJ, AteliersJdbc ateliers) {
        this.service = service;
        this.jourJ = jourJ;
        this.ateliers = ateliers;
    }

    @GetMapping("/ateliers/resultats")
    String resultats(@RequestParam Optional<String> annee, Model modele) {
        int an = service.aujourdhui().getYear();
        String erreur = null;
        if (annee.isPresent() && !annee.get().isBlank()) {
            try {
                an = Integer.parseInt(annee.get().strip());
                if (an < 2000 || an > 2100) {
                    erreur = "Année : indiquez une année entre 2000 et 2100.";
                    an = service.aujourdhui().getYear();
                }
            } catch (NumberFormatException e) {
                erreur = "Année : « " + annee.get() + " » n'est pas une année en chiffres (par exemple 2027).";
            }
        }
        List<AtelierLigne> liste = ateliers.ateliers(an);
        Map<Long, Chiffres> parAtelier = jourJ.resultats(liste);
        modele.addAttribute("annee", an);
        modele.addAttribute("saisieAnnee", annee.orElse(String.valueOf(an)));
        modele.addAttribute("erreurs", erreur == null ? Map.of() : Map.of("annee", erreur));
        modele.addAttribute("ateliers", liste.stream().map(a -> new Ligne(a, parAtelier.get(a.id()))).toList());
        modele.addAttribute("campagnes", jourJ.resultatsParCampagne(an, parAtelier));
        modele.addAttribute("delai", ResultatsAteliers.DELAI_SUIVI.toDays());
        return "ateliers/resultats";
    }

    record Ligne(AtelierLigne atelier, Chiffres chiffres) {
    }
}
