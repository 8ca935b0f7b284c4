/**
 * <strong>Comptes</strong> : comptes, rôles (usager, aidant, agent, coordinateur, administrateur), sécurité
 * (règles d'accès refusées par défaut, CSRF, en-têtes, CSP), connexion locale (démonstration) et OpenID Connect
 * (FranceConnect pour les usagers, ProConnect pour les professionnels).
 *
 * <p>API publique : {@link fr.passerelle.comptes.Role}, {@link fr.passerelle.comptes.CompteConnecte},
 * {@link fr.passerelle.comptes.CompteAuthentifie}, {@link fr.passerelle.comptes.Annuaire}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Comptes et sécurité")
package fr.passerelle.comptes;
