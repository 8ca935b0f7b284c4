package fr.passerelle.accueil.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Pages d'erreur DSFR (gabarits {@code accueil/erreurs/*}) : jamais de trace technique. */
@Component
class PagesErreurResolver implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest requete, HttpStatus statut, Map<String, Object> modele) {
        String vue = switch (statut) {
            case NOT_FOUND, METHOD_NOT_ALLOWED -> "accueil/erreurs/404";
            case FORBIDDEN, UNAUTHORIZED -> "accueil/erreurs/403";
            default -> statut.is4xxClientError() ? "accueil/erreurs/400" : "accueil/erreurs/500";
        };
        ModelAndView page = new ModelAndView(vue, statut);
        page.addObject("statut", statut.value());
        return page;
    }
}
