package fr.passerelle.notifications.internal.envoi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
 * Passages d'envoi, par lots (ADR 0014). Transaction 1 : prendre jusqu'à N notifications dues
 * ({@code FOR UPDATE SKIP LOCKED}), vérifier pour chacune statut, consentement et heures calmes, marquer « sending »
 * celles qui partent (bail : reprise par une autre instance si celle-ci meurt), le tout en deux écritures groupées.
 * Puis chaque message est confié à son canal, hors transaction. Transaction 2 : les résultats du lot, encore en
 * deux écritures groupées, chacun appliqué seulement si la notification est toujours dans l'état pris.
 * Rejouable : après un arrêt brutal entre l'envoi et l'enregistrement, la reprise renvoie avec la même clé
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
    private final Duration bail;

    public ExpediteurNotifications(NotificationJdbc notifications, PreferencesJdbc preferences, CanauxEnvoi canaux,
                                   TransactionTemplate transaction, Clock horloge, PolitiqueReprise reprise,
                                   @Value("${passerelle.notifications.ordonnanceur.bail:PT5M}") Duration bail) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.canaux = canaux;
        this.transaction = transaction;
        this.horloge = horloge;
        this.reprise = reprise;
        this.bail = bail;
    }

    public Duration bail() {
        return bail;
    }

    /** Une notification prise : soit un message à envoyer (marqué « sending », essai n° {@code tentative}), soit une issue immédiate. */
    private record Prise(Notification notification, Message message, int tentative, Issue issue) {
    }

    /**
     * Prend et traite un lot de notifications dues (au plus {@code lot}). Rend le nombre de notifications prises :
     * moins que {@code lot} veut dire que la file est vide pour l'instant.
     */
    public int traiterDues(int lot) {
        List<Prise> prises = transaction.execute(s -> {
            Instant maintenant = maintenant();
            return prendre(notifications.reserverDues(maintenant, lot), maintenant);
        });
        envoyerEtConclure(prises);
        return prises.size();
    }

    /** Traite une notification précise, due ou non (passage à la main : tests, reprise ciblée). */
    public Issue traiter(long id) {
        List<Prise> prises = transaction.execute(s -> prendre(notifications.reserver(id).stream().toList(), maintenant()));
        if (prises.isEmpty()) {
            return new Issue.Terminee(null);
        }
        return envoyerEtConclure(prises).get(0);
    }

    private Instant maintenant() {
        return horloge.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Transaction 1 : décisions avant envoi pour les notifications verrouillées, écrites en lot. */
    private List<Prise> prendre(List<NotificationJdbc.AEnvoyer> verrouillees, Instant maintenant) {
        List<Prise> prises = new ArrayList<>(verrouillees.size());
        List<NotificationJdbc.Changement> changements = new ArrayList<>(verrouillees.size());
        List<Notification> refusees = new ArrayList<>();
        for (NotificationJdbc.AEnvoyer trouvee : verrouillees) {
            Notification n = trouvee.notification();
            if (n.statut().termine()) {
                // Terminée mais encore dans la file (cas de prudence) : elle en sort, sans historique nouveau.
                notifications.oublier(n.id());
                prises.add(new Prise(n, null, 0, new Issue.Terminee(null)));
                continue;
            }
            if (!n.adresseDonnee() && !trouvee.consenti() && !MODELES_SANS_CONSENTEMENT.contains(n.modeleCode())) {
                // Jamais d'envoi sur un canal refusé, même si le refus est arrivé après la création.
                changements.add(new NotificationJdbc.Changement(n.id(), n.statut(), n.tentatives(),
                        StatutNotification.ECHEC_DEFINITIF, n.tentatives(),
                        "la personne a retiré son accord pour le canal " + n.canal().libelle(), null, null,
                        "non envoyée : canal refusé"));
                refusees.add(n);
                prises.add(new Prise(n, null, 0, null)); // issue complétée après le repli
                continue;
            }
            // Une adresse donnée sur place (code de mandat au guichet) : la personne attend le message, maintenant.
            if (n.canal().respecteHeuresCalmes() && !n.adresseDonnee()) {
                Instant permis = trouvee.heuresCalmes().prochainMomentPermis(maintenant, ZONE);
                if (permis.isAfter(maintenant)) {
                    changements.add(new NotificationJdbc.Changement(n.id(), n.statut(), n.tentatives(), n.statut(),
                            n.tentatives(), n.raison(), null, permis, "reportée après les heures calmes, à " + permis));
                    prises.add(new Prise(n, null, 0, new Issue.Reportee(permis)));
                    continue;
                }
            }
            int tentative = n.tentatives() + 1;
            changements.add(new NotificationJdbc.Changement(n.id(), n.statut(), n.tentatives(), StatutNotification.EN_COURS,
                    tentative, n.raison(), null, maintenant.plus(bail), "essai " + tentative));
            Message message = new Message(n.cle(), n.personneId(), n.canal(), n.destinataire(), n.objet(), n.corps());
            prises.add(new Prise(n, message, tentative, null));
        }
        notifications.appliquer(changements, maintenant);
        if (!refusees.isEmpty()) {
            for (int i = 0; i < prises.size(); i++) {
                Prise p = prises.get(i);
                if (p.message() == null && p.issue() == null) {
                    prises.set(i, new Prise(p.notification(), null, 0, new Issue.Terminee(replier(p.notification(), maintenant))));
                }
            }
        }
        return prises;
    }

    /** Envoi hors transaction des messages pris, puis transaction 2 : les résultats du lot. Rend une issue par prise. */
    private List<Issue> envoyerEtConclure(List<Prise> prises) {
        List<ResultatEnvoi> resultats = new ArrayList<>(prises.size());
        boolean aConclure = false;
        for (Prise p : prises) {
            if (p.message() == null) {
                resultats.add(null);
                continue;
            }
            aConclure = true;
            ResultatEnvoi resultat;
            try {
                resultat = canaux.de(p.notification().canal()).envoyer(p.message());
            } catch (RuntimeException e) {
                JOURNAL.warn("Canal {} en erreur pour la notification {}", p.notification().canal(), p.notification().id(), e);
                resultat = new ResultatEnvoi.EchecTemporaire("erreur du canal : " + e.getClass().getSimpleName());
            }
            resultats.add(resultat);
        }
        if (!aConclure) {
            return prises.stream().map(Prise::issue).toList();
        }
        return transaction.execute(s -> conclure(prises, resultats));
    }

    private List<Issue> conclure(List<Prise> prises, List<ResultatEnvoi> resultats) {
        Instant maintenant = maintenant();
        List<NotificationJdbc.Changement> changements = new ArrayList<>(prises.size());
        List<Integer> indices = new ArrayList<>(prises.size());
        Issue[] issues = new Issue[prises.size()];
        for (int i = 0; i < prises.size(); i++) {
            Prise p = prises.get(i);
            if (p.message() == null) {
                issues[i] = p.issue();
                continue;
            }
            Notification n = p.notification();
            int tentatives = p.tentative();
            NotificationJdbc.Changement c = switch (resultats.get(i)) {
                case ResultatEnvoi.Remis remis -> {
                    issues[i] = new Issue.Terminee(null);
                    yield changement(n, tentatives, StatutNotification.DELIVREE, null, remis.reference(), null,
                            "remise (" + remis.reference() + ")");
                }
                case ResultatEnvoi.EchecTemporaire echec -> {
                    Optional<Duration> delai = reprise.delaiApres(tentatives);
                    if (delai.isPresent()) {
                        Instant suivant = maintenant.plus(delai.get());
                        issues[i] = new Issue.Reportee(suivant);
                        yield changement(n, tentatives, StatutNotification.ECHEC_TEMPORAIRE, echec.raison(), null, suivant,
                                echec.raison() + " ; nouvel essai à " + suivant);
                    }
                    String raison = echec.raison() + " (abandon après " + tentatives + " essais)";
                    yield changement(n, tentatives, StatutNotification.ECHEC_DEFINITIF, raison, null, null, raison);
                }
                case ResultatEnvoi.EchecDefinitif echec ->
                        changement(n, tentatives, StatutNotification.ECHEC_DEFINITIF, echec.raison(), null, null, echec.raison());
            };
            changements.add(c);
            indices.add(i);
        }
        boolean[] appliques = notifications.appliquer(changements, maintenant);
        for (int k = 0; k < appliques.length; k++) {
            int i = indices.get(k);
            NotificationJdbc.Changement c = changements.get(k);
            if (!appliques[k]) {
                // Bail expiré : une autre instance a repris la notification (même clé d'idempotence) et conclura.
                JOURNAL.warn("Notification {} reprise par une autre instance entre-temps : résultat non enregistré ici", c.id());
                issues[i] = new Issue.Terminee(null);
            } else if (c.statut() == StatutNotification.ECHEC_DEFINITIF) {
                issues[i] = new Issue.Terminee(replier(prises.get(i).notification(), maintenant));
            }
        }
        return Arrays.asList(issues);
    }

    private static NotificationJdbc.Changement changement(Notification n, int tentatives, StatutNotification statut,
                                                          String raison, String reference, Instant prochain, String detail) {
        return new NotificationJdbc.Changement(n.id(), StatutNotification.EN_COURS, tentatives, statut, tentatives, raison,
                reference, prochain, detail);
    }

    /** Après un échec définitif, crée la même notification sur le canal suivant de la personne, s'il y en a un. */
    private Long replier(Notification n, Instant maintenant) {
        if (n.adresseDonnee()) {
            return null;
        }
        Preferences prefs = preferences.lire(n.personneId()).orElse(Preferences.aucune(n.personneId()));
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
        // Prévue maintenant : elle entre dans la file et part au prochain lot.
        long id = notifications.inserer(new Notification(null, cle, n.personneId(), canal,
                prefs.destinataire(canal).orElseThrow(), n.modeleCode(), n.modeleVersion(), n.objet(), corps,
                StatutNotification.CREEE, 0, null, null, n.id(), maintenant, maintenant, maintenant),
                notifications.langue(n.id()), null);
        notifications.historiser(n.id(), StatutNotification.ECHEC_DEFINITIF, "repli sur le canal " + canal.libelle(), maintenant);
        return id;
    }
}
