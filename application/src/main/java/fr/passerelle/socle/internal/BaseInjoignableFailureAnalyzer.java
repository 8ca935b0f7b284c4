package fr.passerelle.socle.internal;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Transforme l'échec de connexion à la base au démarrage en un message lisible (sans pile d'appels).
 * Reconnaît : connexion refusée / hôte inconnu / SQLState 08xxx (connexion), authentification refusée (28xxx),
 * base inexistante (3D000), fichier H2 déjà utilisé par une autre instance (90020).
 */
public class BaseInjoignableFailureAnalyzer implements FailureAnalyzer, Ordered {

    private final Environment environnement;

    public BaseInjoignableFailureAnalyzer(Environment environnement) {
        this.environnement = environnement;
    }

    @Override
    public FailureAnalysis analyze(Throwable echec) {
        String url = environnement.getProperty("spring.datasource.url", "(non configurée)");
        for (Throwable cause = echec; cause != null; cause = cause.getCause()) {
            String raison = raison(cause);
            if (raison != null) {
                return new FailureAnalysis(
                        "Passerelle n'a pas pu se connecter à la base de données " + url + " : " + raison + ".",
                        action(url), echec);
            }
        }
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static String raison(Throwable cause) {
        if (cause instanceof ConnectException) {
            return "connexion refusée (le serveur ne répond pas)";
        }
        if (cause instanceof UnknownHostException) {
            return "hôte inconnu (" + cause.getMessage() + ")";
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String etat = sql.getSQLState();
            if (etat.startsWith("08")) {
                return "connexion impossible (" + premiereLigne(sql.getMessage()) + ")";
            }
            if (etat.startsWith("28")) {
                return "authentification refusée (" + premiereLigne(sql.getMessage()) + ")";
            }
            if ("3D000".equals(etat)) {
                return "la base n'existe pas (" + premiereLigne(sql.getMessage()) + ")";
            }
            if ("90020".equals(etat)) {
                return "le fichier de la base embarquée est déjà utilisé par une autre instance de Passerelle";
            }
        }
        return null;
    }

    private static String action(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return "Arrêtez l'autre instance de Passerelle, ou choisissez un autre dossier de données avec PASSERELLE_DATA=/chemin.";
        }
        return "Vérifiez que PostgreSQL est démarré et joignable, et que DATABASE_URL est correcte "
                + "(exemple : DATABASE_URL=postgresql://utilisateur:motdepasse@127.0.0.1:5432/passerelle). "
                + "Sans DATABASE_URL, Passerelle utilise sa base embarquée.";
    }

    private static String premiereLigne(String message) {
        if (message == null) {
            return "sans détail";
        }
        int fin = message.indexOf('\n');
        return (fin < 0 ? message : message.substring(0, fin)).strip();
    }
}
