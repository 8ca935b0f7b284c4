package fr.passerelle.depistage;

import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.periode.Mois;

/**
 * Un constat sur un ménage pour une prestation et un mois. {@code montantCentimes} est dans l'unité du moteur
 * (mensuel, ou annuel pour les prestations annuelles) : le montant calculé pour un droit à demander, le montant
 * perçu pour un droit à vérifier.
 */
public record Constat(String identifiant, Nature nature, Variable prestation, long montantCentimes, long montantAnnuelCentimes) {

    /**
     * Identifiant stable : le même ménage, la même prestation et le même mois donnent toujours le même identifiant,
     * d'une exécution à l'autre, embarquée ou Spark. C'est la clé qui empêche d'envoyer deux fois le même constat.
     */
    public static String identifiant(String menage, Variable prestation, Mois periode) {
        return menage + "/" + prestation.nom() + "/" + periode;
    }
}
