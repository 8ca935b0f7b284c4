package fr.passerelle.comptes.internal.securite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Vrai pour une requête GET/HEAD qu'aucune route de l'application ne sait traiter.
 *
 * <p>Les règles d'accès refusent tout par défaut ; sans ce matcher, une adresse mal tapée mènerait une personne
 * non connectée à la page de connexion au lieu d'une page « introuvable ». Une route existante, elle, n'est
 * jamais concernée : elle doit avoir sa règle explicite.
 */
class RouteInconnueMatcher implements RequestMatcher {

    private final ApplicationContext contexte;
    private volatile List<HandlerMapping> mappings;

    RouteInconnueMatcher(ApplicationContext contexte) {
        this.contexte = contexte;
    }

    @Override
    public boolean matches(HttpServletRequest requete) {
        if (!"GET".equals(requete.getMethod()) && !"HEAD".equals(requete.getMethod())) {
            return false;
        }
        RequeteIsolee isolee = new RequeteIsolee(requete);
        ServletRequestPathUtils.parseAndCache(isolee);
        for (HandlerMapping mapping : mappings()) {
            try {
                if (mapping.getHandler(isolee) != null) {
                    return false;
                }
            } catch (Exception routeExistanteMaisRefusee) {
                return false;
            }
        }
        return true;
    }

    private List<HandlerMapping> mappings() {
        if (mappings == null) {
            List<HandlerMapping> trouves = new ArrayList<>(BeanFactoryUtils
                    .beansOfTypeIncludingAncestors(contexte, HandlerMapping.class, true, false).values());
            AnnotationAwareOrderComparator.sort(trouves);
            mappings = List.copyOf(trouves);
        }
        return mappings;
    }

    /** Requête dont les attributs posés par les HandlerMapping ne fuient pas vers la vraie requête. */
    private static final class RequeteIsolee extends HttpServletRequestWrapper {

        private final Map<String, Object> attributs = new HashMap<>();
        private final Set<String> retires = new HashSet<>();

        RequeteIsolee(HttpServletRequest requete) {
            super(requete);
        }

        @Override
        public Object getAttribute(String nom) {
            if (attributs.containsKey(nom)) {
                return attributs.get(nom);
            }
            return retires.contains(nom) ? null : super.getAttribute(nom);
        }

        @Override
        public void setAttribute(String nom, Object valeur) {
            attributs.put(nom, valeur);
            retires.remove(nom);
        }

        @Override
        public void removeAttribute(String nom) {
            attributs.remove(nom);
            retires.add(nom);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> noms = new HashSet<>(Collections.list(super.getAttributeNames()));
            noms.removeAll(retires);
            noms.addAll(attributs.keySet());
            return Collections.enumeration(noms);
        }
    }
}
