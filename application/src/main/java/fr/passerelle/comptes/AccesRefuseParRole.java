package fr.passerelle.comptes;

/**
 * Événement : la configuration de sécurité a refusé une requête d'un compte connecté (rôle non autorisé pour la
 * route, ou jeton de formulaire invalide), avant tout contrôleur. Les modules qui journalisent les accès (dossiers)
 * l'écoutent pour que ces tentatives soient tracées aussi.
 *
 * @param chemin chemin de la requête, sans paramètres ({@code /dossiers/42})
 * @param raison « rôle non autorisé » ou « jeton de formulaire invalide »
 */
public record AccesRefuseParRole(CompteConnecte compte, String methode, String chemin, String raison) {
}
