package fr.passerelle.proactif.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * Les dépistages avancent en tâche de fond : une tâche récurrente db-scheduler (une seule instance l'exécute à la
 * fois) traite les partitions à faire. Au redémarrage après un arrêt brutal, elle reprend simplement à la première
 * partition non finie : il n'y a rien d'autre à « reprendre ».
 */
@Configuration(proxyBeanMethods = false)
class RepriseConfiguration {

    private static final Logger JOURNAL = LoggerFactory.getLogger(RepriseConfiguration.class);

    @Bean
    RecurringTask<Void> avancementDesDepistages(ObjectProvider<ServiceDepistages> service,
                                                @Value("${passerelle.proactif.scrutation:PT10S}") Duration scrutation,
                                                @Value("${passerelle.proactif.partitions-par-passage:20}") int parPassage) {
        // Fournisseur paresseux : le service dépend (via les notifications) de l'ordonnanceur qui porte cette tâche.
        return Tasks.recurring("avancement-depistages", Schedules.fixedDelay(scrutation))
                .execute((instance, contexte) -> {
                    int faites = service.getObject().traiterPartitions(parPassage);
                    if (faites > 0) {
                        JOURNAL.info("Dépistages : {} partition(s) finie(s)", faites);
                    }
                });
    }
}
