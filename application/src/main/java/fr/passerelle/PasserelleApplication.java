package fr.passerelle;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Point d'entrée de l'application web Passerelle. */
@SpringBootApplication
public class PasserelleApplication {

    public static void main(String[] args) {
        SpringApplication.run(PasserelleApplication.class, args);
    }

    /** Horloge unique de l'application : le code métier ne lit jamais l'heure sans elle. */
    @Bean
    Clock horloge() {
        return Clock.systemDefaultZone();
    }
}
