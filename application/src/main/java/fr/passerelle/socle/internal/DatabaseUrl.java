package fr.passerelle.socle.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Traduit une URL de base de données « à la Heroku » ({@code postgresql://user:mdp@hote:5432/base?options})
 * ou JDBC ({@code jdbc:postgresql://...}) en URL JDBC + utilisateur + mot de passe.
 */
public record DatabaseUrl(String jdbcUrl, Optional<String> utilisateur, Optional<String> motDePasse) {

    public static DatabaseUrl lire(String valeur) {
        if (valeur == null || valeur.isBlank()) {
            throw new IllegalArgumentException("DATABASE_URL est vide");
        }
        String brute = valeur.strip();
        if (brute.startsWith("jdbc:")) {
            brute = brute.substring("jdbc:".length());
        }
        URI uri = URI.create(brute);
        String schema = uri.getScheme();
        if (!"postgresql".equals(schema) && !"postgres".equals(schema)) {
            throw new IllegalArgumentException("DATABASE_URL doit commencer par postgresql://, postgres:// ou jdbc:postgresql:// (reçu : "
                    + schema + "://…)");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("DATABASE_URL n'indique pas d'hôte");
        }
        Optional<String> utilisateur = Optional.empty();
        Optional<String> motDePasse = Optional.empty();
        String info = uri.getRawUserInfo();
        if (info != null && !info.isEmpty()) {
            int deuxPoints = info.indexOf(':');
            utilisateur = Optional.of(decoder(deuxPoints < 0 ? info : info.substring(0, deuxPoints)));
            if (deuxPoints >= 0) {
                motDePasse = Optional.of(decoder(info.substring(deuxPoints + 1)));
            }
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String base = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/postgres" : uri.getRawPath();
        String requete = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + base + requete;
        return new DatabaseUrl(jdbc, utilisateur, motDePasse);
    }

    private static String decoder(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
