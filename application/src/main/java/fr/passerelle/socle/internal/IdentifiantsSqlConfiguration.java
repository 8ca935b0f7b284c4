package fr.passerelle.socle.internal;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Spring Data JDBC ne met pas les noms de tables et colonnes entre guillemets : les migrations Flyway
 * (identifiants non quotés) fonctionnent alors à l'identique sur H2 (majuscules) et PostgreSQL (minuscules).
 */
@Configuration(proxyBeanMethods = false)
class IdentifiantsSqlConfiguration {

    @Bean
    static BeanPostProcessor identifiantsSqlNonQuotes() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String nom) {
                if (bean instanceof RelationalMappingContext contexte) {
                    contexte.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
