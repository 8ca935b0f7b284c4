package fr.passerelle.notifications.internal.envoi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.passerelle.notifications.Canal;
import fr.passerelle.notifications.MotCleSmsRecu;
import fr.passerelle.notifications.ReponseSmsRecue;
import fr.passerelle.notifications.internal.domaine.Consentement;
import fr.passerelle.notifications.internal.domaine.EntreeInvalide;
import fr.passerelle.notifications.internal.domaine.MotCleSms;
import fr.passerelle.notifications.internal.domaine.NumeroTelephone;
import fr.passerelle.notifications.internal.persistance.AppelsEtCourriersJdbc;
import fr.passerelle.notifications.internal.persistance.PreferencesJdbc;

/**
 * Réponses SMS : {@code STOP} retire l'accord SMS (daté) et le confirme par un dernier SMS ; {@code AIDE} ajoute
 * la personne à la liste d'appels des aidants ; {@code OK} confirme un rendez-vous (événement
 * {@link ReponseSmsRecue}, écouté par les échéances) ; {@code RETIRER} retire les mandats de la personne (événement
 * {@link MotCleSmsRecu}, publié pour tout mot-clé reconnu et écouté par les mandats) ; {@code ATELIER <code>}
 * inscrit à un atelier (même événement, avec le texte reçu, écouté par les ateliers).
 */
@Service
@Transactional
public class ReponsesSms {

    /** Résultat lisible, renvoyé au fournisseur et journalisé. */
    public enum Suite { NUMERO_INCONNU, MOT_CLE_INCONNU, DESINSCRIT, RAPPEL_DEMANDE, CONFIRME, RETRAIT_TRANSMIS, INSCRIPTION_TRANSMISE }

    private final PreferencesJdbc preferences;
    private final AppelsEtCourriersJdbc appels;
    private final ServiceNotifications notifications;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    public ReponsesSms(PreferencesJdbc preferences, AppelsEtCourriersJdbc appels, ServiceNotifications notifications,
                       ApplicationEventPublisher evenements, Clock horloge) {
        this.preferences = preferences;
        this.appels = appels;
        this.notifications = notifications;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    public Suite recevoir(String de, String texte) {
        NumeroTelephone numero;
        try {
            numero = NumeroTelephone.lire("from", de);
        } catch (EntreeInvalide e) {
            return Suite.NUMERO_INCONNU;
        }
        Optional<MotCleSms> mot = MotCleSms.lire(texte);
        Instant maintenant = horloge.instant().truncatedTo(ChronoUnit.MICROS);
        if (mot.isPresent()) {
            evenements.publishEvent(new MotCleSmsRecu(numero.e164(), mot.get().name(), maintenant, texte));
        }
        if (mot.isPresent() && mot.get() == MotCleSms.RETIRER) {
            // Les mandats rapprochent eux-mêmes le numéro de leurs mandats : la personne peut ne pas avoir de compte.
            return Suite.RETRAIT_TRANSMIS;
        }
        if (mot.isPresent() && mot.get() == MotCleSms.ATELIER) {
            // Les ateliers inscrivent ce numéro et lui répondent eux-mêmes : la personne n'a pas besoin de compte.
            return Suite.INSCRIPTION_TRANSMISE;
        }
        Optional<Long> personne = preferences.personneParTelephone(numero.e164());
        if (personne.isEmpty()) {
            return Suite.NUMERO_INCONNU;
        }
        if (mot.isEmpty()) {
            return Suite.MOT_CLE_INCONNU;
        }
        long id = personne.get();
        Suite suite = switch (mot.get()) {
            case STOP -> {
                preferences.enregistrerConsentement(id, new Consentement(Canal.SMS, false, maintenant, "réponse STOP par SMS"));
                notifications.envoyerSur(Canal.SMS, id, numero.e164(), "stop:" + id + ":" + maintenant.toEpochMilli(),
                        "confirmation-stop", Map.of());
                yield Suite.DESINSCRIT;
            }
            case AIDE -> {
                LocalDate jour = LocalDate.now(horloge.withZone(ExpediteurNotifications.ZONE));
                appels.ajouterAppel("aide:" + id + ":" + jour, id, numero.e164(),
                        "La personne a répondu AIDE à un SMS de Passerelle : rappelez-la pour l'aider.", jour.plusDays(1),
                        maintenant);
                yield Suite.RAPPEL_DEMANDE;
            }
            case OK -> Suite.CONFIRME;
            case RETIRER, ATELIER -> throw new IllegalStateException(mot.get() + " est traité plus haut");
        };
        evenements.publishEvent(new ReponseSmsRecue(id, mot.get().name(), maintenant));
        return suite;
    }
}
