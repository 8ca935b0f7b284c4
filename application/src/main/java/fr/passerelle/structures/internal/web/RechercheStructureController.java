package fr.passerelle.structures.internal.web;

import java.util.Arrays;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;

import fr.passerelle.structures.ReferentielStructures;
import fr.passerelle.structures.TypeStructure;

/** Recherche publique des lieux d'accompagnement par code postal (formulaire GET, fonctionne sans JavaScript). */
@Controller
class RechercheStructureController {

    private final ReferentielStructures referentiel;

    RechercheStructureController(ReferentielStructures referentiel) {
        this.referentiel = referentiel;
    }

    @GetMapping("/structures/recherche")
    String rechercher(@Valid RechercheStructureFormulaire formulaire, BindingResult erreurs, Model modele) {
        modele.addAttribute("types", TypeStructure.values());
        if (formulaire.getCodePostal() == null) {
            // Première visite : formulaire vierge, sans message d'erreur.
            modele.addAttribute("rechercheStructureFormulaire", new RechercheStructureFormulaire());
            return "structures/recherche";
        }
        if (erreurs.hasErrors()) {
            return "structures/recherche";
        }
        Optional<TypeStructure> type = Arrays.stream(TypeStructure.values())
                .filter(t -> t.name().equals(formulaire.getType())).findFirst();
        modele.addAttribute("resultats", referentiel.structuresProches(formulaire.codePostalNormalise(), type));
        return "structures/recherche";
    }
}
