package fr.passerelle.comptes.internal.domaine;

import java.util.Locale;
import java.util.regex.Pattern;

/** Adresse électronique normalisée (minuscules, sans espaces autour). */
public record AdresseEmail(String valeur) {

    private static final Pattern FORME = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public AdresseEmail {
        if (valeur == null) {
            throw new IllegalArgumentException("Adresse électronique absente");
        }
        valeur = valeur.strip().toLowerCase(Locale.ROOT);
        if (valeur.length() > 254 || !FORME.matcher(valeur).matches()) {
            throw new IllegalArgumentException("Adresse électronique invalide : " + valeur);
        }
    }

    @Override
    public String toString() {
        return valeur;
    }
}
