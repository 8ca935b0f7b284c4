package fr.passerelle.droits.internal.api;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limite de débit de l'API par client (adresse IP vue par le serveur ; derrière un mandataire, régler
 * {@code server.forward-headers-strategy}) : seau à jetons de {@code passerelle.api.debit.rafale} jetons,
 * rechargé de {@code passerelle.api.debit.par-seconde} par seconde. Au-delà : 429 en problem+json avec
 * {@code Retry-After}. L'adresse n'est jamais journalisée.
 */
@Component
class LimiteDeDebitFilter extends OncePerRequestFilter {

    private static final int MAX_CLIENTS = 100_000;

    private final double parSeconde;
    private final double rafale;
    private final ConcurrentHashMap<String, Seau> seaux = new ConcurrentHashMap<>();

    LimiteDeDebitFilter(@Value("${passerelle.api.debit.par-seconde:20}") double parSeconde,
                        @Value("${passerelle.api.debit.rafale:40}") double rafale) {
        this.parSeconde = parSeconde;
        this.rafale = rafale;
    }

    private static final class Seau {
        double jetons;
        long dernierNanos;

        Seau(double jetons, long maintenant) {
            this.jetons = jetons;
            this.dernierNanos = maintenant;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest requete) {
        return !requete.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
            throws ServletException, IOException {
        if (prendreUnJeton(requete.getRemoteAddr(), System.nanoTime())) {
            suite.doFilter(requete, reponse);
            return;
        }
        reponse.setStatus(429);
        reponse.setHeader("Retry-After", "1");
        reponse.setContentType("application/problem+json");
        reponse.setCharacterEncoding("UTF-8");
        reponse.getWriter().write("{\"type\":\"urn:passerelle:probleme:trop-de-requetes\",\"title\":\"Trop de requêtes\","
                + "\"status\":429,\"detail\":\"Limite de " + (int) parSeconde + " requêtes par seconde dépassée : réessayez dans une seconde.\"}");
    }

    boolean prendreUnJeton(String client, long maintenant) {
        if (seaux.size() > MAX_CLIENTS) {
            seaux.clear();
        }
        Seau seau = seaux.computeIfAbsent(client, c -> new Seau(rafale, maintenant));
        synchronized (seau) {
            double ecoule = (maintenant - seau.dernierNanos) / 1e9;
            seau.jetons = Math.min(rafale, seau.jetons + ecoule * parSeconde);
            seau.dernierNanos = maintenant;
            if (seau.jetons >= 1) {
                seau.jetons -= 1;
                return true;
            }
            return false;
        }
    }
}
