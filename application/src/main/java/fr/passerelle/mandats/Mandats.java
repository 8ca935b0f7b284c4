package fr.passerelle.mandats;

import java.util.List;

import fr.passerelle.comptes.CompteConnecte;

/** La décision d'accès d'un aidant au dossier d'une personne, et les mandats d'un dossier. */
public interface Mandats {

    /**
     * L'aidant peut-il agir sur ce dossier dans ce périmètre, maintenant ? Autorisé seulement si un mandat actif
     * (signé, ni expiré ni révoqué) lie le dossier à la structure de l'aidant et couvre le périmètre.
     * Ne journalise pas : c'est l'appelant qui écrit l'accès (autorisé ou refusé) au journal.
     */
    DecisionAcces decider(CompteConnecte aidant, long dossierId, Perimetre perimetre);

    /** Comme {@link #decider}, mais lève {@link AccesRefuse} (avec la raison) si l'accès est refusé. */
    default DecisionAcces.Autorise exiger(CompteConnecte aidant, long dossierId, Perimetre perimetre) {
        return switch (decider(aidant, dossierId, perimetre)) {
            case DecisionAcces.Autorise autorise -> autorise;
            case DecisionAcces.Refuse refuse -> throw new AccesRefuse(refuse.raison());
        };
    }

    /** Tous les mandats du dossier (actifs, expirés, révoqués, en attente de signature), le plus récent d'abord. */
    List<MandatResume> duDossier(long dossierId);
}
