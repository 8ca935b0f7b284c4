package fr.passerelle.notifications.internal.domaine;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** Mots-clés reconnus dans une réponse SMS (casse, accents et ponctuation ignorés). */
public enum MotCleSms {
    /** Ne plus recevoir de SMS (retrait du consentement, confirmé par un dernier SMS). */
    STOP,
    /** Demander qu'un aidant rappelle. */
    AIDE,
    /** Confirmer un rendez-vous. */
    OK,
    /** Retirer ses mandats (traité par le module mandats, qui écoute {@code MotCleSmsRecu}). */
    RETIRER,
    /**
     * S'inscrire à un atelier « aller vers » : {@code ATELIER <code de l'affiche>} (traité par le module ateliers, qui
     * écoute {@code MotCleSmsRecu} et lit le code dans le texte reçu).
     */
    ATELIER;

    public static Optional<MotCleSms> lire(String texte) {
        if (texte == null) {
            return Optional.empty();
        }
        String mot = Normalizer.normalize(texte, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z ]", " ").strip().toUpperCase(Locale.ROOT);
        String premier = mot.isEmpty() ? "" : mot.split("\\s+")[0];
        return switch (premier) {
            case "STOP", "ARRET", "ARRETER" -> Optional.of(STOP);
            case "AIDE", "AIDEZ", "HELP" -> Optional.of(AIDE);
            case "OK", "OUI" -> Optional.of(OK);
            case "RETIRER", "RETRAIT", "REVOQUER" -> Optional.of(RETIRER);
            case "ATELIER", "ATELIERS", "INSCRIPTION" -> Optional.of(ATELIER);
            default -> Optional.empty();
        };
    }
}
