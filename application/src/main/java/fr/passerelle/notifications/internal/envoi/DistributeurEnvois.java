package fr.passerelle.notifications.internal.envoi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Les fils d'envoi d'une instance (ADR 0014) : chacun prend un lot de notifications dues, l'envoie, enregistre les
 * résultats, et recommence ; quand la file est vide, il attend la scrutation suivante ou un réveil (notification
 * enregistrée par cette instance). Plusieurs instances sur la même base se partagent la file sans se gêner : la
 * prise saute les lignes verrouillées par les autres.
 *
 * <p>Le bail d'une notification prise doit couvrir l'envoi de tout son lot, l'un après l'autre, même si chaque
 * appel va jusqu'au délai du fournisseur : sinon une autre instance la reprendrait pendant qu'elle est envoyée
 * (sans doublon chez le fournisseur, grâce à la clé d'idempotence, mais pour rien). Vérifié au démarrage.
 */
@Component
public class DistributeurEnvois implements SmartLifecycle {

    private static final Logger JOURNAL = LoggerFactory.getLogger(DistributeurEnvois.class);

    private final ExpediteurNotifications expediteur;
    private final int fils;
    private final int lot;
    private final Duration scrutation;
    private final boolean actif;
    private final Object signal = new Object();
    private final List<Thread> travailleurs = new ArrayList<>();
    private final SuiviDesPannes pannes = new SuiviDesPannes(JOURNAL, "Envoi des notifications");
    private volatile boolean enMarche;
    private long reveils;

    public DistributeurEnvois(ExpediteurNotifications expediteur,
                              @Value("${passerelle.notifications.ordonnanceur.fils:8}") int fils,
                              @Value("${passerelle.notifications.ordonnanceur.lot:25}") int lot,
                              @Value("${passerelle.notifications.ordonnanceur.scrutation:PT1S}") Duration scrutation,
                              @Value("${passerelle.notifications.ordonnanceur.actif:true}") boolean actif,
                              @Value("${passerelle.notifications.sms.delai:PT5S}") Duration delaiFournisseur) {
        if (fils < 1 || lot < 1) {
            throw new IllegalStateException("passerelle.notifications.ordonnanceur : fils (" + fils + ") et lot (" + lot
                    + ") doivent valoir au moins 1");
        }
        Duration pire = delaiFournisseur.multipliedBy(lot);
        if (expediteur.bail().compareTo(pire) <= 0) {
            throw new IllegalStateException("passerelle.notifications.ordonnanceur.bail (" + expediteur.bail()
                    + ") doit dépasser lot × délai du fournisseur SMS (" + lot + " × " + delaiFournisseur + " = " + pire
                    + ") : sinon une notification serait reprise pendant son envoi");
        }
        this.expediteur = expediteur;
        this.fils = fils;
        this.lot = lot;
        this.scrutation = scrutation;
        this.actif = actif;
    }

    /** Une notification vient d'être enregistrée (transaction validée) : les fils en attente regardent la file. */
    public void reveiller() {
        synchronized (signal) {
            reveils++;
            signal.notifyAll();
        }
    }

    private void boucler() {
        while (enMarche) {
            long vus;
            synchronized (signal) {
                vus = reveils;
            }
            int pris;
            try {
                pris = expediteur.traiterDues(lot);
                pannes.reussite();
            } catch (RuntimeException e) {
                // Base momentanément injoignable, par exemple : les notifications prises restent « sending » et
                // seront reprises à la fin de leur bail ; le fil continue.
                pannes.echec(e, scrutation);
                pris = 0;
            }
            if (pris < lot) {
                attendre(vus);
            }
        }
    }

    private void attendre(long vus) {
        synchronized (signal) {
            if (reveils != vus || !enMarche) {
                return;
            }
            try {
                signal.wait(Math.max(1, scrutation.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                enMarche = false;
            }
        }
    }

    @Override
    public void start() {
        if (!actif || enMarche) {
            return;
        }
        enMarche = true;
        for (int i = 0; i < fils; i++) {
            Thread fil = Thread.ofPlatform().name("envoi-notifications-" + i).daemon(true).unstarted(this::boucler);
            travailleurs.add(fil);
            fil.start();
        }
        JOURNAL.info("Envoi des notifications : {} fils, lots de {}, bail {}", fils, lot, expediteur.bail());
    }

    /** Arrêt propre : plus de nouveau lot ; les lots en cours se terminent (au plus 10 s d'attente). */
    @Override
    public void stop() {
        enMarche = false;
        reveiller();
        long fin = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        for (Thread fil : travailleurs) {
            try {
                fil.join(Math.max(1, (fin - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        travailleurs.clear();
    }

    @Override
    public boolean isRunning() {
        return enMarche;
    }

    /** Comme l'ordonnanceur : pas de pause avec les contextes de test gardés en cache, seulement l'arrêt. */
    @Override
    public boolean isPauseable() {
        return false;
    }
}
