package fr.passerelle.depistage.internal;

import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Situation;

/**
 * Un ménage lu (JSON OpenFisca ou ligne plate), avant calcul : son identifiant, son mois, son département, ce qu'il
 * perçoit ({@code percuCentimes[variable.ordinal()]}, unité du moteur). {@link #charger} remplit une situation
 * pour un mois donné : le même ménage peut être calculé à deux dates d'effet.
 */
public abstract class MenageLu {

    public final String id;
    public final Mois periode;
    public final String departement;
    public final long[] percuCentimes;

    protected MenageLu(String id, Mois periode, String departement, long[] percuCentimes) {
        this.id = id;
        this.periode = periode;
        this.departement = departement;
        this.percuCentimes = percuCentimes;
    }

    /** Peut refuser l'entrée ({@link fr.passerelle.moteur.openfisca.EntreeInvalide}) : une situation OpenFisca se lit mois par mois. */
    public abstract void charger(Mois mois, Situation cible);

    /** « 33 » pour 33063, « 971 » pour 97101, « 2A » pour 2A004 ; « inconnu » sans commune. */
    public static String departement(String depcom) {
        if (depcom == null || depcom.length() < 2) {
            return "inconnu";
        }
        return depcom.startsWith("97") && depcom.length() >= 3 ? depcom.substring(0, 3) : depcom.substring(0, 2);
    }
}
