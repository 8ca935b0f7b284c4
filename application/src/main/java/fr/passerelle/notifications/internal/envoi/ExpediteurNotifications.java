package fr.passerelle.notifications.internal.envoi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.passerelle.notifications.Canal;
import fr.passerelle.notifications.StatutNotification;
import fr.passerelle.notifications.internal.domaine.Message;
import fr.passerelle.notifications.internal.domaine.Notification;
import fr.passerelle.notifications.internal.domaine.PolitiqueReprise;
import fr.passerelle.notifications.internal.domaine.Preferences;
import fr.passerelle.notifications.internal.domaine.ResultatEnvoi;
import fr.passerelle.notifications.internal.persistance.NotificationJdbc;
import fr.passerelle.notifications.internal.persistance.PreferencesJdbc;

/**
 * Un passage d'envoi d'une notification : vérifie qu'elle est toujours à envoyer (statut, consentement, heures
 * calmes), la marque « sending », la confie au canal hors transaction, puis enregistre le résultat. Rejouable :
 * après un arrêt brutal entre l'envoi et l'enregistrement, le passage suivant renvoie avec la même clé
 * d'idempotence, que le fournisseur reconnaît.
 */
@Component
public class ExpediteurNotifications {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    /** Seule exception : la confirmation d'un « STOP » part sur le canal qui vient d'être refusé. */
    public static final java.util.Set<String> MODELES_SANS_CONSENTEMENT = java.util.Set.of("confirmation-stop");
    private static final Logger JOURNAL = LoggerFactory.getLogger(ExpediteurNotifications.class);

    private final NotificationJdbc notifications;
    private final PreferencesJdbc preferences;
    private final CanauxEnvoi canaux;
    private final TransactionTemplate transaction;
    private final Clock horloge;
    private final PolitiqueReprise reprise;

