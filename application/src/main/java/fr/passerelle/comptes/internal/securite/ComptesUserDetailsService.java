package fr.passerelle.comptes.internal.securite;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import fr.passerelle.comptes.internal.ComptesService;

/** Connexion locale : seuls les comptes ayant un mot de passe (démonstration, exploitation) peuvent l'utiliser. */
@Service
class ComptesUserDetailsService implements UserDetailsService {

    private final ComptesService comptes;

    ComptesUserDetailsService(ComptesService comptes) {
        this.comptes = comptes;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return comptes.parEmail(email)
                .filter(c -> c.empreinteMotDePasse().isPresent())
                .map(c -> new UtilisateurPasserelle(comptes.vue(c.compte()), c.empreinteMotDePasse().get(),
                        c.compte().actif()))
                .orElseThrow(() -> new UsernameNotFoundException("Compte inconnu ou sans mot de passe"));
    }
}
