package fr.passerelle.mandats.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.comptes.Role;
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
import fr.passerelle.mandats.internal.domaine.Duree;
import fr.passerelle.mandats.internal.domaine.Mandat;
import fr.passerelle.mandats.internal.domaine.MandatInvalide;
import fr.passerelle.mandats.internal.domaine.ModeConsentement;
import fr.passerelle.mandats.internal.domaine.RegleAcces;
import fr.passerelle.mandats.internal.domaine.Revocation;
import fr.passerelle.mandats.internal.domaine.SignatureEcran;
import fr.passerelle.mandats.internal.domaine.VoieRevocation;
import fr.passerelle.mandats.internal.persistance.MandatJdbc;

/**
 * Les mandats : décision d'accès (relue en base à chaque appel, sans cache, pour qu'une révocation coupe l'accès à
 * l'instant), préparation, signature et révocation.
 */
@Service
@Transactional
public class ServiceMandats implements Mandats {

    private final MandatJdbc stockage;
    private final ObjectProvider<PersonnesMandantes> personnes;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    public ServiceMandats(MandatJdbc stockage, ObjectProvider<PersonnesMandantes> personnes,
                          ApplicationEventPublisher evenements, Clock horloge) {
        this.stockage = stockage;
        this.personnes = personnes;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    Instant maintenant() {
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

    /** Le dossier, pour un aidant de la structure qui le suit (préparer, signer, imprimer ou révoquer un mandat). */
    @Transactional(readOnly = true)
    public Mandant dossierDeLaStructure(CompteConnecte aidant, long dossierId) {
        if (aidant.role() != Role.AIDANT) {
            throw new AccesRefuse("seul un aidant peut préparer un mandat");
        }
        Mandant mandant = mandant(dossierId).orElseThrow(() -> new AccesRefuse("aucun dossier n° " + dossierId));
        if (aidant.structureId().isEmpty() || aidant.structureId().get() != mandant.structureId()) {
            throw new AccesRefuse("ce dossier appartient à une autre structure");
        }
        return mandant;
    }

    /** Un mandat du dossier, pour un aidant de la structure du dossier et du mandat. */
    @Transactional(readOnly = true)
    public Mandat mandatDeLaStructure(CompteConnecte aidant, long dossierId, long mandatId) {
        Mandant mandant = dossierDeLaStructure(aidant, dossierId);
        return stockage.parId(mandatId)
                .filter(m -> m.dossierId() == dossierId && m.structureId() == mandant.structureId())
                .orElseThrow(() -> new AccesRefuse("aucun mandat n° " + mandatId + " pour ce dossier"));
    }

    /** Prépare un mandat, en attente du consentement de la personne. */
    public Mandat preparer(CompteConnecte aidant, long dossierId, Set<Perimetre> perimetres, Duree duree,
                           ModeConsentement mode) {
        Mandant mandant = dossierDeLaStructure(aidant, dossierId);
        return stockage.inserer(Mandat.proposer(dossierId, mandant.structureId(), perimetres, duree, mode,
                mandant.telephone(), maintenant(), aidant.id(), aidant.nomAffiche()));
    }

    /** Signature à l'écran au guichet : la personne coche « J'accepte… » et écrit le nom du dossier. */
    public Mandat signerAEcran(CompteConnecte aidant, long dossierId, long mandatId, boolean accepte, String nomEcrit) {
        Mandant mandant = dossierDeLaStructure(aidant, dossierId);
        Mandat mandat = enAttente(aidant, dossierId, mandatId, ModeConsentement.SIGNATURE_ECRAN);
        SignatureEcran.verifier(accepte, nomEcrit, mandant.nomComplet());
        return activer(mandat);
    }

    /** Le mandat, verrouillé, s'il attend encore le consentement de la personne selon ce mode. */
    Mandat enAttente(CompteConnecte aidant, long dossierId, long mandatId, ModeConsentement mode) {
        mandatDeLaStructure(aidant, dossierId, mandatId);
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
    Mandat activer(Mandat enAttente) {
        Mandat signe = enAttente.signer(maintenant());
        stockage.enregistrerEtat(signe);
        evenements.publishEvent(new MandatSigne(signe.id(), signe.dossierId(), signe.structureId(), signe.perimetres(),
                signe.finLe()));
        return signe;
    }

    /** Retire le mandat : l'accès cesse à l'instant (la décision relit l'état à chaque appel). */
    public Mandat revoquer(long mandatId, VoieRevocation voie, String parNom) {
        Mandat mandat = stockage.parIdPourModifier(mandatId)
                .orElseThrow(() -> new MandatInvalide("mandat", "Aucun mandat n° " + mandatId + "."));
        Mandat revoque = mandat.revoquer(new Revocation(maintenant(), voie, parNom));
        stockage.enregistrerEtat(revoque);
        evenements.publishEvent(new MandatRevoque(revoque.id(), revoque.dossierId(), voie.libelle(),
                revoque.revocation().orElseThrow().le()));
        return revoque;
    }

    static RegleAcces.Demandeur demandeur(CompteConnecte compte) {
        return new RegleAcces.Demandeur(compte.role() == Role.AIDANT, compte.structureId());
    }
}
