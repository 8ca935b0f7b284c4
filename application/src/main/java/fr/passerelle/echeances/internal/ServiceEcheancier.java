package fr.passerelle.echeances.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.passerelle.echeances.internal.domaine.Echeance;
import fr.passerelle.echeances.internal.domaine.Echeancier;
import fr.passerelle.echeances.internal.domaine.Icalendar;
import fr.passerelle.echeances.internal.domaine.RendezVous;
import fr.passerelle.echeances.internal.domaine.Situation;
import fr.passerelle.echeances.internal.domaine.TypePiece;
import fr.passerelle.echeances.internal.persistance.EcheancierJdbc;
import fr.passerelle.echeances.internal.persistance.ReglesYaml;
import fr.passerelle.echeances.DroitsDesPersonnes;
import fr.passerelle.echeances.SituationDroitsModifiee;
import fr.passerelle.echeances.EcheanceVue;
import fr.passerelle.echeances.Echeanciers;
import fr.passerelle.notifications.DemandeNotification;
import fr.passerelle.notifications.Notifications;
import fr.passerelle.notifications.ReponseSmsRecue;

/**
 * Cas d'usage de l'échéancier. Tout changement (situation, pièce, rendez-vous) recalcule l'échéancier et
 * ajuste les rappels dans la même transaction : nouveaux rappels confiés aux notifications, rappels devenus
 * inutiles annulés.
 */
@Service
@Transactional
public class ServiceEcheancier implements Echeanciers {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    /** Heure d'envoi des rappels (heure de Paris). */
    static final LocalTime HEURE_RAPPEL = LocalTime.of(10, 0);

    private final EcheancierJdbc stockage;
    private final Notifications notifications;
    private final Clock horloge;
    private final DroitsDesPersonnes droits;
    private final Echeancier echeancier = new Echeancier(ReglesYaml.lire("echeances/regles.yml"));
    private final SecureRandom hasard = new SecureRandom();

    public ServiceEcheancier(EcheancierJdbc stockage, Notifications notifications, Clock horloge,
                             DroitsDesPersonnes droits) {
        this.droits = droits;
        this.stockage = stockage;
        this.notifications = notifications;
        this.horloge = horloge;
    }

    public LocalDateTime maintenant() {
        return LocalDateTime.now(horloge.withZone(ZONE));
    }

    public LocalDate aujourdhui() {
        return LocalDate.now(horloge.withZone(ZONE));
    }

    /**
     * La situation saisie sur la page de l'échéancier, complétée des droits que le moteur trouve à la situation
     * enregistrée dans « Mes droits » (calculés au jour de l'horloge).
     */
    @Transactional(readOnly = true)
    public Situation situation(long personneId, String prenom) {
        Situation saisie = stockage.situation(personneId).orElseGet(() -> new Situation(personneId, prenom, false, false, null,
                null, 0, false, stockage.pieces(personneId), stockage.rendezVous(personneId)));
        return droits.droitsTrouves(personneId)
                .map(d -> saisie.avecDroitsDuMoteur(d.droits(), d.enregistreeLe(), d.enfantsDe16a18()))
                .orElse(saisie);
    }

