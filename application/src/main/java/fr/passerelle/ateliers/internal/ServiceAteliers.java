package fr.passerelle.ateliers.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.passerelle.ateliers.internal.domaine.CommuneClassee;
import fr.passerelle.ateliers.internal.domaine.CommuneDuTerritoire;
import fr.passerelle.ateliers.internal.domaine.Inscrit;
import fr.passerelle.ateliers.internal.domaine.MessageInscriptionSms;
import fr.passerelle.ateliers.internal.domaine.Preparation;
import fr.passerelle.ateliers.internal.domaine.PublicVise;
import fr.passerelle.ateliers.internal.domaine.RegleTrimestrielle;
import fr.passerelle.ateliers.internal.persistance.AteliersJdbc;
import fr.passerelle.ateliers.internal.persistance.AteliersJdbc.AtelierLigne;
import fr.passerelle.ateliers.internal.persistance.AteliersJdbc.InscriptionLigne;
import fr.passerelle.ateliers.internal.persistance.TerritoireJdbc;
import fr.passerelle.notifications.Canal;
import fr.passerelle.notifications.DemandeNotification;
import fr.passerelle.notifications.Notifications;

/** Planification des campagnes et des ateliers, préparation (tables, bénévoles, invitations), inscriptions et rappels. */
@Service
public class ServiceAteliers {

    /** Refus d'une saisie : le champ et la raison. */
    public static final class Refus extends RuntimeException {
        private final String champ;

        public Refus(String champ, String message) {
            super(message);
            this.champ = champ;
        }

        public String champ() {
            return champ;
        }
    }

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AteliersJdbc ateliers;
    private final TerritoireJdbc territoire;
    private final Notifications notifications;
    private final Clock horloge;

    ServiceAteliers(AteliersJdbc ateliers, TerritoireJdbc territoire, Notifications notifications, Clock horloge) {
        this.ateliers = ateliers;
        this.territoire = territoire;
        this.notifications = notifications;
        this.horloge = horloge;
    }

    public LocalDate aujourdhui() {
        return LocalDate.now(horloge.withZone(PARIS));
    }

    private OffsetDateTime maintenant() {
        return OffsetDateTime.now(horloge);
    }

    /**
     * Propose les campagnes de l'année (les trimestres déjà planifiés ne bougent pas) : pour chaque atelier, la
     * commune la mieux classée pas encore retenue — rurale pour l'atelier rural, avec un quartier prioritaire (à
     * défaut, la ville la mieux classée) pour l'autre.
     *
     * @return le nombre d'ateliers proposés
     */
    @Transactional
    public int genererAnnee(int annee) {
        if (annee < aujourdhui().getYear() || annee > aujourdhui().getYear() + 2) {
            throw new Refus("annee", "Année : choisissez " + aujourdhui().getYear() + ", " + (aujourdhui().getYear() + 1)
                    + " ou " + (aujourdhui().getYear() + 2) + " (pas d'année passée, trois ans au plus).");
        }
        List<CommuneClassee> classement = territoire.classement().classer(aujourdhui(), territoire.derniersAteliers(),
                territoire.quartiersParCommune());
        Set<String> retenues = new HashSet<>(territoire.derniersAteliers().keySet());
        int crees = 0;
        for (int t = 1; t <= 4; t++) {
            if (ateliers.campagne(annee, t).isPresent()) {
                continue;
            }
            long campagne = ateliers.creerCampagne(annee, t, maintenant());
            for (RegleTrimestrielle.Proposition p : RegleTrimestrielle.propositions(annee)) {
                if (p.trimestre() != t) {
                    continue;
                }
                Optional<CommuneClassee> commune = choisir(classement, p.publicVise(), retenues);
                commune.ifPresent(c -> retenues.add(c.commune().code()));
                ateliers.creerAtelier(campagne, p.publicVise(), p.jour(), commune.map(c -> c.commune().code()).orElse(null),
                        commune.map(c -> c.commune().nom()).orElse(null));
                crees++;
            }
        }
        return crees;
    }

    private static Optional<CommuneClassee> choisir(List<CommuneClassee> classement, PublicVise publicVise, Set<String> retenues) {
        if (publicVise == PublicVise.RURAL) {
            return classement.stream().filter(c -> c.rurale() && !retenues.contains(c.commune().code())).findFirst();
        }
        return classement.stream().filter(c -> c.quartiersPrioritaires() > 0 && !retenues.contains(c.commune().code()))
                .findFirst()
                .or(() -> classement.stream().filter(c -> !c.rurale() && !retenues.contains(c.commune().code())).findFirst());
    }

    public AtelierLigne atelier(long id) {
        return ateliers.atelier(id).orElseThrow(() -> new Refus("atelier", "Atelier inconnu : " + id + "."));
    }

