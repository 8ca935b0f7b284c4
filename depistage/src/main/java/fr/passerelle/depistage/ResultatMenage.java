package fr.passerelle.depistage;

import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.periode.Mois;

import java.util.List;

/**
 * Le dépistage d'un ménage : ses constats, les attributions à faire, et les montants calculés
 * ({@code calculeCentimes[variable.ordinal()]}, unité du moteur) pour comparer deux dates d'effet.
 */
public record ResultatMenage(long ligne, String menage, Mois periode, String departement, List<Constat> constats,
                             List<Attribution> attributions, long[] calculeCentimes) implements Issue {

    public long calcule(Variable v) {
        return calculeCentimes[v.ordinal()];
    }

    public boolean sansConstat() {
        return constats.isEmpty() && attributions.isEmpty();
    }
}
