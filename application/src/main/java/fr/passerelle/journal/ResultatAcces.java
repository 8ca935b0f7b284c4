package fr.passerelle.journal;

/** Issue d'un accès journalisé. */
public enum ResultatAcces {
    AUTORISE,
    REFUSE
}
