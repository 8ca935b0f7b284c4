package fr.passerelle.comptes.internal.web;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Page de connexion : formulaire local (démonstration) et boutons FranceConnect / ProConnect s'ils sont configurés. */
@Controller
class ConnexionController {

    private static final Map<String, String> MOTIFS_REFUS = Map.of(
            "compte_inconnu", "Aucun compte professionnel Passerelle ne correspond à votre adresse électronique. "
                    + "Demandez à votre coordinateur de créer votre compte, puis réessayez.",
            "role_refuse", "Ce compte ne peut pas se connecter par ce service : les usagers utilisent FranceConnect, "
                    + "les professionnels ProConnect.",
            "email_absent", "Le service d'identité n'a pas transmis votre adresse électronique : la connexion est impossible.",
            "oidc", "La connexion par le service d'identité a échoué. Réessayez dans quelques instants.");

    private final ObjectProvider<ClientRegistrationRepository> registrations;

    ConnexionController(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    @GetMapping("/connexion")
    String connexion(@RequestParam(required = false) String erreur, @RequestParam(required = false) String refus,
                     Model modele) {
        modele.addAttribute("erreurIdentifiants", erreur != null);
        modele.addAttribute("motifRefus", refus == null ? null : MOTIFS_REFUS.getOrDefault(refus, MOTIFS_REFUS.get("oidc")));
        modele.addAttribute("franceConnect", configure("franceconnect"));
        modele.addAttribute("proConnect", configure("proconnect"));
        return "comptes/connexion";
    }

    private boolean configure(String registrationId) {
        ClientRegistrationRepository repo = registrations.getIfAvailable();
        return repo instanceof InMemoryClientRegistrationRepository && repo.findByRegistrationId(registrationId) != null;
    }
}
