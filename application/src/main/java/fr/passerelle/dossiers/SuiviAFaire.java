package fr.passerelle.dossiers;

import java.util.Objects;

import fr.passerelle.mandats.Perimetre;

/**
 * Un suivi décidé avec la personne hors des pages du dossier (au jour J d'un atelier « aller vers ») : il devient
 * une démarche « à faire » du dossier et un échange sur le canal atelier.
 *
 * @param intitule       la démarche à suivre (« demande de prime d'activité »), 200 caractères au plus
 * @param organisation   l'administration concernée, 200 caractères au plus
 * @param prochaineEtape ce qu'il faut faire ensuite, et qui le fait, 500 caractères au plus
 * @param perimetre      le périmètre du mandat qu'il faut pour voir et suivre cette démarche
 * @param origine        d'où vient le suivi (« atelier du 16/06/2027 à Bordeaux »), écrit dans l'échange
 */
public record SuiviAFaire(String intitule, String organisation, String prochaineEtape, Perimetre perimetre,
                          String origine) {

    public SuiviAFaire {
        Objects.requireNonNull(intitule, "intitule");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(prochaineEtape, "prochaineEtape");
        Objects.requireNonNull(perimetre, "perimetre");
        Objects.requireNonNull(origine, "origine");
    }
}
