package fr.passerelle.mandats.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.comptes.Role;
import fr.passerelle.journal.EvenementJournal;
import fr.passerelle.journal.Journal;
import fr.passerelle.journal.ResultatAcces;
import fr.passerelle.mandats.AccesRefuse;
import fr.passerelle.mandats.DecisionAcces;
import fr.passerelle.mandats.EtatMandat;
import fr.passerelle.mandats.MandatResume;
import fr.passerelle.mandats.MandatRevoque;
import fr.passerelle.mandats.MandatSigne;
import fr.passerelle.mandats.Mandats;
import fr.passerelle.mandats.Perimetre;
import fr.passerelle.mandats.PersonnesMandantes;
import fr.passerelle.mandats.PersonnesMandantes.Mandant;
import fr.passerelle.mandats.internal.domaine.DatesLisibles;
import fr.passerelle.mandats.internal.domaine.Duree;
import fr.passerelle.mandats.internal.domaine.Mandat;
import fr.passerelle.mandats.internal.domaine.MandatInvalide;
import fr.passerelle.mandats.internal.domaine.ModeConsentement;
import fr.passerelle.mandats.internal.domaine.RegleAcces;
import fr.passerelle.mandats.internal.domaine.Revocation;
import fr.passerelle.mandats.internal.domaine.SignatureEcran;
import fr.passerelle.mandats.internal.domaine.VoieRevocation;
import fr.passerelle.mandats.internal.persistance.MandatJdbc;
import fr.passerelle.notifications.Canal;
import fr.passerelle.notifications.DemandeNotification;
import fr.passerelle.notifications.Notifications;

/**
 * Les mandats : décision d'accès (relue en base à chaque appel, sans cache, pour qu'une révocation coupe l'accès à
 * l'instant), préparation, signature et révocation.
 */
@Service
// Un refus de saisie (MandatInvalide) arrive avant toute écriture, ou après une écriture à garder (essai de code
// compté) : il n'annule pas la transaction, y compris quand ConsentementParCode appelle ce service.
@Transactional(noRollbackFor = MandatInvalide.class)
public class ServiceMandats implements Mandats {

    /**
     * Nom d'acteur quand la personne agit elle-même : le journal ne garde aucune donnée personnelle de la personne
     * suivie (ADR 0006), seulement l'identifiant de son compte.
     */
    static final String LA_PERSONNE = "la personne";

    private final MandatJdbc stockage;
    private final ObjectProvider<PersonnesMandantes> personnes;
    private final ApplicationEventPublisher evenements;
    private final Journal journal;
    private final Notifications notifications;
    private final Clock horloge;

    public ServiceMandats(MandatJdbc stockage, ObjectProvider<PersonnesMandantes> personnes,
                          ApplicationEventPublisher evenements, Journal journal, Notifications notifications,
                          Clock horloge) {
        this.stockage = stockage;
        this.personnes = personnes;
        this.evenements = evenements;
        this.journal = journal;
        this.notifications = notifications;
        this.horloge = horloge;
    }

