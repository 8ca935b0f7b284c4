package fr.passerelle.comptes.internal.securite;

import java.time.Clock;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.passerelle.comptes.Role;
import fr.passerelle.comptes.internal.ComptesService;
import fr.passerelle.comptes.internal.domaine.AdresseEmail;
import fr.passerelle.comptes.internal.domaine.Compte;
import fr.passerelle.comptes.internal.domaine.FournisseurIdentite;

/**
 * À la connexion OpenID Connect, retrouve ou crée le compte Passerelle :
 * <ul>
 *   <li>identité déjà liée (fournisseur + sub) : ce compte ;</li>
 *   <li>FranceConnect : compte usager de même adresse, sinon création d'un compte usager ;</li>
 *   <li>ProConnect : compte professionnel existant de même adresse, sinon refus (« compte_inconnu »).</li>
 * </ul>
 * Un compte dont le rôle ne correspond pas au fournisseur est refusé (« role_refuse »).
 */
@Service
class ProvisionnementOidcService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String COMPTE_INCONNU = "compte_inconnu";
    static final String ROLE_REFUSE = "role_refuse";
    static final String EMAIL_ABSENT = "email_absent";

    private final OAuth2UserService<OidcUserRequest, OidcUser> delegue;
    private final ComptesService comptes;
    private final Clock horloge;

    @Autowired
    ProvisionnementOidcService(ComptesService comptes, Clock horloge) {
        this(new OidcUserService(), comptes, horloge);
    }

    ProvisionnementOidcService(OAuth2UserService<OidcUserRequest, OidcUser> delegue, ComptesService comptes,
                               Clock horloge) {
        this.delegue = delegue;
        this.comptes = comptes;
        this.horloge = horloge;
    }

    @Override
    @Transactional
    public OidcUser loadUser(OidcUserRequest requete) {
        OidcUser utilisateur = delegue.loadUser(requete);
        String registration = requete.getClientRegistration().getRegistrationId();
        FournisseurIdentite fournisseur = FournisseurIdentite.depuisRegistration(registration)
                .orElseThrow(() -> refus("fournisseur_inconnu", "Fournisseur d'identité inconnu : " + registration));
        Compte compte = comptes.parIdentiteExterne(fournisseur, utilisateur.getSubject())
                .orElseGet(() -> rattacher(fournisseur, utilisateur));
        if (!fournisseur.accepte(compte.role()) || !compte.actif()) {
            throw refus(ROLE_REFUSE, "Le rôle " + compte.role() + " ne se connecte pas par " + fournisseur);
        }
        return new OidcUtilisateurPasserelle(utilisateur, comptes.vue(compte));
    }

    private Compte rattacher(FournisseurIdentite fournisseur, OidcUser utilisateur) {
        if (utilisateur.getEmail() == null || utilisateur.getEmail().isBlank()) {
            throw refus(EMAIL_ABSENT, "Le fournisseur n'a pas transmis d'adresse électronique");
        }
        AdresseEmail email = new AdresseEmail(utilisateur.getEmail());
        Compte compte = comptes.parEmail(email.valeur()).map(ComptesService.CompteEtSecret::compte)
                .orElseGet(() -> {
                    if (!fournisseur.creeLeCompte()) {
                        throw refus(COMPTE_INCONNU, "Aucun compte professionnel pour " + email);
                    }
                    return comptes.creerSiAbsent(Compte.nouveau(email, nomAffiche(utilisateur), Role.USAGER,
                            null, null, horloge), null);
                });
        if (!fournisseur.accepte(compte.role())) {
            throw refus(ROLE_REFUSE, "Le rôle " + compte.role() + " ne se connecte pas par " + fournisseur);
        }
        comptes.lier(compte, fournisseur, utilisateur.getSubject());
        return compte;
    }

    private static String nomAffiche(OidcUser utilisateur) {
        String nom = Stream.of(utilisateur.getGivenName(), utilisateur.getFamilyName())
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
        return nom.isBlank() ? utilisateur.getEmail() : nom;
    }

    private static OAuth2AuthenticationException refus(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null), description);
    }
}
