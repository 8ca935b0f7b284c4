package fr.passerelle.dossiers;

import java.time.Instant;

/**
 * Événement : le dossier a été effacé à la demande de la personne (RGPD, article 17). Il ne reste que son numéro ;
 * les modules qui gardent des données de cette personne les effacent à leur tour.
 *
 * @param par « la personne » ou « un aidant, à la demande de la personne »
 */
public record DossierEfface(long dossierId, long structureId, String par, Instant le) {
}
