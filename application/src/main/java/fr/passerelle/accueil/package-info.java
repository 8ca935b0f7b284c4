/**
 * <strong>Accueil</strong> : page d'accueil, mise en page DSFR commune (en-tête, pied de page, liens d'évitement),
 * pages d'erreur (404, 403, 500) et tableaux de bord « Mon espace » de chaque rôle.
 * Ne publie pas d'API : les autres modules réutilisent seulement ses gabarits Thymeleaf.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accueil et mise en page")
package fr.passerelle.accueil;
