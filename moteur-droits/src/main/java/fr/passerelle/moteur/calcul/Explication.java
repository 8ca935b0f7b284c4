package fr.passerelle.moteur.calcul;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** La trace gardée : pour chaque droit, les étapes chiffrées et les conditions vérifiées, dans l'ordre. */
public final class Explication implements Trace {

    public sealed interface Ligne permits Etape, Condition {
        String texte();
    }

    public record Etape(String libelle, double montant) implements Ligne {
        @Override
        public String texte() {
            return libelle + " : " + Montants.euros(montant);
        }
    }

    public record Condition(String nom, boolean remplie, String raison) implements Ligne {
        @Override
        public String texte() {
            return (remplie ? "✓ " : "✗ ") + raison;
        }
    }

    private final Map<Variable, List<Ligne>> lignes = new EnumMap<>(Variable.class);

    @Override
    public boolean active() {
        return true;
    }

    @Override
    public void etape(Variable variable, String libelle, double montant) {
        lignes.computeIfAbsent(variable, v -> new ArrayList<>()).add(new Etape(libelle, montant));
    }

    @Override
    public void condition(Variable variable, String nom, boolean remplie, String raison) {
        lignes.computeIfAbsent(variable, v -> new ArrayList<>()).add(new Condition(nom, remplie, raison));
    }

    public List<Ligne> de(Variable variable) {
        return Collections.unmodifiableList(lignes.getOrDefault(variable, List.of()));
    }

    /** La première condition non remplie : ce qui ferme le droit. */
    public Condition refus(Variable variable) {
        for (Ligne l : de(variable)) {
            if (l instanceof Condition c && !c.remplie()) {
                return c;
            }
        }
        return null;
    }

    public Map<Variable, List<Ligne>> toutes() {
        return Collections.unmodifiableMap(lignes);
    }
}