    @Transactional
    public void deplacer(long id, LocalDate jour) {
        AtelierLigne a = atelier(id);
        RegleTrimestrielle.refus(a.annee(), a.trimestre(), jour).ifPresent(r -> {
            throw new Refus("jour", r);
        });
        ateliers.deplacer(id, jour);
    }

    @Transactional
    public CommuneDuTerritoire changerCommune(long id, String code) {
        atelier(id);
        CommuneDuTerritoire commune = territoire.commune(code.strip())
                .orElseThrow(() -> new Refus("commune", "Commune : le code INSEE « " + code + " » est inconnu (5 caractères, par exemple 33063)."));
        ateliers.changerCommune(id, commune.code(), commune.nom());
        return commune;
    }

    public List<String> manques(AtelierLigne a) {
        return Preparation.manques(a.jour(), a.typeLieu(), a.accordMaireLe(),
                ateliers.tables(a.id()).stream().map(t -> new Preparation.TablePreparee(t.administration(), t.agents().size())).toList(),
                ateliers.benevoles(a.id()).stream().map(b -> new Preparation.BenevolePrepare(b.nom(), b.formeLe())).toList());
    }

    @Transactional
    public void confirmer(long id) {
        List<String> manques = manques(atelier(id));
        if (!manques.isEmpty()) {
            throw new Refus("confirmation", "L'atelier ne peut pas être confirmé : " + String.join(" ", manques));
        }
        ateliers.confirmer(id);
    }

    /** Invite par courriel chaque agent et bénévole pas encore invité. @return le nombre d'invitations parties */
    @Transactional
    public int inviter(long id) {
        AtelierLigne a = atelier(id);
        String lieu = lieu(a);
        int invitations = 0;
        for (AteliersJdbc.TableLigne t : ateliers.tables(id)) {
            for (AteliersJdbc.AgentLigne agent : t.agents()) {
                if (agent.inviteLe() == null) {
                    inviter("agent", agent.id(), agent.nom(), agent.courriel(), a, lieu, "agent à la table " + t.administration());
                    invitations++;
                }
            }
        }
        for (AteliersJdbc.BenevoleLigne b : ateliers.benevoles(id)) {
            if (b.inviteLe() == null) {
                inviter("benevole", b.id(), b.nom(), b.courriel(), a, lieu, "bénévole");
                invitations++;
            }
        }
        return invitations;
    }

    private void inviter(String qui, long id, String nom, String courriel, AtelierLigne a, String lieu, String role) {
        notifications.planifierVers(new DemandeNotification("atelier-" + a.id() + "-invitation-" + qui + "-" + id, 0,
                "invitation-atelier", Map.of("prenom", nom, "date", a.jour().format(JOUR), "lieu", lieu, "organisme", role),
                maintenant().toInstant()), Canal.EMAIL, courriel);
        ateliers.marquerInvite(qui, id, maintenant());
    }

    static String lieu(AtelierLigne a) {
        String commune = a.nomCommune() == null ? "lieu à préciser" : a.nomCommune();
        return a.adresse() == null ? commune : a.adresse() + ", " + commune;
    }

    /**
     * Inscrit une personne (refus d'une double inscription, avec la raison) et planifie son rappel la veille à 10 h
     * (SMS si elle a donné un téléphone, sinon courriel ; aucun rappel sans moyen de contact).
     */
    @Transactional
    public long inscrire(long atelierId, Inscrit inscrit, String origine) {
        AtelierLigne a = atelier(atelierId);
        if (a.jour().isBefore(aujourdhui())) {
            throw new Refus("atelier", "Cet atelier a déjà eu lieu (le " + a.jour().format(JOUR) + ").");
        }
        List<InscriptionLigne> deja = ateliers.inscriptions(atelierId);
        inscrit.dejaInscrite(deja.stream().map(InscriptionLigne::inscrit).toList()).ifPresent(r -> {
            throw new Refus(r.startsWith("Téléphone") ? "telephone" : r.startsWith("Courriel") ? "courriel" : "nom",
                    "Déjà inscrite : " + r);
        });
        if (a.capacite() != null && deja.size() >= a.capacite()) {
            throw new Refus("nom", "Atelier complet : " + deja.size() + " personnes inscrites pour " + a.capacite()
                    + " places. La personne peut quand même venir sans inscription.");
        }
        long id;
        try {
            id = ateliers.inscrire(atelierId, inscrit, origine, maintenant());
        } catch (DuplicateKeyException e) {
            throw new Refus("nom", "Déjà inscrite : cette personne est déjà sur la liste de l'atelier.");
        }
        OffsetDateTime veille = a.jour().minusDays(1).atTime(LocalTime.of(10, 0)).atZone(PARIS).toOffsetDateTime();
        OffsetDateTime quand = veille.isBefore(maintenant()) ? maintenant() : veille;
        Map<String, String> variables = Map.of("prenom", inscrit.nom(), "date", a.jour().format(JOUR), "lieu", lieu(a));
        try {
            planifierRappel(atelierId, id, inscrit, variables, quand);
        } catch (IllegalArgumentException e) {
            throw new Refus(inscrit.telephone() != null ? "telephone" : "courriel",
                    (inscrit.telephone() != null ? "Téléphone : " : "Courriel : ") + e.getMessage());
        }
        return id;
    }

