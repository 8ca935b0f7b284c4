package fr.passerelle.dossiers.internal.domaine;

import java.util.Objects;

import fr.passerelle.mandats.Perimetre;

/**
 * Une démarche faite pour la personne. Son périmètre dit quel mandat il faut pour la voir ou la changer.
 *
 * @param prochaineEtape ce qu'il faut faire ensuite, et qui le fait
 */
public record DemarcheEnCours(long id, String intitule, String organisation, StatutDemarche statut,
                              String prochaineEtape, Perimetre perimetre) {

    public DemarcheEnCours {
        Objects.requireNonNull(intitule, "intitule");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(statut, "statut");
        Objects.requireNonNull(prochaineEtape, "prochaineEtape");
        Objects.requireNonNull(perimetre, "perimetre");
    }
}
