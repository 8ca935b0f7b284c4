package fr.passerelle.depistage.internal;

import fr.passerelle.moteur.openfisca.EntreeInvalide;

/** L'identifiant d'un ménage entre dans l'identifiant des constats ({@code ménage/prestation/mois}) : pas de « / ». */
public final class Identifiants {

    private Identifiants() {
    }

    public static String verifier(String id, String champ, long ligne) {
        if (id == null || id.isBlank()) {
            throw new EntreeInvalide(null, champ, "identifiant du ménage absent (ligne " + ligne + ")");
        }
        if (id.length() > 100 || id.indexOf('/') >= 0 || !id.strip().equals(id) || id.chars().anyMatch(Character::isISOControl)) {
            throw new EntreeInvalide(id, champ, "identifiant invalide : 1 à 100 caractères, sans « / », espace en bordure ni caractère de contrôle");
        }
        return id;
    }
}
