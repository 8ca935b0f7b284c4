package fr.passerelle.observatoire.internal;

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

import fr.passerelle.observatoire.internal.persistance.NonRecoursJdbc;

/**
 * Les partitions de dépistage finies sont cumulées en tâche de fond (ADR 0018 point 6) : le tableau de bord qui suit
 * la fin d'un dépistage national n'a presque plus rien à rattraper lui-même. Tâche récurrente db-scheduler, une seule
 * instance à la fois ; le rattrapage reste fait aussi à la lecture, pour des chiffres à jour.
 */
@Configuration(proxyBeanMethods = false)
class RattrapageConfiguration {

    private static final Logger JOURNAL = LoggerFactory.getLogger(RattrapageConfiguration.class);

    @Bean
    RecurringTask<Void> cumulDuNonRecours(ObjectProvider<NonRecoursJdbc> nonRecours,
                                          @Value("${passerelle.observatoire.rattrapage:PT1M}") Duration periode) {
        return Tasks.recurring("observatoire-cumul-non-recours", Schedules.fixedDelay(periode))
                .execute((instance, contexte) -> {
                    int cumulees = nonRecours.getObject().rattraper();
                    if (cumulees > 0) {
                        JOURNAL.info("Observatoire : {} partition(s) de dépistage cumulée(s)", cumulees);
                    }
                });
    }
}
