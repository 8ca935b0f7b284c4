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
}
