package fr.passerelle.comptes.internal.securite;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.comptes.internal.ComptesService;

/** Après connexion : note la date de connexion puis mène à « Mon espace » (ou à la page demandée). */
@Component
class ConnexionReussieHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final ComptesService comptes;

    ConnexionReussieHandler(ComptesService comptes) {
        this.comptes = comptes;
        setDefaultTargetUrl("/mon-espace");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest requete, HttpServletResponse reponse,
                                        Authentication authentification) throws ServletException, IOException {
        if (authentification.getPrincipal() instanceof CompteAuthentifie principal) {
            comptes.noterConnexion(principal.compte().id());
        }
        super.onAuthenticationSuccess(requete, reponse, authentification);
    }
}
