package fr.passerelle.depistage.internal;

import fr.passerelle.depistage.Prestations;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.openfisca.EntreeInvalide;

/** Ce qu'un ménage perçoit déjà : une prestation dépistée et un montant positif, dans l'unité du moteur. */
final class Percus {

    private Percus() {
    }

    static long[] vide() {
        return new long[Variable.toutes().length];
    }

    static void ajouter(long[] percus, String menage, String champ, String nom, double montant) {
        Variable v = Prestations.parNom(nom);
        if (v == null) {
            throw new EntreeInvalide(menage, champ + "." + nom, "prestation inconnue (connues : " + Prestations.nomsConnus() + ")");
        }
        if (!(montant >= 0) || Double.isInfinite(montant)) {
            throw new EntreeInvalide(menage, champ + "." + nom, "montant invalide : " + montant + " (nombre positif ou nul attendu)");
        }
        if (percus[v.ordinal()] != 0) {
            throw new EntreeInvalide(menage, champ + "." + nom, "prestation citée deux fois");
        }
        // Une prestation citée avec 0 € compte comme non perçue ; 1 centime minimum marque un droit oui/non (cmu_c).
        percus[v.ordinal()] = montant == 0 ? 0 : Math.max(1, Math.round(montant * 100));
    }
}
