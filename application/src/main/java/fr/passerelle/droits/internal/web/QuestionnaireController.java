package fr.passerelle.droits.internal.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.comptes.Role;
import fr.passerelle.droits.internal.domaine.Etape;
import fr.passerelle.droits.internal.domaine.Handicap;
import fr.passerelle.droits.internal.domaine.Logement;
import fr.passerelle.droits.internal.domaine.Questionnaire;
import fr.passerelle.droits.internal.domaine.RepertoireCommunes;
import fr.passerelle.droits.internal.persistance.SituationsEnregistrees;

/**
 * Le questionnaire « Mes droits », une page par étape, en formulaires POST classiques (aucun JavaScript).
 * Les réponses restent dans la session HTTP (mémoire du serveur, jamais en base sans consentement) ;
 * « Précédent » enregistre la page sans la vérifier, pour que rien ne soit perdu.
 */
@Controller
class QuestionnaireController {

    static final String SESSION = "mesdroits.questionnaire";
    /** Dossier de la personne pour qui l'aidant fait le questionnaire (module dossiers), s'il y en a un. */
    static final String DOSSIER = "mesdroits.dossier";

    private final RepertoireCommunes communes;
    private final SituationsEnregistrees situations;

    QuestionnaireController(RepertoireCommunes communes, SituationsEnregistrees situations) {
        this.communes = communes;
        this.situations = situations;
    }

    static Questionnaire questionnaire(HttpSession session) {
        Questionnaire q = (Questionnaire) session.getAttribute(SESSION);
        if (q == null) {
            q = new Questionnaire();
            session.setAttribute(SESSION, q);
        }
        return q;
    }

    @GetMapping("/mes-droits")
    String accueil(HttpServletRequest requete, Model modele, @AuthenticationPrincipal CompteAuthentifie compte,
                   @RequestParam(name = "dossier", required = false) Long dossier) {
        if (dossier != null && compte != null && compte.compte().role() == Role.AIDANT) {
            HttpSession nouvelle = requete.getSession();
            // Une autre personne : ses réponses ne doivent pas reprendre celles de la précédente.
            if (!dossier.equals(nouvelle.getAttribute(DOSSIER))) {
                nouvelle.removeAttribute(SESSION);
            }
            nouvelle.setAttribute(DOSSIER, dossier);
        }
        HttpSession session = requete.getSession(false);
        modele.addAttribute("situationEnregistree", compte != null && compte.compte().role() == Role.USAGER
                && situations.lire(compte.compte().id()).isPresent());
        modele.addAttribute("dejaCommence", session != null && session.getAttribute(SESSION) != null);
        return "droits/accueil";
    }

    @PostMapping("/mes-droits/recommencer")
    String recommencer(HttpSession session) {
        session.removeAttribute(SESSION);
        return "redirect:/mes-droits/" + Etape.FOYER.segment();
    }

    @GetMapping("/mes-droits/{segment:foyer|famille|revenus|handicap|logement|loyer}")
    String afficher(@PathVariable String segment, HttpSession session, Model modele) {
        Etape etape = Etape.parSegment(segment);
        Questionnaire q = questionnaire(session);
        if (!etape.utile(q)) {
            return "redirect:/mes-droits/" + suivante(q, etape);
        }
        return page(etape, q, Map.of(), modele);
    }

    @PostMapping("/mes-droits/{segment:foyer|famille|revenus|handicap|logement|loyer}")
    String enregistrer(@PathVariable String segment, @RequestParam(defaultValue = "continuer") String action,
                       HttpServletRequest requete, HttpSession session, Model modele) {
        Etape etape = Etape.parSegment(segment);
        Questionnaire q = questionnaire(session);
        lire(etape, q, requete);
        if (etape == Etape.LOGEMENT) {
            q.resoudreCommune(communes);
        }
        if ("precedent".equals(action)) {
            Etape precedente = precedente(q, etape);
            return precedente == null ? "redirect:/mes-droits" : "redirect:/mes-droits/" + precedente.segment();
        }
        if (!"continuer".equals(action)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        Map<String, String> erreurs = q.verifier(etape, communes);
        if (!erreurs.isEmpty()) {
            return page(etape, q, erreurs, modele);
        }
        q.marquerValidee(etape);
        return "redirect:/mes-droits/" + suivante(q, etape);
    }

    private String page(Etape etape, Questionnaire q, Map<String, String> erreurs, Model modele) {
        List<Etape> parcours = Etape.parcours(q);
        int numero = parcours.indexOf(etape) + 1;
        modele.addAttribute("etape", etape);
        modele.addAttribute("numero", numero);
        modele.addAttribute("total", parcours.size());
        modele.addAttribute("etapeSuivante", numero < parcours.size() ? parcours.get(numero).titre() : "Vos résultats");
        modele.addAttribute("q", q);
        modele.addAttribute("erreurs", erreurs);
        modele.addAttribute("logements", Logement.values());
        modele.addAttribute("handicaps", Handicap.values());
        if (etape == Etape.LOGEMENT && !q.get("commune").isEmpty()) {
            var trouvees = communes.rechercher(q.get("commune"));
            if (trouvees.size() > 1) {
                modele.addAttribute("communesTrouvees", trouvees);
            }
            communes.parCle(q.get("communeChoisie")).ifPresent(c -> modele.addAttribute("communeRetenue", c));
        }
        return "droits/questionnaire";
    }

    private static void lire(Etape etape, Questionnaire q, HttpServletRequest requete) {
        switch (etape) {
            case FOYER -> champs(q, requete, "age", "couple", "enfants");
            case FAMILLE -> {
                champs(q, requete, "ageConjoint");
                for (int i = 0; i < q.nombreEnfantsDeclares(); i++) {
                    String v = requete.getParameter("ageEnfant" + i);
                    if (v != null) {
                        q.setAgeEnfant(i, v);
                    }
                }
            }
            case REVENUS -> {
                champs(q, requete, q.champsRevenus("").toArray(String[]::new));
                champs(q, requete, q.champsRevenus("Conjoint").toArray(String[]::new));
            }
            case HANDICAP -> champs(q, requete, "handicap", "handicapConjoint");
            case LOGEMENT -> champs(q, requete, "logement", "commune", "communeChoisie");
            case LOYER -> champs(q, requete, "loyer");
        }
    }

    private static void champs(Questionnaire q, HttpServletRequest requete, String... noms) {
        for (String nom : noms) {
            String v = requete.getParameter(nom);
            if (v != null) {
                q.set(nom, v.length() > 200 ? v.substring(0, 200) : v);
            }
        }
    }

    private static String suivante(Questionnaire q, Etape etape) {
        for (Etape e : Etape.values()) {
            if (e.ordinal() > etape.ordinal() && e.utile(q)) {
                return e.segment();
            }
        }
        return "resultats";
    }

    private static Etape precedente(Questionnaire q, Etape etape) {
        Etape trouvee = null;
        for (Etape e : Etape.values()) {
            if (e.ordinal() < etape.ordinal() && e.utile(q)) {
                trouvee = e;
            }
        }
        return trouvee;
    }
}
