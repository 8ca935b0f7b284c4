package fr.passerelle.notifications.internal.envoi;

import fr.passerelle.socle.GenreDeBase;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

/**
 * Ordonnanceur db-scheduler, pour les tâches périodiques des modules (ex. recalcul quotidien des échéanciers) :
 * chaque échéance est exécutée par une seule instance, même si plusieurs tournent sur la même base PostgreSQL.
 * Les envois de notifications ne passent plus par lui (ADR 0014) : la table {@code notification} est elle-même la
 * file, prise par lots ({@link DistributeurEnvois}). La source de données est rendue « transactionnelle » :
 * programmer une tâche rejoint la transaction de l'appelant.
 */
@Configuration(proxyBeanMethods = false)
class OrdonnanceurConfiguration {

    private static final Logger JOURNAL = LoggerFactory.getLogger(OrdonnanceurConfiguration.class);

    @Bean(destroyMethod = "")
    Scheduler ordonnanceur(DataSource source, GenreDeBase base, Clock horloge,
                           org.springframework.beans.factory.ObjectProvider<RecurringTask<?>> recurrentes,
                           @Value("${passerelle.notifications.ordonnanceur.scrutation:PT1S}") Duration scrutation,
                           @Value("${passerelle.notifications.ordonnanceur.battement:PT10S}") Duration battement,
                           @Value("${passerelle.notifications.ordonnanceur.nom:}") String nom) {
        // Tâches récurrentes des autres modules (ex. recalcul quotidien des échéanciers) : une seule instance les
        // exécute à chaque échéance, comme les envois.
        List<RecurringTask<?>> periodiques = recurrentes.orderedStream().toList();
        SchedulerBuilder constructeur = new SchedulerBuilder(new TransactionAwareDataSourceProxy(source), List.of()) {
            {
                // Le temps de l'ordonnanceur est celui de l'application (tests : horloge avancée à la main).
                this.clock = horloge::instant;
            }
        };
        constructeur.startTasks(periodiques); // connues de l'ordonnanceur et programmées au démarrage
        constructeur.threads(2) // tâches périodiques seulement
                .pollingInterval(scrutation)
                .heartbeatInterval(battement)
                .missedHeartbeatsLimit(4)
                .enableImmediateExecution()
                .alwaysPersistTimestampInUTC()
                .shutdownMaxWait(Duration.ofSeconds(5));
        if (!nom.isBlank()) {
            constructeur.schedulerName(new SchedulerName.Fixed(nom));
        }
        if (base.postgres()) {
            constructeur.pollUsingLockAndFetch(0.5, 1.0);
        }
        return constructeur.build();
    }

    /** Démarre l'ordonnanceur avec l'application, l'arrête proprement avec elle. */
    @Bean
    SmartLifecycle cycleOrdonnanceur(Scheduler ordonnanceur,
                                     @Value("${passerelle.notifications.ordonnanceur.actif:true}") boolean actif) {
        return new SmartLifecycle() {
            private volatile boolean demarre;

            @Override
            public void start() {
                if (actif) {
                    ordonnanceur.start();
                    JOURNAL.info("Ordonnanceur des notifications démarré");
                }
                demarre = true;
            }

            @Override
            public void stop() {
                if (actif) {
                    ordonnanceur.stop();
                }
                demarre = false;
            }

            @Override
            public boolean isRunning() {
                return demarre;
            }

            /**
             * Un ordonnanceur db-scheduler arrêté ne redémarre pas (son pool de fils est terminé) : il n'est donc
             * pas mis en pause avec le contexte (les tests Spring mettent en pause les contextes qu'ils gardent
             * en cache), seulement arrêté à la fermeture de l'application.
             */
            @Override
            public boolean isPauseable() {
                return false;
            }
        };
    }
}
