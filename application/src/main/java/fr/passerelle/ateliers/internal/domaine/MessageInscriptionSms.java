package fr.passerelle.ateliers.internal.domaine;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Un SMS d'inscription : {@code ATELIER <code> [nom]} (ou {@code INSCRIPTION <code> [nom]}). Casse, accents et
 * ponctuation autour du code sont ignorés ; ce qui suit le code est le nom que la personne veut bien donner.
 *
 * @param code le code de l'atelier imprimé sur l'affiche, en majuscules ; vide si la personne ne l'a pas écrit
 * @param nom  le nom donné après le code ; vide s'il n'y en a pas
 */
public record MessageInscriptionSms(Optional<String> code, Optional<String> nom) {

    private static final int NOM_MAX = 120;

    public static MessageInscriptionSms lire(String texte) {
        String t = texte == null ? "" : texte.strip();
        String[] mots = t.split("\\s+", 3);
        // mots[0] est le mot-clé (ATELIER, INSCRIPTION…), reconnu par les notifications.
        Optional<String> code = mots.length < 2 ? Optional.empty() : Optional.of(normaliserCode(mots[1])).filter(c -> !c.isEmpty());
        Optional<String> nom = Optional.empty();
        if (mots.length == 3) {
            String n = mots[2].replaceAll("[\\p{Cntrl}]", " ").strip();
            nom = Optional.of(n.length() > NOM_MAX ? n.substring(0, NOM_MAX) : n).filter(x -> !x.isEmpty());
        }
        return new MessageInscriptionSms(code, nom);
    }

    /** Majuscules, sans accent ni ponctuation : « k7pm. » devient « K7PM ». */
    public static String normaliserCode(String brut) {
        return Normalizer.normalize(brut, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9]", "")
                .toUpperCase(Locale.ROOT);
    }
}
