package fr.passerelle.echeances;

import java.util.Optional;

/**
 * Port de l'échéancier : les droits que le moteur trouve à la situation enregistrée d'une personne dans « Mes droits ».
 * Implémenté par le module {@code droits} (qui dépend de l'échéancier, et non l'inverse : {@code dossiers} lit déjà
 * l'échéancier et {@code droits} écrit dans les dossiers). Sans implémentation, l'échéancier ne tient compte que de
 * ce que la personne a saisi.
 */
public interface DroitsDesPersonnes {

    /** Vide si la personne n'a pas de situation enregistrée (ou si elle est incomplète). Calcul au jour de l'horloge. */
    Optional<DroitsTrouves> droitsTrouves(long compteId);
}
