package fr.passerelle.mandats.internal.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.mandats.internal.ServiceMandats;
import fr.passerelle.mandats.internal.domaine.Mandat;
import fr.passerelle.mandats.internal.domaine.MandatInvalide;
import fr.passerelle.structures.ReferentielStructures;
import fr.passerelle.structures.Structure;

/** « Mes mandats » : la personne voit qui peut agir pour elle, dans quoi, jusqu'à quand, et retire un mandat. */
@Controller
class MesMandatsController {

    private final ServiceMandats mandats;
    private final ReferentielStructures structures;

    MesMandatsController(ServiceMandats mandats, ReferentielStructures structures) {
        this.mandats = mandats;
        this.structures = structures;
    }

    @GetMapping("/mes-mandats")
    String liste(@AuthenticationPrincipal CompteAuthentifie principal, Model modele) {
        modele.addAttribute("mandats", mandats.deLaPersonne(principal.compte().id()).stream().map(this::vue).toList());
        return "mandats/mes-mandats";
    }

    @PostMapping("/mes-mandats/{mandatId}/retirer")
    String retirer(@AuthenticationPrincipal CompteAuthentifie principal, @PathVariable long mandatId,
                   RedirectAttributes redirection) {
        try {
            Mandat retire = mandats.retirerDepuisEspace(principal.compte(), mandatId);
            redirection.addFlashAttribute("succes", "C'est fait : " + vue(retire).structure()
                    + " ne peut plus agir pour vous sous ce mandat.");
        } catch (MandatInvalide e) {
            redirection.addFlashAttribute("erreur", e.raison());
        }
        return "redirect:/mes-mandats";
    }

    private MandatVue vue(Mandat m) {
        return MandatVue.de(m, structures.structure(m.structureId()).map(Structure::nom)
                .orElse("structure n° " + m.structureId()), mandats.maintenant());
    }
}