    /**
     * La situation de « Mes droits » a changé (enregistrée, modifiée, effacée) : l'échéancier est recalculé et les
     * rappels ajustés, après la validation de l'enregistrement, dans une transaction à part.
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void surSituationDroitsModifiee(SituationDroitsModifiee modification) {
        long personne = modification.compteId();
        String prenom = stockage.situation(personne).map(Situation::prenom).orElse("");
        if (!modification.effacee()) {
            enregistrerSiAbsente(personne, prenom); // pour le recalcul quotidien
        }
        recalculer(personne, prenom);
    }

    @Transactional(readOnly = true)
    public List<Echeance> echeances(long personneId, String prenom) {
        return echeancier.calculer(situation(personneId, prenom), aujourdhui());
    }

    @Override
    @Transactional(readOnly = true)
    public List<EcheanceVue> prochaines(long personneId, int nombre) {
        return echeances(personneId, "").stream()
                .filter(e -> !e.date().isBefore(aujourdhui()))
                .sorted(java.util.Comparator.comparing(Echeance::date))
                .limit(nombre)
                .map(e -> new EcheanceVue(e.titre(), e.date(), Optional.ofNullable(e.heure()), e.organisme(), e.aPreparer()))
                .toList();
    }

    public void enregistrerSituation(Situation s) {
        stockage.enregistrer(s, horloge.instant());
        recalculer(s.personneId(), s.prenom());
    }

    public void ajouterPiece(long personneId, String prenom, TypePiece type, LocalDate expireLe) {
        enregistrerSiAbsente(personneId, prenom);
        stockage.ajouterPiece(personneId, type, expireLe, horloge.instant());
        recalculer(personneId, prenom);
    }

    public void supprimerPiece(long personneId, String prenom, long id) {
        stockage.supprimerPiece(personneId, id);
        recalculer(personneId, prenom);
    }

    public void ajouterRendezVous(long personneId, String prenom, LocalDateTime le, String lieu, String objet, String aidant) {
        enregistrerSiAbsente(personneId, prenom);
        stockage.ajouterRendezVous(new RendezVous(null, personneId, le, lieu, objet, aidant, false), horloge.instant());
        recalculer(personneId, prenom);
    }

    private void enregistrerSiAbsente(long personneId, String prenom) {
        if (stockage.situation(personneId).isEmpty()) {
            stockage.enregistrer(Situation.vide(personneId, prenom), horloge.instant());
        }
    }

    /** Recalcule l'échéancier et ajuste les rappels (idempotent). */
    public List<Echeance> recalculer(long personneId, String prenom) {
        Situation situation = situation(personneId, prenom);
        List<Echeance> echeances = echeancier.calculer(situation, aujourdhui());
        Instant maintenant = horloge.instant();
        Set<String> voulus = new LinkedHashSet<>();
        for (Echeance e : echeances) {
            for (int jours : e.rappelsJoursAvant()) {
                Instant quand = e.date().minusDays(jours).atTime(HEURE_RAPPEL).atZone(ZONE).toInstant();
                if (!quand.isAfter(maintenant)) {
                    continue;
                }
                String cle = "rappel:" + personneId + ":" + e.cle() + ":J-" + jours;
                voulus.add(cle);
                notifications.planifier(new DemandeNotification(cle, personneId,
                        e.rendezVous() ? "rappel-rendez-vous" : "rappel-echeance", variables(situation, e), quand));
            }
        }
        for (String ancien : stockage.rappelsPlanifies(personneId)) {
            if (!voulus.contains(ancien)) {
                notifications.annuler(ancien);
            }
        }
        stockage.remplacerRappels(personneId, voulus);
        return echeances;
    }

    /**
     * Recalcul de tous les échéanciers (tâche quotidienne) : les échéances qui entrent dans l'horizon de 12 mois
     * reçoivent leurs rappels. Chaque personne dans sa propre transaction ; renvoie le nombre de recalculs.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int recalculerTout(org.springframework.transaction.support.TransactionTemplate transaction) {
        int n = 0;
        for (Map.Entry<Long, String> personne : stockage.personnes().entrySet()) {
            transaction.executeWithoutResult(s -> recalculer(personne.getKey(), personne.getValue()));
            n++;
        }
        return n;
    }

    static Map<String, String> variables(Situation s, Echeance e) {
        Map<String, String> v = new HashMap<>();
        v.put("prenom", s.prenom());
        v.put("demarche", e.titre());
        v.put("date", e.date().toString());
        v.put("a_preparer", e.aPreparer());
        v.put("organisme", e.organisme());
        v.put("lieu", e.organisme());
        v.put("heure", e.heure() == null ? "" : e.heure().format(DateTimeFormatter.ofPattern("HH:mm")));
        return v;
    }

    @Transactional(readOnly = true)
    public String icalendar(long personneId, String prenom) {
        return Icalendar.ecrire(echeances(personneId, prenom), horloge.instant());
    }

    @Transactional(readOnly = true)
    public Optional<String> icalendarParJeton(String jeton) {
        return stockage.personneParJeton(jeton).map(p -> icalendar(p, situation(p, "").prenom()));
    }

    @Transactional(readOnly = true)
    public Optional<String> jeton(long personneId) {
        return stockage.jeton(personneId);
    }

    /** Crée (ou remplace, ce qui révoque l'ancien) le jeton d'abonnement. */
    public String nouveauJeton(long personneId) {
        byte[] octets = new byte[32];
        hasard.nextBytes(octets);
        String jeton = Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
        stockage.remplacerJeton(personneId, jeton, horloge.instant());
        return jeton;
    }

    public void revoquerJeton(long personneId) {
        stockage.revoquerJeton(personneId);
    }

    /** Réponse « OK » par SMS : le prochain rendez-vous est confirmé. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void surReponseSms(ReponseSmsRecue reponse) {
        if ("OK".equals(reponse.motCle())) {
            stockage.confirmerProchainRendezVous(reponse.personneId(), LocalDateTime.now(horloge.withZone(ZONE)));
        }
    }
}
