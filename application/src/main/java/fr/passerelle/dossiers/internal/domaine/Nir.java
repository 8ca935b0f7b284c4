package fr.passerelle.dossiers.internal.domaine;

import java.math.BigInteger;
import java.util.Objects;

/**
 * Numéro d'inscription au répertoire (numéro de sécurité sociale) : 13 caractères et une clé de 2 chiffres
 * (97 moins le reste de la division par 97 ; la Corse « 2A » et « 2B » compte pour 19 et 18). Jamais écrit en
 * clair en base ni au journal : voir {@code ChiffrementNir}.
 */
public record Nir(String valeur) {

    public Nir {
        Objects.requireNonNull(valeur, "valeur");
    }

    /** Lit un NIR tapé avec ou sans espaces ; refus qui dit ce qui ne va pas. */
    public static Nir lire(String saisie) {
        String s = saisie == null ? "" : saisie.replaceAll("[\\s.-]", "").toUpperCase(java.util.Locale.ROOT);
        if (s.length() != 15) {
            throw new SaisieInvalide("nir", "Numéro de sécurité sociale : il faut 15 caractères (13 chiffres et la clé de 2 chiffres), "
                    + s.length() + " ont été saisis.");
        }
        String corps = s.substring(0, 13);
        String cle = s.substring(13);
        String departement = corps.substring(5, 7);
        String chiffres = switch (departement) {
            case "2A" -> corps.substring(0, 5) + "19" + corps.substring(7);
            case "2B" -> corps.substring(0, 5) + "18" + corps.substring(7);
            default -> corps;
        };
        if (!chiffres.matches("\\d{13}") || !cle.matches("\\d{2}")) {
            throw new SaisieInvalide("nir", "Numéro de sécurité sociale : seuls des chiffres sont attendus (et 2A ou 2B pour la Corse).");
        }
        if (chiffres.charAt(0) != '1' && chiffres.charAt(0) != '2' && chiffres.charAt(0) != '7' && chiffres.charAt(0) != '8') {
            throw new SaisieInvalide("nir", "Numéro de sécurité sociale : il commence par 1 ou 2 (ou 7, 8 pour un numéro provisoire).");
        }
        int attendue = 97 - new BigInteger(chiffres).mod(BigInteger.valueOf(97)).intValue();
        if (Integer.parseInt(cle) != attendue) {
            throw new SaisieInvalide("nir", "Numéro de sécurité sociale : la clé (les 2 derniers chiffres) ne correspond pas au numéro. "
                    + "Vérifiez chaque chiffre sur la carte Vitale ou l'attestation.");
        }
        return new Nir(s);
    }

    /** Pour l'affichage : « 1 84 12 76 451 089 46 ». */
    public String formate() {
        return valeur.substring(0, 1) + " " + valeur.substring(1, 3) + " " + valeur.substring(3, 5) + " "
                + valeur.substring(5, 7) + " " + valeur.substring(7, 10) + " " + valeur.substring(10, 13) + " "
                + valeur.substring(13);
    }

    @Override
    public String toString() {
        return "Nir[masqué]";
    }
}
