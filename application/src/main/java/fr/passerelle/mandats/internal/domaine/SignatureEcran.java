package fr.passerelle.mandats.internal.domaine;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Signature à l'écran, au guichet : la personne coche « J'accepte… » et écrit son nom, qui doit être celui du
 * dossier (sans tenir compte des majuscules, des accents, des tirets ni des espaces en trop).
 */
public final class SignatureEcran {

    private SignatureEcran() {
    }

    /** Refuse (champ et raison) si l'accord n'est pas coché ou si le nom écrit n'est pas celui du dossier. */
    public static void verifier(boolean accepte, String nomEcrit, String nomDuDossier) {
        if (!accepte) {
            throw new MandatInvalide("accepte", "Cochez « J'accepte » : sans cet accord de la personne, le mandat "
                    + "n'est pas signé.");
        }
        if (nomEcrit == null || nomEcrit.isBlank()) {
            throw new MandatInvalide("nom", "Écrivez votre prénom et votre nom, comme sur le dossier.");
        }
        if (!normaliser(nomEcrit).equals(normaliser(nomDuDossier))) {
            throw new MandatInvalide("nom", "Le nom écrit (« " + nomEcrit.strip() + " ») ne correspond pas au nom "
                    + "du dossier : écrivez votre prénom et votre nom comme sur le dossier.");
        }
    }

    static String normaliser(String nom) {
        return Normalizer.normalize(nom, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\p{L}]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
