package fr.passerelle.moteur.calcul;

import fr.passerelle.moteur.periode.Mois;

/**
 * Les mois que le moteur sait calculer : la législation est saisie à partir de janvier 2024 (barèmes, plafonds et
 * règles de date d'effet). Avant, des paramètres et des règles manquent : un calcul rendrait des montants faux, ou
 * une erreur sur un paramètre que la personne qui a saisi la période ne peut pas comprendre. Après la dernière
 * revalorisation saisie, les derniers montants connus restent en vigueur, comme le veut chaque texte tant que le
 * suivant n'est pas publié.
 */
public final class Champ {

    public static final Mois PREMIER_MOIS = Mois.de(2024, 1);

    private Champ() {
    }

    /** La raison pour laquelle {@code mois} est hors du champ, ou {@code null} s'il y est. */
    public static String horsChamp(Mois mois) {
        if (mois.compareTo(PREMIER_MOIS) < 0) {
            return "période " + mois + " hors du champ du moteur : la législation est saisie à partir de " + PREMIER_MOIS
                    + " (avant, des barèmes et des règles manquent)";
        }
        return null;
    }
}
