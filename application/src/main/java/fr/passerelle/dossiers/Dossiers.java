package fr.passerelle.dossiers;

import java.util.Collection;
import java.util.List;
import java.util.Set;

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
     * Crée dans le dossier un suivi décidé avec la personne (au jour J d'un atelier) : une démarche « à faire » et un
     * échange sur le canal atelier qui dit d'où il vient. Le consentement de la personne est recueilli par l'appelant ;
     * ici, comme pour toute démarche, il faut en plus un mandat actif couvrant le périmètre. Journalisé (autorisé ou
     * refusé).
     *
     * @return le numéro de la démarche créée (pour en relire l'état par {@link #demarchesOuvertes})
     * @throws AccesRefuse avec la raison, comme {@link #ouvrir}
     */
    long creerSuivi(CompteConnecte aidant, long dossierId, SuiviAFaire suivi);

    /**
     * Parmi ces démarches, celles qui ne sont pas terminées, dans un dossier qui n'est pas effacé. Ne rend que des
     * numéros (des chiffres agrégés, sans donnée de la personne), donc sans mandat ni journal.
     */
    Set<Long> demarchesOuvertes(Collection<Long> demarcheIds);
}
