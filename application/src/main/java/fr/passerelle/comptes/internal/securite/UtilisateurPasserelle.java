package fr.passerelle.comptes.internal.securite;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import fr.passerelle.comptes.CompteAuthentifie;
import fr.passerelle.comptes.CompteConnecte;

/** Principal d'une connexion locale (adresse électronique + mot de passe). */
record UtilisateurPasserelle(CompteConnecte compte, String empreinteMotDePasse, boolean actif)
        implements UserDetails, CompteAuthentifie {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(compte.role().autorite()));
    }

    @Override
    public String getPassword() {
        return empreinteMotDePasse;
    }

    @Override
    public String getUsername() {
        return compte.email();
    }

    @Override
    public boolean isEnabled() {
        return actif;
    }

    @Override
    public String toString() {
        return "UtilisateurPasserelle[" + compte.email() + ", " + compte.role() + "]";
    }
}
