package fr.passerelle.moteur.legislation;

/** Erreur détectée au chargement de la législation : nom inconnu, fichier mal formé, valeur sans référence. */
public class LegislationInvalide extends RuntimeException {
    public LegislationInvalide(String message) {
        super(message);
    }

    public LegislationInvalide(String message, Throwable cause) {
        super(message, cause);
    }
}