    public Instant maintenant() {
        return horloge.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    @Transactional(readOnly = true)
    public DecisionAcces decider(CompteConnecte aidant, long dossierId, Perimetre perimetre) {
        return RegleAcces.decider(demandeur(aidant), dossierId, mandant(dossierId).map(Mandant::structureId),
                stockage.duDossier(dossierId), perimetre, maintenant());
    }

    @Override
    @Transactional(readOnly = true)
    public List<MandatResume> duDossier(long dossierId) {
        Instant maintenant = maintenant();
        return stockage.duDossier(dossierId).stream().map(m -> m.resume(maintenant)).toList();
    }

    /**
     * La personne du dossier, par le port que le module dossiers implémente. Tant qu'aucun module ne le fournit,
     * aucun dossier n'existe : tout accès est refusé (« aucun dossier »).
     */
    @Transactional(readOnly = true)
    public Optional<Mandant> mandant(long dossierId) {
        PersonnesMandantes port = personnes.getIfAvailable();
        return port == null ? Optional.empty() : port.mandant(dossierId);
    }

    /**
     * Le dossier, pour un aidant de la structure qui le suit (préparer, signer, imprimer ou révoquer un mandat) ; une
     * tentative refusée est écrite au journal.
     *
     * @param action ce que l'aidant tente (« consultation des mandats », « préparation d'un mandat »…)
     */
    @Transactional(readOnly = true)
    public Mandant dossierDeLaStructure(CompteConnecte aidant, long dossierId, String action) {
        Optional<Mandant> mandant = mandant(dossierId);
        String refus = aidant.role() != Role.AIDANT ? "seul un aidant peut agir sur les mandats d'un dossier"
                : mandant.isEmpty() ? "aucun dossier n° " + dossierId
                : aidant.structureId().isEmpty() || aidant.structureId().get() != mandant.get().structureId()
                ? "ce dossier appartient à une autre structure" : null;
        if (refus != null) {
            tracer(aidant, dossierId, action, false, refus);
            throw new AccesRefuse(refus);
        }
        return mandant.get();
    }

    /** Un mandat du dossier, pour un aidant de la structure du dossier et du mandat. */
    @Transactional(readOnly = true)
    public Mandat mandatDeLaStructure(CompteConnecte aidant, long dossierId, long mandatId, String action) {
        Mandant mandant = dossierDeLaStructure(aidant, dossierId, action);
        Optional<Mandat> mandat = stockage.parId(mandatId)
                .filter(m -> m.dossierId() == dossierId && m.structureId() == mandant.structureId());
        if (mandat.isEmpty()) {
            String refus = "aucun mandat n° " + mandatId + " de votre structure pour ce dossier";
            tracer(aidant, dossierId, action, false, refus);
            throw new AccesRefuse(refus);
        }
        return mandat.get();
    }

    /** Prépare un mandat, en attente du consentement de la personne. */
    public Mandat preparer(CompteConnecte aidant, long dossierId, Set<Perimetre> perimetres, Duree duree,
                           ModeConsentement mode) {
        Mandant mandant = dossierDeLaStructure(aidant, dossierId, "préparation d'un mandat");
        Mandat mandat = stockage.inserer(Mandat.proposer(dossierId, mandant.structureId(), perimetres, duree, mode,
                mandant.telephone(), maintenant(), aidant.id(), aidant.nomAffiche()), mandant.compteUsagerId());
        tracer(aidant, dossierId, "mandat préparé", true, "mandat n° " + mandat.id() + " : " + description(mandat));
        return mandat;
    }

    /** Signature à l'écran au guichet : la personne coche « J'accepte… » et écrit le nom du dossier. */
    public Mandat signerAEcran(CompteConnecte aidant, long dossierId, long mandatId, boolean accepte, String nomEcrit) {
        Mandant mandant = dossierDeLaStructure(aidant, dossierId, "signature d'un mandat à l'écran");
        Mandat mandat = enAttente(aidant, dossierId, mandatId, ModeConsentement.SIGNATURE_ECRAN);
        try {
            SignatureEcran.verifier(accepte, nomEcrit, mandant.nomComplet());
        } catch (MandatInvalide e) {
            // Pas le nom écrit au journal : il ne garde aucune donnée de la personne suivie (ADR 0006).
            tracer(aidant, dossierId, "signature à l'écran refusée", false, "mandat n° " + mandatId + " : "
                    + ("accepte".equals(e.champ()) ? "accord non coché" : "nom écrit différent du nom du dossier"));
            throw e;
        }
        return activer(mandat, aidant);
    }

    /** Le mandat, verrouillé, s'il attend encore le consentement de la personne selon ce mode. */
    Mandat enAttente(CompteConnecte aidant, long dossierId, long mandatId, ModeConsentement mode) {
        mandatDeLaStructure(aidant, dossierId, mandatId, "signature d'un mandat");
        Mandat mandat = stockage.parIdPourModifier(mandatId).orElseThrow();
        if (mandat.etatA(maintenant()) != EtatMandat.EN_ATTENTE_DE_SIGNATURE) {
            throw new MandatInvalide("mandat", "Ce mandat n'attend plus de signature (il est "
                    + Mandat.libelleEtat(mandat.etatA(maintenant())) + ").");
        }
        if (mandat.mode() != mode) {
            throw new MandatInvalide("mandat", "Ce mandat se signe par : " + mandat.mode().libelle() + ".");
        }
        return mandat;
    }

    /** Le consentement est recueilli (code juste ou signature valable) : le mandat devient actif. */
    Mandat activer(Mandat enAttente, CompteConnecte aidant) {
        Mandat signe = enAttente.signer(maintenant());
        stockage.enregistrerEtat(signe);
        evenements.publishEvent(new MandatSigne(signe.id(), signe.dossierId(), signe.structureId(), signe.perimetres(),
                signe.finLe()));
        tracer(aidant, signe.dossierId(), "mandat signé", true, "mandat n° " + signe.id() + " ("
                + (signe.mode() == ModeConsentement.CODE_SMS ? "code reçu par SMS" : "signature à l'écran") + ") : "
                + description(signe) + ", jusqu'au " + DatesLisibles.jourEtHeure(signe.finLe()));
        return signe;
    }

    /** Révocation au guichet, à la demande de la personne, enregistrée par un aidant de la structure. */
    public Mandat revoquerAuGuichet(CompteConnecte aidant, long dossierId, long mandatId) {
        mandatDeLaStructure(aidant, dossierId, mandatId, "révocation d'un mandat au guichet");
        return revoquer(mandatId, VoieRevocation.GUICHET, aidant.id(), aidant.nomAffiche());
    }

    /**
     * Retire le mandat : l'accès cesse à l'instant (la décision relit l'état à chaque appel).
     *
     * @param acteurId  compte de qui l'enregistre (la personne, ou l'aidant au guichet ; 0 par SMS sans compte)
     * @param acteurNom l'aidant du guichet, ou {@link #LA_PERSONNE}
     */
    public Mandat revoquer(long mandatId, VoieRevocation voie, long acteurId, String acteurNom) {
        Mandat mandat = stockage.parIdPourModifier(mandatId)
                .orElseThrow(() -> new MandatInvalide("mandat", "Aucun mandat n° " + mandatId + "."));
        Mandat revoque = mandat.revoquer(new Revocation(maintenant(), voie, acteurNom));
        stockage.enregistrerEtat(revoque);
        evenements.publishEvent(new MandatRevoque(revoque.id(), revoque.dossierId(), voie.libelle(),
                revoque.revocation().orElseThrow().le()));
        tracer(acteurId, acteurNom, revoque.dossierId(), "mandat révoqué", true, "mandat n° " + mandatId + " ("
                + voie.libelle() + ") : " + description(revoque));
        return revoque;
    }

    /** Les mandats du dossier, pour l'aidant de la structure (qui rafraîchit au passage le compte de la personne). */
    public List<Mandat> mandatsDuDossier(CompteConnecte aidant, long dossierId) {
        Mandant mandant = dossierDeLaStructure(aidant, dossierId, "consultation des mandats du dossier");
        stockage.rattacherCompte(dossierId, mandant.compteUsagerId());
        return stockage.duDossier(dossierId).stream().filter(m -> m.structureId() == mandant.structureId()).toList();
    }

    /**
     * Les mandats (tous états) dont cette personne est le sujet, pour son espace : seulement ceux dont le dossier
     * est, aujourd'hui encore, lié à son compte.
     */
    @Transactional(readOnly = true)
    public List<Mandat> deLaPersonne(long compteUsagerId) {
        return stockage.duCompteUsager(compteUsagerId).stream()
                .filter(m -> mandant(m.dossierId()).flatMap(Mandant::compteUsagerId).equals(Optional.of(compteUsagerId)))
                .toList();
    }

    /** La personne retire elle-même un de ses mandats depuis son espace ; un mandat qui n'est pas le sien est refusé. */
    public Mandat retirerDepuisEspace(CompteConnecte usager, long mandatId) {
        Optional<Mandat> mandat = deLaPersonne(usager.id()).stream().filter(m -> m.id() == mandatId).findFirst();
        if (usager.role() != Role.USAGER || mandat.isEmpty()) {
            String refus = "ce mandat n'est pas l'un des vôtres";
            stockage.parId(mandatId).ifPresent(m -> tracer(usager.id(), usager.role() == Role.USAGER ? "un usager"
                    : usager.nomAffiche(), m.dossierId(), "retrait d'un mandat", false, refus));
            throw new AccesRefuse(refus);
        }
        return revoquer(mandatId, VoieRevocation.ESPACE_PERSONNEL, usager.id(), LA_PERSONNE);
    }

    /**
     * Mot-clé {@code RETIRER} reçu par SMS de ce numéro : retire tous les mandats actifs (ou en attente) préparés
     * avec ce portable, et le confirme par SMS.
     *
     * @return le nombre de mandats retirés
     */
    public int retirerParSms(String numeroE164) {
        int retires = 0;
        Optional<Long> compte = Optional.empty();
        Instant maintenant = maintenant();
        for (Mandat m : stockage.duTelephone(numeroE164)) {
            EtatMandat etat = m.etatA(maintenant);
            if (etat != EtatMandat.ACTIF && etat != EtatMandat.EN_ATTENTE_DE_SIGNATURE) {
                continue;
            }
            Optional<Mandant> mandant = mandant(m.dossierId());
            compte = compte.or(() -> mandant.flatMap(Mandant::compteUsagerId));
            revoquer(m.id(), VoieRevocation.SMS, mandant.flatMap(Mandant::compteUsagerId).orElse(0L), LA_PERSONNE);
            retires++;
        }
        if (retires > 0) {
            notifications.planifierVers(new DemandeNotification("mandat-retire:" + numeroE164 + ":"
                    + maintenant.toEpochMilli(), compte.orElse(0L), "mandat-retire", Map.of(), maintenant),
                    Canal.SMS, numeroE164);
        }
        return retires;
    }

    @Transactional(readOnly = true)
    public Optional<Mandat> parId(long mandatId) {
        return stockage.parId(mandatId);
    }

    /** Écrit au journal d'accès (dans sa propre transaction : un refus y reste même si la requête échoue). */
    void tracer(CompteConnecte acteur, long dossierId, String action, boolean autorise, String motif) {
        tracer(acteur.id(), acteur.nomAffiche(), dossierId, action, autorise, motif);
    }

    void tracer(long acteurId, String acteurNom, long dossierId, String action, boolean autorise, String motif) {
        journal.ecrire(new EvenementJournal(acteurId, acteurNom, Optional.of(dossierId), action,
                autorise ? ResultatAcces.AUTORISE : ResultatAcces.REFUSE, motif));
    }

    static String description(Mandat m) {
        return m.perimetres().stream().map(Perimetre::nomCourt).collect(Collectors.joining(", "))
                + " ; " + m.duree().libelle();
    }

    static RegleAcces.Demandeur demandeur(CompteConnecte compte) {
        return new RegleAcces.Demandeur(compte.role() == Role.AIDANT, compte.structureId());
    }
}