    private void planifierRappel(long atelierId, long id, Inscrit inscrit, Map<String, String> variables, OffsetDateTime quand) {
        if (inscrit.telephone() != null) {
            notifications.planifierVers(new DemandeNotification("atelier-" + atelierId + "-rappel-" + id, 0, "rappel-atelier",
                    variables, quand.toInstant()), Canal.SMS, inscrit.telephone());
        } else if (inscrit.courriel() != null) {
            notifications.planifierVers(new DemandeNotification("atelier-" + atelierId + "-rappel-" + id, 0, "rappel-atelier",
                    variables, quand.toInstant()), Canal.EMAIL, inscrit.courriel());
        }
    }

    /**
     * Ce que l'inscription par SMS a donné : inscrite ou non, et la réponse envoyée (un modèle par raison de refus, pour
     * n'employer que des variables connues des notifications).
     */
    public record ReponseSms(boolean inscrite, Optional<Long> atelierId, String modele, Map<String, String> variables) {
    }

    /**
     * Inscription par SMS ({@code ATELIER <code> [nom]}, reçu par le module notifications) : le code désigne
     * l'atelier de l'affiche. Inscrite sans doublon (le numéro identifie la personne), rappel la veille comme les
     * autres inscriptions, et réponse par SMS dans tous les cas : confirmation, ou la raison claire du refus (code
     * absent ou inconnu, atelier passé, complet, déjà inscrite). Tout est vérifié avant d'écrire, pour que la réponse
     * parte dans la même transaction.
     *
     * @param numero numéro de l'expéditeur (E.164, validé par les notifications)
     */
    @Transactional
    public ReponseSms inscrireParSms(String numero, String texte, java.time.Instant recuLe) {
        ReponseSms reponse = evaluerSms(numero, MessageInscriptionSms.lire(texte));
        notifications.planifierVers(new DemandeNotification("atelier-sms-" + numero + "-" + recuLe.toEpochMilli(), 0,
                reponse.modele(), reponse.variables(), maintenant().toInstant()), Canal.SMS, numero);
        return reponse;
    }

    private ReponseSms evaluerSms(String numero, MessageInscriptionSms message) {
        if (message.code().isEmpty()) {
            return new ReponseSms(false, Optional.empty(), "atelier-sms-sans-code", Map.of());
        }
        String code = message.code().get();
        Optional<AtelierLigne> trouve = ateliers.atelierParCode(code);
        if (trouve.isEmpty()) {
            return new ReponseSms(false, Optional.empty(), "atelier-sms-code-inconnu", Map.of("code", code));
        }
        AtelierLigne a = trouve.get();
        Map<String, String> variables = Map.of("code", code, "date", a.jour().format(JOUR), "lieu", lieu(a));
        if (a.jour().isBefore(aujourdhui())) {
            return new ReponseSms(false, Optional.of(a.id()), "atelier-sms-passe", variables);
        }
        Inscrit inscrit = new Inscrit(message.nom().orElse("Inscription par SMS"), numero, null);
        List<InscriptionLigne> deja = ateliers.inscriptions(a.id());
        if (inscrit.dejaInscrite(deja.stream().map(InscriptionLigne::inscrit).toList()).isPresent()) {
            return new ReponseSms(false, Optional.of(a.id()), "atelier-sms-deja-inscrit", variables);
        }
        if (a.capacite() != null && deja.size() >= a.capacite()) {
            return new ReponseSms(false, Optional.of(a.id()), "atelier-sms-complet", variables);
        }
        try {
            inscrire(a.id(), inscrit, "SMS");
        } catch (Refus r) {
            // Deux SMS du même numéro qui se croisent : la contrainte d'unicité a parlé.
            return new ReponseSms(false, Optional.of(a.id()), "atelier-sms-deja-inscrit", variables);
        }
        return new ReponseSms(true, Optional.of(a.id()), "inscription-atelier-sms", variables);
    }

    public List<AtelierLigne> aVenir() {
        return ateliers.ateliersDepuis(aujourdhui());
    }
}
