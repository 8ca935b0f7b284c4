package fr.passerelle.comptes;

import java.util.Optional;

/**
 * Vue, pour les autres modules, du compte de la personne connectée.
 *
 * @param rattachement   nom de la structure (aidant) ou de l'organisation (agent), s'il y en a une
 * @param structureId    structure de l'aidant (ou du coordinateur rattaché), s'il y en a une
 * @param organisationId organisation de l'agent, s'il y en a une
 */
public record CompteConnecte(long id, String email, String nomAffiche, Role role, Optional<String> rattachement,
                             Optional<Long> structureId, Optional<Long> organisationId) {

    public CompteConnecte(long id, String email, String nomAffiche, Role role, Optional<String> rattachement) {
        this(id, email, nomAffiche, role, rattachement, Optional.empty(), Optional.empty());
    }
}
