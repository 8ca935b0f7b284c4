package fr.passerelle.mandats;

import java.util.Optional;

/**
 * Port : qui est la personne d'un dossier (implémenté par le module dossiers, pour que les mandats n'en dépendent
 * pas).
 */
public interface PersonnesMandantes {

    Optional<Mandant> mandant(long dossierId);

    /**
     * @param telephone       numéro de portable donné par la personne (pour le code par SMS), s'il y en a un
     * @param compteUsagerId  compte de la personne dans Passerelle (révocation depuis son espace), s'il y en a un
     */
    record Mandant(long dossierId, long structureId, String nomComplet, Optional<String> telephone,
                   Optional<Long> compteUsagerId) {
    }
}
