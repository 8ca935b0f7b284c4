package fr.passerelle.dossiers;

import java.util.List;

import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.mandats.AccesRefuse;
import fr.passerelle.mandats.Perimetre;

/** Accès des autres modules aux dossiers, toujours sous mandat et toujours journalisé. */
public interface Dossiers {

    /**
     * Le dossier, pour un aidant qui agit dans ce périmètre : exige un mandat actif de la personne envers la
     * structure de l'aidant couvrant le périmètre, et écrit l'accès au journal (autorisé ou refusé).
     *
     * @param action ce que l'aidant fait (« ouverture d'une saisine », « lettre de rectification »…), journalisé
     * @throws AccesRefuse avec la raison (dossier inconnu ou d'une autre structure, mandat absent, expiré, révoqué,
     *                     périmètre non couvert)
     */
    DossierVu ouvrir(CompteConnecte aidant, long dossierId, Perimetre perimetre, String action);

    /** Les dossiers dont la personne de ce compte usager est le sujet (pour son espace). */
    List<DossierVu> dePersonne(long compteUsagerId);

    /**
     * Joint au dossier les droits trouvés pour la personne (questionnaire « Mes droits » fait pour elle) : un droit
     * déjà au dossier est mis à jour (libellé, montant) et garde son statut ; un droit nouveau est « à demander ».
     * Exige un mandat actif couvrant {@link Perimetre#PRESTATIONS_SOCIALES} ; journalisé (autorisé ou refusé).
     *
     * @return le nombre de droits joints
     * @throws AccesRefuse avec la raison, comme {@link #ouvrir}
     */
    int joindreDroits(CompteConnecte aidant, long dossierId, List<DroitTrouve> droits);

    /**
     * Les droits inscrits aux dossiers de la personne de ce compte, avec leur statut, pour un dépistage de ses droits
     * (administration proactive) lancé par {@code qui} : chaque dossier lu est écrit au journal (la personne le voit dans
     * « qui a consulté mon dossier »). Rien d'autre du dossier (ni identité, ni NIR, ni pièces).
     */
    List<DroitAuDossier> droitsPourDepistage(CompteConnecte qui, long compteUsagerId);
}
