/**
 * <strong>Remontées</strong> : les difficultés rencontrées avec les démarches en ligne, saisies de façon structurée
 * (démarche et étape, nature, texte libre, nombre de personnes) depuis un atelier, un guichet, le téléphone ou le
 * formulaire public « je donne mon avis » ; agrégées par démarche et par administration ; rapport de propositions
 * par administration (PDF et CSV) avec les difficultés les plus fréquentes, des exemples et les comptes ; réponses
 * des administrations enregistrées.
 *
 * <p>Ne publie pas d'API Java. Le numéro d'atelier d'une remontée est une simple référence (pas de dépendance au
 * module {@code ateliers}). Voir l'ADR 0010.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Remontées de terrain")
package fr.passerelle.remontees;
