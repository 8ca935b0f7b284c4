package fr.passerelle.echeances.internal;

import java.time.LocalTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * Chaque nuit à 2 h (heure de Paris), recalcul de tous les échéanciers : les échéances qui entrent dans l'horizon
 * de 12 mois reçoivent leurs rappels. Tâche récurrente db-scheduler : une seule instance l'exécute.
 */
@Configuration(proxyBeanMethods = false)
class RecalculQuotidienConfiguration {

    private static final Logger JOURNAL = LoggerFactory.getLogger(RecalculQuotidienConfiguration.class);

    @Bean
    RecurringTask<Void> recalculQuotidienDesEcheanciers(org.springframework.beans.factory.ObjectProvider<ServiceEcheancier> service,
                                                         TransactionTemplate transaction) {
        // Fournisseur paresseux : le service dépend (via les notifications) de l'ordonnanceur qui porte cette tâche.
        return Tasks.recurring("recalcul-echeanciers", Schedules.daily(ServiceEcheancier.ZONE, LocalTime.of(2, 0)))
                .execute((instance, contexte) -> JOURNAL.info("Échéanciers recalculés : {}", service.getObject().recalculerTout(transaction)));
    }
}
