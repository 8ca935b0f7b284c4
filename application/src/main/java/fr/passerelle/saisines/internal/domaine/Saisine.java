package fr.passerelle.saisines.internal.domaine;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import fr.passerelle.mandats.Perimetre;
import fr.passerelle.structures.Organisation;
import fr.passerelle.structures.TypeOrganisation;

/**
 * Une saisine d'une organisation par un aidant, au sujet du dossier d'une personne. Valeur immuable : chaque
 * transition renvoie la saisine dans son nouvel état.
 *
 * @param personneNom         nom de la personne, partagé avec l'organisation par son accord
 * @param attenteAgentDepuis  depuis quand l'organisation doit une réponse (vide quand c'est à l'aidant d'agir, ou
 *                            quand la saisine est close) : c'est ce qui fait courir le délai de service
 */
public record Saisine(Long id, long dossierId, long structureId, long aidantId, String aidantNom, String personneNom,
                      long organisationId, String organisationNom, TypeOrganisation typeOrganisation,
                      Perimetre perimetre, String objet, String blocage, String tentatives,
                      boolean consentementPartage, EtatSaisine etat, Optional<IssueSaisine> issue, Instant ouverteLe,
                      Optional<Instant> attenteAgentDepuis, Optional<Instant> closeLe) {

    public Saisine {
        Objects.requireNonNull(etat, "etat");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(attenteAgentDepuis, "attenteAgentDepuis");
        Objects.requireNonNull(closeLe, "closeLe");
        if (!consentementPartage) {
            throw new IllegalArgumentException("une saisine exige l'accord de la personne pour le partage");
        }
        if ((etat == EtatSaisine.CLOSE) != issue.isPresent()) {
            throw new IllegalArgumentException("une saisine close a une issue, et seulement elle");
        }
    }

    /**
     * Ouvre une saisine. Le périmètre se déduit du type de l'organisation.
     *
     * @throws SaisieRefusee si un champ est refusé (le premier, avec sa raison)
     */
    public static Saisine ouvrir(long dossierId, long structureId, long aidantId, String aidantNom, String personneNom,
                                 Organisation organisation, NouvelleSaisine demande, Instant le) {
        demande.erreurs().entrySet().stream().findFirst().ifPresent(e -> {
            throw new SaisieRefusee(e.getKey(), e.getValue());
        });
        return new Saisine(null, dossierId, structureId, aidantId, aidantNom, personneNom, organisation.id(),
                organisation.nom(), organisation.type(), PerimetresParOrganisation.de(organisation.type()),
                demande.objet(), demande.blocage(), demande.tentatives(), true, EtatSaisine.OUVERTE,
                Optional.empty(), le, Optional.of(le), Optional.empty());
    }

    public Saisine avecId(long nouvelId) {
        return new Saisine(nouvelId, dossierId, structureId, aidantId, aidantNom, personneNom, organisationId,
                organisationNom, typeOrganisation, perimetre, objet, blocage, tentatives, consentementPartage, etat,
                issue, ouverteLe, attenteAgentDepuis, closeLe);
    }

    public boolean close() {
        return etat == EtatSaisine.CLOSE;
    }

    /** L'agent répond : la saisine est en cours, l'organisation ne doit plus de réponse. */
    public Saisine repondueParAgent() {
        exigerOuverte();
        return vers(EtatSaisine.EN_COURS, Optional.empty());
    }

    /** L'agent demande une pièce : c'est à l'aidant d'agir, le délai de l'organisation ne court plus. */
    public Saisine pieceDemandee() {
        exigerOuverte();
        return vers(EtatSaisine.PIECE_DEMANDEE, Optional.empty());
    }

    /**
     * L'aidant écrit (ou envoie la pièce demandée) : l'organisation doit de nouveau une réponse, depuis le premier
     * message resté sans réponse.
     */
    public Saisine messageDeLAidant(Instant le) {
        exigerOuverte();
        EtatSaisine suivant = etat == EtatSaisine.OUVERTE ? EtatSaisine.OUVERTE : EtatSaisine.EN_COURS;
        return vers(suivant, Optional.of(attenteAgentDepuis.orElse(le)));
    }

    public Saisine close(IssueSaisine issueFinale, Instant le) {
        Objects.requireNonNull(issueFinale, "issue");
        exigerOuverte();
        return new Saisine(id, dossierId, structureId, aidantId, aidantNom, personneNom, organisationId,
                organisationNom, typeOrganisation, perimetre, objet, blocage, tentatives, consentementPartage,
                EtatSaisine.CLOSE, Optional.of(issueFinale), ouverteLe, Optional.empty(), Optional.of(le));
    }

    /** Date limite de la réponse attendue de l'organisation, si elle en doit une. */
    public Optional<Instant> reponseAttendueAvant(DelaisDeService delais) {
        return attenteAgentDepuis.map(depuis -> depuis.plus(delais.delai(typeOrganisation)));
    }

    /** Sans réponse de l'organisation au-delà de son délai de service. */
    public boolean enRetard(DelaisDeService delais, Instant maintenant) {
        return reponseAttendueAvant(delais).map(maintenant::isAfter).orElse(false);
    }

    private void exigerOuverte() {
        if (close()) {
            throw new SaisieRefusee("etat", "Cette saisine est close (" + issue.orElseThrow().libelle().toLowerCase()
                    + ") : on ne peut plus y écrire. Ouvrez une nouvelle saisine si le problème revient.");
        }
    }

    private Saisine vers(EtatSaisine nouvelEtat, Optional<Instant> attente) {
        return new Saisine(id, dossierId, structureId, aidantId, aidantNom, personneNom, organisationId,
                organisationNom, typeOrganisation, perimetre, objet, blocage, tentatives, consentementPartage,
                nouvelEtat, issue, ouverteLe, attente, closeLe);
    }
}
