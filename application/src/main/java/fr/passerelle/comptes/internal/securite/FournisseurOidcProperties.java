package fr.passerelle.comptes.internal.securite;

import java.util.List;

/**
 * Configuration d'un fournisseur OpenID Connect, lue sous {@code passerelle.oidc.<franceconnect|proconnect>} :
 * {@code issuer-uri}, {@code client-id}, {@code client-secret}, {@code scopes}
 * (variables d'environnement {@code PASSERELLE_OIDC_FRANCECONNECT_ISSUER_URI}, {@code ..._CLIENT_ID}, {@code ..._CLIENT_SECRET}).
 */
record FournisseurOidcProperties(String issuerUri, String clientId, String clientSecret, List<String> scopes) {

    boolean configure() {
        return issuerUri != null && !issuerUri.isBlank() && clientId != null && !clientId.isBlank();
    }

    List<String> scopesOuDefaut() {
        return scopes == null || scopes.isEmpty() ? List.of("openid", "email", "profile") : scopes;
    }
}
