package fr.passerelle.moteur.lot;

import fr.passerelle.moteur.calcul.Calculateur;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.calcul.Resultats;
import fr.passerelle.moteur.calcul.Trace;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.situation.Situation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Le chemin par lots : les ménages d'un {@link LotDeMenages} partagés entre fils, chaque fil avec son
 * calculateur et sa situation réutilisés ; les montants écrits dans un tableau préalloué
 * ({@code sorties[m * NOMBRE_VARIABLES + variable.ordinal()]}). Aucune allocation par ménage.
 */
public final class CalculParLots implements AutoCloseable {

    public static final int NOMBRE_VARIABLES = Variable.toutes().length;

    private final ExecutorService pool;
    private final int fils;
    private final Calculateur[] calculateurs;
    private final Situation[] situations;

    public CalculParLots(Moteur moteur, int fils) {
        this.fils = Math.max(1, fils);
        this.pool = Executors.newFixedThreadPool(this.fils, r -> {
            Thread t = new Thread(r, "calcul-par-lots");
            t.setDaemon(true);
            return t;
        });
        this.calculateurs = new Calculateur[this.fils];
        this.situations = new Situation[this.fils];
        for (int i = 0; i < this.fils; i++) {
            calculateurs[i] = moteur.calculateur();
            situations[i] = new Situation();
        }
    }

    public static double[] sortiesPour(LotDeMenages lot) {
        return new double[lot.capacite() * NOMBRE_VARIABLES];
    }

    public void calculer(LotDeMenages lot, double[] sorties) {
        int n = lot.taille();
        List<Future<?>> travaux = new ArrayList<>(fils);
        int part = (n + fils - 1) / fils;
        for (int f = 0; f < fils; f++) {
            int debut = f * part;
            int fin = Math.min(n, debut + part);
            int fil = f;
            travaux.add(pool.submit(() -> calculerTranche(lot, debut, fin, calculateurs[fil], situations[fil], sorties)));
        }
        for (Future<?> t : travaux) {
            try {
                t.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("calcul par lots interrompu : " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    private static void calculerTranche(LotDeMenages lot, int debut, int fin, Calculateur calculateur, Situation situation, double[] sorties) {
        for (int m = debut; m < fin; m++) {
            lot.charger(m, situation);
            Resultats r = calculateur.calculer(situation, Trace.AUCUNE);
            int base = m * NOMBRE_VARIABLES;
            for (int v = 0; v < NOMBRE_VARIABLES; v++) {
                sorties[base + v] = r.get(Variable.toutes()[v]);
            }
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
