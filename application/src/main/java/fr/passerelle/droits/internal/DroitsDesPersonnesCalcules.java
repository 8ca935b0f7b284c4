package fr.passerelle.droits.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import fr.passerelle.echeances.DroitsDesPersonnes;
import fr.passerelle.echeances.DroitsTrouves;
import fr.passerelle.droits.internal.domaine.DroitEstime;
import fr.passerelle.droits.internal.domaine.EstimateurDroits;
import fr.passerelle.droits.internal.domaine.Foyer;
import fr.passerelle.droits.internal.domaine.Questionnaire;
import fr.passerelle.droits.internal.domaine.RepertoireCommunes;
import fr.passerelle.droits.internal.domaine.Verdict;
import fr.passerelle.droits.internal.persistance.SituationsEnregistrees;
import fr.passerelle.moteur.periode.Mois;

/**
 * Implémente le port de l'échéancier : relit la situation enregistrée d'une personne et demande au moteur ses
 * droits, au jour de l'horloge.
 */
@Service
class DroitsDesPersonnesCalcules implements DroitsDesPersonnes {

    private static final Logger JOURNAL = LoggerFactory.getLogger(DroitsDesPersonnesCalcules.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private final SituationsEnregistrees situations;
    private final EstimateurDroits estimateur;
    private final RepertoireCommunes communes;
    private final Clock horloge;

    DroitsDesPersonnesCalcules(SituationsEnregistrees situations, EstimateurDroits estimateur,
                               RepertoireCommunes communes, Clock horloge) {
        this.situations = situations;
        this.estimateur = estimateur;
        this.communes = communes;
        this.horloge = horloge;
    }

    @Override
    public Optional<DroitsTrouves> droitsTrouves(long compteId) {
        Optional<Questionnaire> enregistree = situations.lire(compteId);
        if (enregistree.isEmpty()) {
            return Optional.empty();
        }
        Questionnaire q = enregistree.get();
        q.resoudreCommune(communes);
        if (q.premiereEtapeARemplir(communes) != null) {
            // Réponses devenues incomplètes (commune disparue du répertoire, par exemple) : rien à en tirer.
            JOURNAL.info("Situation enregistrée du compte {} incomplète : pas de droits calculés", compteId);
            return Optional.empty();
        }
        Foyer foyer = q.versFoyer(communes);
        LocalDate jour = LocalDate.now(horloge.withZone(ZONE));
        Set<String> droits = new LinkedHashSet<>();
        for (DroitEstime d : estimateur.estimer(foyer, Mois.de(jour))) {
            if (d.verdict() == Verdict.DROIT) {
                droits.add(d.code());
            }
        }
        int de16a18 = (int) foyer.agesEnfants().stream().filter(a -> a != null && a >= 16 && a <= 18).count();
        LocalDate enregistreeLe = situations.enregistreeLe(compteId).map(i -> LocalDate.ofInstant(i, ZONE)).orElse(jour);
        return Optional.of(new DroitsTrouves(compteId, enregistreeLe, jour, droits, de16a18));
    }
}
