package fr.passerelle.notifications.internal.domaine;

import java.util.Locale;
import java.util.regex.Pattern;

/** Adresse de courriel vérifiée à la saisie (forme locale@domaine.tld, sans espace ni caractère interdit). */
public record AdresseElectronique(String valeur) {

    private static final Pattern FORME = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$");

    public AdresseElectronique {
        if (valeur == null || valeur.length() > 254 || !FORME.matcher(valeur).matches()
                || valeur.contains("..") || valeur.startsWith(".") || valeur.contains(".@")) {
            throw new EntreeInvalide("email", "Cette adresse de courriel n'est pas lisible. "
                    + "Elle doit ressembler à prenom.nom@exemple.fr, sans espace.");
        }
    }

    public static AdresseElectronique lire(String saisie) {
        if (saisie == null || saisie.isBlank()) {
            throw new EntreeInvalide("email", "Indiquez une adresse de courriel, par exemple prenom.nom@exemple.fr.");
        }
        return new AdresseElectronique(saisie.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return valeur;
    }
}
