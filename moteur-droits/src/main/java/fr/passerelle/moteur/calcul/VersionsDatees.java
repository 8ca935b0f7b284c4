package fr.passerelle.moteur.calcul;

import fr.passerelle.moteur.periode.Mois;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Les formules successives d'une prestation, chacune choisie à partir de sa date d'effet
 * (une réforme qui change la manière de calculer, pas seulement un montant).
 */
public final class VersionsDatees implements Prestation {

    private final Variable[] variables;
    private final int[] depuis;
    private final Prestation[] formules;

    private VersionsDatees(Map<Mois, Prestation> parDate) {
        List<Mois> dates = new ArrayList<>(parDate.keySet());
        this.depuis = dates.stream().mapToInt(Mois::rang).toArray();
        this.formules = dates.stream().map(parDate::get).toArray(Prestation[]::new);
        this.variables = formules[0].variables();
    }

    /** {@code depuis} : premier jour du premier mois où la formule s'applique. */
    public static Builder a(LocalDate depuis, Prestation formule) {
        return new Builder().puis(depuis, formule);
    }

    public static final class Builder {
        private final TreeMap<Mois, Prestation> parDate = new TreeMap<>();

        public Builder puis(LocalDate depuis, Prestation formule) {
            if (depuis.getDayOfMonth() != 1) {
                throw new IllegalArgumentException("une formule prend effet un premier du mois : " + depuis);
            }
            parDate.put(Mois.de(depuis), formule);
            return this;
        }

        public VersionsDatees construire() {
            return new VersionsDatees(parDate);
        }
    }

    @Override
    public Variable[] variables() {
        return variables;
    }

    @Override
    public void calculer(Contexte contexte) {
        int rang = contexte.mois().rang();
        int choisie = -1;
        for (int i = 0; i < depuis.length && depuis[i] <= rang; i++) {
            choisie = i;
        }
        if (choisie < 0) {
            throw new IllegalArgumentException("aucune formule de " + variables[0].nom() + " n'est en vigueur en " + contexte.mois());
        }
        formules[choisie].calculer(contexte);
    }
}
