package fr.passerelle.dossiers;

import java.util.Optional;

/**
 * Événement : le dossier est désormais celui du compte d'usager donné (la personne s'est créé un compte, l'aidant
 * l'a relié), à la place d'un autre compte ou d'aucun. Publié dans la transaction qui écrit.
 */
public record DossierLieAUnCompte(long dossierId, Optional<Long> ancienCompte, long compte) {
}
