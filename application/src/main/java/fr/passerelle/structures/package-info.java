/**
 * Référentiel des <strong>structures</strong> d'aidants (France services, CCAS, associations…) et des
 * <strong>organisations</strong> des agents (CAF, CPAM, France Travail, DGFiP, ANTS, CARSAT, MSA, préfectures…).
 *
 * <p>API publique : {@link fr.passerelle.structures.ReferentielStructures} et les types valeur
 * {@link fr.passerelle.structures.Structure}, {@link fr.passerelle.structures.Organisation}.
 * Le reste (persistance, recherche publique « trouver une structure près de chez moi ») est interne.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Structures et organisations")
package fr.passerelle.structures;
