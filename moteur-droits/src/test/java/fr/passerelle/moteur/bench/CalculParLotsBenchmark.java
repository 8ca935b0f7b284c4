package fr.passerelle.moteur.bench;

import fr.passerelle.moteur.calcul.Calculateur;
import fr.passerelle.moteur.calcul.Explication;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.calcul.Trace;
import fr.passerelle.moteur.lot.GenerateurMenages;
import fr.passerelle.moteur.lot.LotDeMenages;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Situation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * Banc JMH du chemin par lots : {@value #LOT} ménages en mémoire, tous les droits, deux fils (un par cœur).
 * Le score est en ménages par seconde et par fil : multiplier par le nombre de fils.
 * Lancer : {@code bin/droits bench --jmh}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Threads(2)
public class CalculParLotsBenchmark {

    static final int LOT = 10_000;

    @State(Scope.Benchmark)
    public static class Menages {
        final Moteur moteur = Moteur.francais();
        final LotDeMenages lot = new LotDeMenages(LOT, new Mois(2025, 7));

        @Setup(Level.Trial)
        public void generer() {
            new GenerateurMenages(42).remplir(lot);
        }
    }

    @State(Scope.Thread)
    public static class Fil {
        Calculateur calculateur;
        final Situation situation = new Situation();
        int suivant;

        @Setup(Level.Trial)
        public void preparer(Menages menages) {
            calculateur = menages.moteur.calculateur();
        }
    }

    @Benchmark
    @OperationsPerInvocation(LOT)
    public void parLots(Menages menages, Fil fil, Blackhole trou) {
        for (int m = 0; m < LOT; m++) {
            menages.lot.charger(m, fil.situation);
            trou.consume(fil.calculateur.calculer(fil.situation, Trace.AUCUNE));
        }
    }

    @Benchmark
    @Threads(1)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @BenchmarkMode(Mode.SampleTime)
    public Explication unMenageAvecExplications(Menages menages, Fil fil) {
        menages.lot.charger(fil.suivant++ % LOT, fil.situation);
        Explication e = new Explication();
        fil.calculateur.calculer(fil.situation, e);
        return e;
    }
}
