package fr.passerelle.proactif.internal.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.mandats.DecisionAcces;
import fr.passerelle.mandats.Mandats;
import fr.passerelle.mandats.Perimetre;
import fr.passerelle.proactif.internal.domaine.PrestationExpliquee;
import fr.passerelle.proactif.internal.persistance.DepistagesJdbc;

/**
 * La liste de l'aidant : les droits trouvés par un dépistage pour les personnes que sa structure accompagne.
 * Seulement les dossiers de sa structure (filtre en base) ; le détail (droit, montant) n'est montré que sous
 * mandat actif couvrant les prestations sociales, sinon la raison du refus.
 */
@Controller
class ConstatsAidantController {

    private final DepistagesJdbc stockage;
    private final Mandats mandats;

    ConstatsAidantController(DepistagesJdbc stockage, Mandats mandats) {
        this.stockage = stockage;
        this.mandats = mandats;
    }

    /** Une tâche telle que l'aidant la voit : détail visible sous mandat, sinon la raison. */
    record TacheVue(long dossierId, String identifiant, String constat, String droit, String montant, String suite, String refus) {
    }

    @GetMapping("/aidant/constats")
    String liste(@AuthenticationPrincipal CompteAuthentifie principal, Model modele) {
        CompteConnecte aidant = principal.compte();
        List<TacheVue> taches = new ArrayList<>();
        if (aidant.structureId().isPresent()) {
            for (DepistagesJdbc.Tache t : stockage.tachesDeStructure(aidant.structureId().get())) {
                taches.add(switch (mandats.decider(aidant, t.dossierId(), Perimetre.PRESTATIONS_SOCIALES)) {
                    case DecisionAcces.Autorise a -> {
                        PrestationExpliquee p = PrestationExpliquee.de(t.prestation()).orElseThrow();
                        String montant = p.montantEnMots(t.montantCentimes());
                        boolean aVerifier = "A_VERIFIER".equals(t.nature());
                        yield new TacheVue(t.dossierId(), t.identifiant(),
                                aVerifier ? "perçu, peut-être perdu : à vérifier avec la personne (jamais à couper)" : "à demander",
                                p.libelle(), montant.isEmpty() ? "—" : montant,
                                aVerifier ? "pas de message à la personne" : suite(t.suite(), t.canal()), null);
                    }
                    case DecisionAcces.Refuse r -> new TacheVue(t.dossierId(), null, null, null, null, null, r.raison());
                });
            }
        }
        modele.addAttribute("taches", taches);
        modele.addAttribute("sansStructure", aidant.structureId().isEmpty());
        return "proactif/constats-aidant";
    }

    private static String suite(String suite, String canal) {
        return switch (suite) {
            case "PREVENU" -> "prévenue (" + fr.passerelle.notifications.Canal.valueOf(canal).libelle().toLowerCase() + ")";
            case "NON_PREVENU_SANS_CANAL" -> "non prévenue : aucun moyen de contact accepté — à appeler ou recevoir";
            default -> suite;
        };
    }
}
