package fr.passerelle.dossiers.internal;

import fr.passerelle.mandats.AccesRefuse;

/**
 * Dossier inconnu, effacé ou d'une autre structure : la réponse est la même dans les trois cas (404), pour ne
 * rien révéler, pas même l'existence du dossier, à une autre structure.
 */
public class DossierIntrouvable extends AccesRefuse {

    public DossierIntrouvable() {
        super("Ce dossier n'existe pas dans votre structure.");
    }
}
