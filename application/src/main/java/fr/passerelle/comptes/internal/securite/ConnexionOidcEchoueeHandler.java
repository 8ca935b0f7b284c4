package fr.passerelle.comptes.internal.securite;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** Échec OIDC : retour à la page de connexion avec un code de motif (jamais le détail technique). */
@Component
class ConnexionOidcEchoueeHandler implements AuthenticationFailureHandler {

    private static final Set<String> MOTIFS_CONNUS = Set.of(ProvisionnementOidcService.COMPTE_INCONNU,
            ProvisionnementOidcService.ROLE_REFUSE, ProvisionnementOidcService.EMAIL_ABSENT);

    @Override
    public void onAuthenticationFailure(HttpServletRequest requete, HttpServletResponse reponse,
                                        AuthenticationException exception) throws IOException {
        String motif = "oidc";
        if (exception instanceof OAuth2AuthenticationException oauth
                && MOTIFS_CONNUS.contains(oauth.getError().getErrorCode())) {
            motif = oauth.getError().getErrorCode();
        }
        reponse.sendRedirect(requete.getContextPath() + "/connexion?refus=" + motif);
    }
}
