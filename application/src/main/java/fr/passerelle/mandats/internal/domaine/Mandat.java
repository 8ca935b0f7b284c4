package fr.passerelle.mandats.internal.domaine;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import fr.passerelle.mandats.EtatMandat;
import fr.passerelle.mandats.MandatResume;
import fr.passerelle.mandats.Perimetre;

/**
 * Un mandat : la personne (son dossier) autorise la structure de l'aidant à agir pour elle, dans des périmètres et
 * pour une durée. L'état enregistré est « en attente de signature », « actif » ou « révoqué » ; l'expiration se
 * déduit de l'heure ({@link #etatA}), pour qu'aucun traitement de nuit ne soit nécessaire à la fin de l'accès.
 *
 * @param creeParId  compte de l'aidant qui a préparé le mandat
 * @param telephone  portable de la personne (E.164) lors de la préparation : le code y est envoyé, et un
 *                   {@code RETIRER} reçu de ce numéro retire le mandat
 * @param signeLe    instant du consentement ; la durée court à partir de là
 */
public record Mandat(Long id, long dossierId, long structureId, Set<Perimetre> perimetres, Duree duree,
                     ModeConsentement mode, Instant creeLe, long creeParId, String creeParNom, EtatMandat etat,
                     Optional<String> telephone, Optional<Instant> signeLe, Optional<Revocation> revocation) {

    public Mandat {
        Objects.requireNonNull(duree, "duree");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(creeLe, "creeLe");
        Objects.requireNonNull(creeParNom, "creeParNom");
        Objects.requireNonNull(etat, "etat");
        Objects.requireNonNull(telephone, "telephone");
        Objects.requireNonNull(signeLe, "signeLe");
        Objects.requireNonNull(revocation, "revocation");
        if (perimetres == null || perimetres.isEmpty()) {
            throw new MandatInvalide("perimetres", "Cochez au moins un périmètre : le domaine dans lequel "
                    + "l'aidant pourra agir pour la personne.");
        }
        perimetres = Collections.unmodifiableSet(EnumSet.copyOf(perimetres));
        if (etat == EtatMandat.EXPIRE) {
            throw new IllegalArgumentException("l'expiration se déduit de l'heure, elle ne s'enregistre pas");
        }
        if (etat == EtatMandat.EN_ATTENTE_DE_SIGNATURE && signeLe.isPresent()) {
            throw new IllegalArgumentException("un mandat en attente de signature n'a pas de date de signature");
        }
        if (etat == EtatMandat.ACTIF && signeLe.isEmpty()) {
            throw new IllegalArgumentException("un mandat actif a une date de signature");
        }
        if ((etat == EtatMandat.REVOQUE) != revocation.isPresent()) {
            throw new IllegalArgumentException("seul un mandat révoqué a une révocation");
        }
    }

    /** Nouveau mandat, en attente du consentement de la personne. */
    public static Mandat proposer(long dossierId, long structureId, Set<Perimetre> perimetres, Duree duree,
                                  ModeConsentement mode, Optional<String> telephone, Instant le, long aidantId,
                                  String aidantNom) {
        if (duree == null) {
            throw new MandatInvalide("duree", "Indiquez la durée du mandat, d'un jour à douze mois.");
        }
        if (mode == null) {
            throw new MandatInvalide("mode", "Choisissez comment la personne donne son accord : code par SMS ou "
                    + "signature à l'écran.");
        }
        Optional<String> portable = telephone.flatMap(Portable::e164);
        if (mode == ModeConsentement.CODE_SMS && portable.isEmpty()) {
            throw new MandatInvalide("mode", telephone.isEmpty()
                    ? "La personne n'a pas de numéro de portable dans son dossier : le code ne peut pas être envoyé "
                    + "par SMS. Choisissez la signature à l'écran, ou ajoutez son portable au dossier."
                    : "Le numéro du dossier (" + telephone.get() + ") n'est pas un portable valable : le code ne peut "
                    + "pas être envoyé par SMS. Choisissez la signature à l'écran, ou corrigez le numéro du dossier.");
        }
        return new Mandat(null, dossierId, structureId, perimetres, duree, mode, le, aidantId, aidantNom,
                EtatMandat.EN_ATTENTE_DE_SIGNATURE, portable,
                Optional.empty(), Optional.empty());
    }

    public Mandat avecId(long nouvelId) {
        return new Mandat(nouvelId, dossierId, structureId, perimetres, duree, mode, creeLe, creeParId, creeParNom,
                etat, telephone, signeLe, revocation);
    }

    /** Le consentement est recueilli : le mandat devient actif, pour sa durée à compter de maintenant. */
    public Mandat signer(Instant le) {
        if (etat != EtatMandat.EN_ATTENTE_DE_SIGNATURE) {
            throw new MandatInvalide("mandat", "Ce mandat n'attend plus de signature (il est "
                    + libelleEtat(etatA(le)) + ").");
        }
        return new Mandat(id, dossierId, structureId, perimetres, duree, mode, creeLe, creeParId, creeParNom,
                EtatMandat.ACTIF, telephone, Optional.of(le), Optional.empty());
    }

    /** La personne retire son mandat (ou renonce à un mandat pas encore signé) : l'accès cesse à cet instant. */
    public Mandat revoquer(Revocation r) {
        EtatMandat maintenant = etatA(r.le());
        if (maintenant == EtatMandat.REVOQUE || maintenant == EtatMandat.EXPIRE) {
            throw new MandatInvalide("mandat", "Ce mandat est déjà " + libelleEtat(maintenant) + ".");
        }
        return new Mandat(id, dossierId, structureId, perimetres, duree, mode, creeLe, creeParId, creeParNom,
                EtatMandat.REVOQUE, telephone, signeLe, Optional.of(r));
    }

    public EtatMandat etatA(Instant maintenant) {
        if (etat == EtatMandat.ACTIF && !maintenant.isBefore(finLe())) {
            return EtatMandat.EXPIRE;
        }
        return etat;
    }

    public boolean actifA(Instant maintenant) {
        return etatA(maintenant) == EtatMandat.ACTIF;
    }

    public boolean couvre(Perimetre perimetre) {
        return perimetres.contains(perimetre);
    }

    /** Début : la signature, ou la préparation tant que la personne n'a pas signé. */
    public Instant debutLe() {
        return signeLe.orElse(creeLe);
    }

    /** Fin : la durée comptée depuis la signature (prévisionnelle tant que la personne n'a pas signé). */
    public Instant finLe() {
        return duree.finA(debutLe(), DatesLisibles.ZONE);
    }

    /** Quand l'accès a cessé : à la révocation, ou à la fin de la durée. */
    public Instant termineLe() {
        return revocation.map(Revocation::le).orElseGet(this::finLe);
    }

    public MandatResume resume(Instant maintenant) {
        return new MandatResume(id == null ? 0 : id, dossierId, structureId, perimetres, etatA(maintenant), debutLe(),
                finLe(), revocation.map(Revocation::le));
    }

    public static String libelleEtat(EtatMandat etat) {
        return switch (etat) {
            case EN_ATTENTE_DE_SIGNATURE -> "en attente de signature";
            case ACTIF -> "actif";
            case EXPIRE -> "expiré";
            case REVOQUE -> "révoqué";
        };
    }
}
