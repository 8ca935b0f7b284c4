package fr.passerelle.droits.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.passerelle.droits.internal.domaine.EstimateurDroits;
import fr.passerelle.droits.internal.domaine.RepertoireCommunes;
import fr.passerelle.droits.internal.domaine.SituationDuFoyer;
import fr.passerelle.moteur.calcul.Moteur;

/** Le moteur (chargé une fois, partagé : il est immuable), les communes et l'estimateur. */
@Configuration(proxyBeanMethods = false)
class DroitsConfiguration {

    @Bean
    Moteur moteur() {
        return Moteur.francais();
    }

    @Bean
    RepertoireCommunes repertoireCommunes() {
        return RepertoireCommunes.depuisRessource();
    }

    @Bean
    EstimateurDroits estimateurDroits(Moteur moteur) {
        return new EstimateurDroits(moteur, new SituationDuFoyer());
    }
}
