package fr.passerelle.comptes.internal.domaine;

import java.util.Locale;
import java.util.Optional;

import fr.passerelle.comptes.Role;

/** Fournisseurs d'identité OpenID Connect acceptés et rôles qu'ils peuvent ouvrir. */
public enum FournisseurIdentite {
    /** FranceConnect : identité des particuliers, réservée aux usagers. */
    FRANCECONNECT,
    /** ProConnect : identité des professionnels (aidants, agents, coordinateurs, administrateurs). */
    PROCONNECT;

    public static Optional<FournisseurIdentite> depuisRegistration(String registrationId) {
        for (FournisseurIdentite f : values()) {
            if (f.registrationId().equals(registrationId)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Identifiant de la « client registration » Spring Security. */
    public String registrationId() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Un compte de ce rôle peut-il se connecter par ce fournisseur ? */
    public boolean accepte(Role role) {
        return this == FRANCECONNECT ? role == Role.USAGER : role.professionnel();
    }

    /** FranceConnect crée un compte usager à la première connexion ; ProConnect exige un compte existant. */
    public boolean creeLeCompte() {
        return this == FRANCECONNECT;
    }
}
