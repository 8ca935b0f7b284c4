package fr.passerelle.comptes.internal.securite;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.comptes.CompteConnecte;

/** Principal d'une connexion OpenID Connect (FranceConnect, ProConnect), porteur du compte Passerelle lié. */
class OidcUtilisateurPasserelle extends DefaultOidcUser implements CompteAuthentifie {

    private final CompteConnecte compte;

    OidcUtilisateurPasserelle(OidcUser source, CompteConnecte compte) {
        super(List.of(new SimpleGrantedAuthority(compte.role().autorite())), source.getIdToken(), source.getUserInfo());
        this.compte = compte;
    }

    @Override
    public CompteConnecte compte() {
        return compte;
    }

    @Override
    public boolean equals(Object autre) {
        return autre instanceof OidcUtilisateurPasserelle o && super.equals(o) && compte.equals(o.compte);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + compte.hashCode();
    }
}
