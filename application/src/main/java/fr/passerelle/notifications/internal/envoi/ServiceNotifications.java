package fr.passerelle.notifications.internal.envoi;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import fr.passerelle.notifications.Canal;
import fr.passerelle.notifications.DemandeNotification;
import fr.passerelle.notifications.Notifications;
import fr.passerelle.notifications.StatutNotification;
import fr.passerelle.notifications.internal.domaine.AdresseElectronique;
import fr.passerelle.notifications.internal.domaine.Gsm7;
import fr.passerelle.notifications.internal.domaine.Langue;
import fr.passerelle.notifications.internal.domaine.NumeroTelephone;
import fr.passerelle.notifications.internal.domaine.Modele;
import fr.passerelle.notifications.internal.domaine.Notification;
import fr.passerelle.notifications.internal.domaine.Preferences;
import fr.passerelle.notifications.internal.persistance.ModeleJdbc;
import fr.passerelle.notifications.internal.persistance.NotificationJdbc;
import fr.passerelle.notifications.internal.persistance.PreferencesJdbc;

/**
 * Boîte d'envoi : la notification est enregistrée dans la transaction de l'appelant, avec l'heure de son envoi
 * ({@code prochain_essai}) ; les fils d'envoi la prennent de la table (ADR 0014).
 */
@Service
@Transactional
public class ServiceNotifications implements Notifications {

    private static final Logger JOURNAL = LoggerFactory.getLogger(ServiceNotifications.class);

    private final NotificationJdbc notifications;
    private final PreferencesJdbc preferences;
    private final ModeleJdbc modeles;
    private final DistributeurEnvois distributeur;
    private final Clock horloge;

    public ServiceNotifications(NotificationJdbc notifications, PreferencesJdbc preferences, ModeleJdbc modeles,
                                DistributeurEnvois distributeur, Clock horloge) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.modeles = modeles;
        this.distributeur = distributeur;
        this.horloge = horloge;
    }

    @Override
    public Optional<Canal> planifier(DemandeNotification demande) {
        Optional<Notification> existante = notifications.parCle(demande.cle());
        if (existante.isPresent()) {
            return Optional.of(existante.get().canal());
        }
        Preferences prefs = preferences.lire(demande.personneId()).orElse(Preferences.aucune(demande.personneId()));
        List<Canal> canaux = prefs.canauxUtilisables();
        if (canaux.isEmpty()) {
            JOURNAL.info("Notification {} non planifiée : la personne {} n'a accepté aucun canal", demande.cle(),
                    demande.personneId());
            return Optional.empty();
        }
        Canal canal = canaux.get(0);
        enregistrer(demande, canal, prefs.destinataire(canal).orElseThrow(), false);
        return Optional.of(canal);
    }

    @Override
    public Canal planifierVers(DemandeNotification demande, Canal canal, String destinataire) {
        Optional<Notification> existante = notifications.parCle(demande.cle());
        if (existante.isPresent()) {
            return existante.get().canal();
        }
        String adresse = switch (canal) {
            case SMS -> NumeroTelephone.lire("telephone", destinataire).e164();
            case EMAIL -> AdresseElectronique.lire(destinataire).valeur();
            default -> throw new IllegalArgumentException(
                    "canal : un message à une adresse donnée part par SMS ou par courriel, pas par " + canal.libelle());
        };
        enregistrer(demande, canal, adresse, true);
        return canal;
    }

    /**
     * Rédige le message avec la dernière version du modèle dans la langue de la personne (repli sur le français,
     * noté dans l'historique, s'il n'est pas traduit), l'enregistre (statut créée) et programme son envoi.
     */
    private void enregistrer(DemandeNotification demande, Canal canal, String destinataire, boolean adresseDonnee) {
        Langue langue = preferences.lire(demande.personneId()).map(Preferences::langue).orElse(Langue.FRANCAIS);
        Redaction r = rediger(demande.modele(), langue);
        Modele.MessageRedige message = r.modele().rediger(r.langue().ecrire(demande.variables()));
        Instant maintenant = horloge.instant().truncatedTo(ChronoUnit.MICROS);
        Instant prevue = demande.prevueLe().isBefore(maintenant) ? maintenant : demande.prevueLe().truncatedTo(ChronoUnit.MICROS);
        String corps = canal == Canal.SMS ? Gsm7.adapter(message.corps()) : message.corps();
        long id = notifications.inserer(new Notification(null, demande.cle(), demande.personneId(), canal, destinataire,
                r.modele().code(), r.modele().version(), message.objet(), corps, StatutNotification.CREEE, 0, null, null, null,
                prevue, maintenant, maintenant, adresseDonnee), r.langue().code(), r.note());
        programmer(id, prevue);
    }

    /** Le modèle choisi, la langue du message, et la note d'historique s'il a fallu se replier sur le français. */
    record Redaction(Modele modele, Langue langue, String note) {
    }

    Redaction rediger(String code, Langue voulue) {
        if (voulue != Langue.FRANCAIS) {
            Optional<Modele> traduit = modeles.derniere(code, voulue);
            if (traduit.isPresent()) {
                return new Redaction(traduit.get(), voulue, "rédigée en " + voulue.enFrancais());
            }
        }
        Modele francais = modeles.derniere(code)
                .orElseThrow(() -> new IllegalArgumentException("modèle inconnu : " + code));
        return new Redaction(francais, Langue.FRANCAIS, voulue == Langue.FRANCAIS ? null
                : "pas de version en " + voulue.enFrancais() + " du modèle « " + code + " » : rédigée en français");
    }

    @Override
    public boolean annuler(String cle) {
        Optional<Notification> n = notifications.parCle(cle);
        if (n.isEmpty() || n.get().statut().termine() || n.get().statut() == StatutNotification.EN_COURS) {
            return false;
        }
        notifications.changerStatut(n.get().id(), StatutNotification.ANNULEE, n.get().tentatives(), "annulée", null,
                "annulée par le module qui l'avait demandée", horloge.instant().truncatedTo(ChronoUnit.MICROS));
        return true;
    }

    /**
     * La notification est déjà dans la file (son {@code prochain_essai} est posé à l'insertion) ; si elle est due
     * tout de suite, les fils d'envoi de cette instance sont réveillés dès la validation de la transaction.
     */
    void programmer(long id, Instant quand) {
        if (quand.isAfter(horloge.instant())) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    distributeur.reveiller();
                }
            });
        } else {
            distributeur.reveiller();
        }
    }

    /** Message immédiat sur un canal précis (confirmation STOP, par exemple), sans passer par l'ordre de préférence. */
    public void envoyerSur(Canal canal, long personneId, String destinataire, String cle, String modeleCode,
                           Map<String, String> variables) {
        if (notifications.parCle(cle).isPresent()) {
            return;
        }
        enregistrer(new DemandeNotification(cle, personneId, modeleCode, variables, horloge.instant()), canal, destinataire, false);
    }
}
