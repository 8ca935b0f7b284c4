package fr.passerelle.moteur.prestations.minima;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.situation.StatutOccupationLogement;

/** Petites lectures de la composition du foyer communes au RSA et à la prime d'activité. */
final class Foyer {

    private Foyer() {
    }

    /** Enfants à charge de moins de {@code ageLimite} ans (CASF R262-3). */
    static int enfantsACharge(Contexte contexte, int ageLimite) {
        int n = 0;
        for (int i = 0; i < contexte.nombreEnfants(); i++) {
            if (contexte.age(contexte.enfant(i)) < ageLimite) {
                n++;
            }
        }
        return n;
    }

    /** Un enfant à charge a-t-il moins de {@code ageLimite} ans ? */
    static boolean enfantDeMoinsDe(Contexte contexte, int ageLimite, int ageLimitePersonneACharge) {
        for (int i = 0; i < contexte.nombreEnfants(); i++) {
            int age = contexte.age(contexte.enfant(i));
            if (age < ageLimite && age < ageLimitePersonneACharge) {
                return true;
            }
        }
        return false;
    }

    static int plusAgeDesParents(Contexte contexte) {
        int max = 0;
        for (int i = 0; i < contexte.famille().parents.taille(); i++) {
            max = Math.max(max, contexte.age(contexte.parent(i)));
        }
        return max;
    }

    /**
     * Avantage en nature au titre du logement (CASF R262-10, CSS R844-3) : propriétaire sans charge
     * d'emprunt (sans loyer ni mensualité déclarée) ou logé gratuitement.
     */
    static boolean logeSansCharge(Contexte contexte) {
        var menage = contexte.menage();
        if (menage == null) {
            return false;
        }
        StatutOccupationLogement statut = menage.statutOccupation;
        if (statut == StatutOccupationLogement.LOGE_GRATUITEMENT) {
            return true;
        }
        if (statut == StatutOccupationLogement.PROPRIETAIRE || statut == StatutOccupationLogement.PRIMO_ACCEDANT) {
            return menage.loyer[contexte.situation().indice(contexte.mois())] == 0;
        }
        return false;
    }

    static String composition(boolean couple, int enfants) {
        String adultes = couple ? "2 adultes" : "1 adulte";
        if (enfants == 0) {
            return adultes + " sans enfant";
        }
        return adultes + " et " + enfants + (enfants == 1 ? " enfant" : " enfants");
    }
}
