/**
 * Socle technique partagé : choix de la base de données au démarrage ({@code DATABASE_URL}),
 * messages d'échec de démarrage lisibles (FailureAnalyzer). Aucune règle métier ici.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Socle technique")
package fr.passerelle.socle;
