package fr.passerelle.ateliers.internal.domaine;

import java.util.random.RandomGenerator;

/**
 * Le code SMS d'un atelier, imprimé sur l'affiche (« envoyez ATELIER K7PM ») : quatre caractères tirés parmi
 * 31 lettres et chiffres sans ambiguïté à la lecture (ni 0/O, ni 1/I/L), soit 923 521 codes ; une faute de frappe
 * tombe presque toujours sur un code inconnu, signalé en réponse, plutôt que sur un autre atelier.
 */
public final class CodeSms {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LONGUEUR = 4;

    private CodeSms() {
    }

    public static String tirer(RandomGenerator hasard) {
        StringBuilder code = new StringBuilder(LONGUEUR);
        for (int i = 0; i < LONGUEUR; i++) {
            code.append(ALPHABET.charAt(hasard.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
