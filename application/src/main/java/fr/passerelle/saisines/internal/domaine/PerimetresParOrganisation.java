package fr.passerelle.saisines.internal.domaine;

import fr.passerelle.mandats.Perimetre;
import fr.passerelle.structures.TypeOrganisation;

/**
 * Le périmètre de mandat qu'il faut pour saisir une organisation (table reprise dans l'ADR 0009) : saisir la CPAM
 * demande un mandat « santé », la DGFiP un mandat « impôts », etc.
 */
public final class PerimetresParOrganisation {

    private PerimetresParOrganisation() {
    }

    public static Perimetre de(TypeOrganisation type) {
        return switch (type) {
            case CAF, MSA, CARSAT -> Perimetre.PRESTATIONS_SOCIALES;
            case CPAM -> Perimetre.SANTE;
            case FRANCE_TRAVAIL -> Perimetre.TRAVAIL;
            case DGFIP -> Perimetre.IMPOTS;
            case ANTS, PREFECTURE -> Perimetre.PAPIERS_IDENTITE;
            case AUTRE -> Perimetre.AUTRES;
        };
    }
}
