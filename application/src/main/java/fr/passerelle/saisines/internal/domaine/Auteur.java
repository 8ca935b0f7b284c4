package fr.passerelle.saisines.internal.domaine;

/** Qui écrit dans le fil d'une saisine. */
public enum Auteur {
    AIDANT,
    AGENT
}