    public ExpediteurNotifications(NotificationJdbc notifications, PreferencesJdbc preferences, CanauxEnvoi canaux,
                                   TransactionTemplate transaction, Clock horloge, PolitiqueReprise reprise) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.canaux = canaux;
        this.transaction = transaction;
        this.horloge = horloge;
        this.reprise = reprise;
    }

    /** Avant l'envoi : soit un message à envoyer, soit une issue immédiate. */
    private record Preparation(Notification notification, Message message, Issue issue) {
    }

    public Issue traiter(long id) {
        Preparation p = transaction.execute(s -> preparer(id));
        if (p.issue() != null) {
            return p.issue();
        }
        ResultatEnvoi resultat;
        try {
            resultat = canaux.de(p.notification().canal()).envoyer(p.message());
        } catch (RuntimeException e) {
            JOURNAL.warn("Canal {} en erreur pour la notification {}", p.notification().canal(), id, e);
            resultat = new ResultatEnvoi.EchecTemporaire("erreur du canal : " + e.getClass().getSimpleName());
        }
        ResultatEnvoi fin = resultat;
        return transaction.execute(s -> conclure(p.notification(), fin));
    }

    private Instant maintenant() {
        return horloge.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Preparation preparer(long id) {
        Optional<NotificationJdbc.AEnvoyer> trouvee = notifications.aEnvoyer(id);
        if (trouvee.isEmpty() || trouvee.get().notification().statut().termine()) {
            return new Preparation(null, null, new Issue.Terminee(null));
        }
        Notification n = trouvee.get().notification();
        Instant maintenant = maintenant();
        if (!n.adresseDonnee() && !trouvee.get().consenti() && !MODELES_SANS_CONSENTEMENT.contains(n.modeleCode())) {
            // Jamais d'envoi sur un canal refusé, même si le refus est arrivé après la création.
            notifications.changerStatut(n.id(), StatutNotification.ECHEC_DEFINITIF, n.tentatives(),
                    "la personne a retiré son accord pour le canal " + n.canal().libelle(), null,
                    "non envoyée : canal refusé", maintenant);
            return new Preparation(null, null, new Issue.Terminee(replier(n, null, maintenant)));
        }
        // Une adresse donnée sur place (code de mandat au guichet) : la personne attend le message, maintenant.
        if (n.canal().respecteHeuresCalmes() && !n.adresseDonnee()) {
            Instant permis = trouvee.get().heuresCalmes().prochainMomentPermis(maintenant, ZONE);
            if (permis.isAfter(maintenant)) {
                notifications.historiser(n.id(), n.statut(), "reportée après les heures calmes, à " + permis, maintenant);
                return new Preparation(null, null, new Issue.Reportee(permis));
            }
        }
        int tentative = n.tentatives() + 1;
        notifications.changerStatut(n.id(), StatutNotification.EN_COURS, tentative, n.raison(), null,
                "essai " + tentative, maintenant);
        Message message = new Message(n.cle(), n.personneId(), n.canal(), n.destinataire(), n.objet(), n.corps());
        return new Preparation(n, message, null);
    }

    private Issue conclure(Notification n, ResultatEnvoi resultat) {
        Instant maintenant = maintenant();
        int tentatives = n.tentatives() + 1;
        return switch (resultat) {
            case ResultatEnvoi.Remis remis -> {
                notifications.changerStatut(n.id(), StatutNotification.DELIVREE, tentatives, null, remis.reference(),
                        "remise (" + remis.reference() + ")", maintenant);
                yield new Issue.Terminee(null);
            }
            case ResultatEnvoi.EchecTemporaire echec -> {
                Optional<Duration> delai = reprise.delaiApres(tentatives);
                if (delai.isPresent()) {
                    Instant suivant = maintenant.plus(delai.get());
                    notifications.changerStatut(n.id(), StatutNotification.ECHEC_TEMPORAIRE, tentatives, echec.raison(),
                            null, echec.raison() + " ; nouvel essai à " + suivant, maintenant);
                    yield new Issue.Reportee(suivant);
                }
                String raison = echec.raison() + " (abandon après " + tentatives + " essais)";
                notifications.changerStatut(n.id(), StatutNotification.ECHEC_DEFINITIF, tentatives, raison, null, raison,
                        maintenant);
                yield new Issue.Terminee(replier(n, null, maintenant));
            }
            case ResultatEnvoi.EchecDefinitif echec -> {
                notifications.changerStatut(n.id(), StatutNotification.ECHEC_DEFINITIF, tentatives, echec.raison(), null,
                        echec.raison(), maintenant);
                yield new Issue.Terminee(replier(n, null, maintenant));
            }
        };
    }

    /** Après un échec définitif, crée la même notification sur le canal suivant de la personne, s'il y en a un. */
    private Long replier(Notification n, Preferences connues, Instant maintenant) {
        if (n.adresseDonnee()) {
            return null;
        }
        Preferences prefs = connues != null ? connues
                : preferences.lire(n.personneId()).orElse(Preferences.aucune(n.personneId()));
        Optional<Canal> suivant = prefs.canauxUtilisables().stream()
                .filter(c -> c != n.canal())
                .filter(c -> prefs.canauxUtilisables().indexOf(c) > prefs.canauxUtilisables().indexOf(n.canal()))
                .findFirst();
        if (suivant.isEmpty()) {
            return null;
        }
        Canal canal = suivant.get();
        String cle = n.cle() + ">" + canal.name().toLowerCase(java.util.Locale.ROOT);
        if (notifications.parCle(cle).isPresent()) {
            return null;
        }
        String corps = canal == Canal.SMS ? fr.passerelle.notifications.internal.domaine.Gsm7.adapter(n.corps()) : n.corps();
        long id = notifications.inserer(new Notification(null, cle, n.personneId(), canal,
                prefs.destinataire(canal).orElseThrow(), n.modeleCode(), n.modeleVersion(), n.objet(), corps,
                StatutNotification.CREEE, 0, null, null, n.id(), maintenant, maintenant, maintenant));
        notifications.historiser(n.id(), StatutNotification.ECHEC_DEFINITIF, "repli sur le canal " + canal.libelle(), maintenant);
        return id;
    }
}
