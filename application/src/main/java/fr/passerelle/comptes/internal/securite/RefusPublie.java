package fr.passerelle.comptes.internal.securite;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

import fr.passerelle.comptes.AccesRefuseParRole;
import fr.passerelle.comptes.CompteAuthentifie;

/** Refus d'accès d'un compte connecté : publié en événement, puis réponse 403 habituelle (page d'erreur DSFR). */
class RefusPublie implements AccessDeniedHandler {

    private final ApplicationEventPublisher evenements;
    private final AccessDeniedHandler suite = new AccessDeniedHandlerImpl();

    RefusPublie(ApplicationEventPublisher evenements) {
        this.evenements = evenements;
    }

    @Override
    public void handle(HttpServletRequest requete, HttpServletResponse reponse, AccessDeniedException refus)
            throws IOException, ServletException {
        Authentication authentification = SecurityContextHolder.getContext().getAuthentication();
        if (authentification != null && authentification.getPrincipal() instanceof CompteAuthentifie principal) {
            String chemin = requete.getRequestURI().substring(requete.getContextPath().length());
            evenements.publishEvent(new AccesRefuseParRole(principal.compte(), requete.getMethod(), chemin,
                    refus instanceof CsrfException ? "jeton de formulaire invalide" : "rôle non autorisé"));
        }
        suite.handle(requete, reponse, refus);
    }
}
