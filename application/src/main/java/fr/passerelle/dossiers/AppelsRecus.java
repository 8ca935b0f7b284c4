package fr.passerelle.dossiers;

import java.time.Instant;

/**
 * Les appels téléphoniques reçus par une structure, décrochés ou non : ce qu'il faut pour mesurer le taux de décroché
 * (observatoire). Un appel manqué n'a souvent ni dossier ni personne connue : on ne garde que la structure, l'heure et
 * l'issue, jamais le numéro. Appelé par la page des dossiers de l'aidant (« Noter un appel reçu ») ; un
 * raccordement à la téléphonie de la structure appellerait la même méthode.
 */
public interface AppelsRecus {

    /**
     * Enregistre un appel reçu.
     *
     * @param structureId la structure qui a reçu l'appel
     * @param recuLe      l'heure de l'appel (pas dans le futur)
     * @param decroche    {@code true} si quelqu'un a répondu
     * @param saisiPar    qui l'enregistre (adresse de l'aidant, ou nom du raccordement téléphonique)
     * @return l'identifiant de l'enregistrement
     * @throws IllegalArgumentException si la structure n'existe pas ou si l'heure est dans le futur (le message nomme
     *                                  le champ et la raison)
     */
    long enregistrer(long structureId, Instant recuLe, boolean decroche, String saisiPar);
}
