/**
 * Socle technique partagé : choix de la base de données au démarrage ({@code DATABASE_URL}),
 * messages d'échec de démarrage lisibles (FailureAnalyzer), genre de la base ouverte ({@link fr.passerelle.socle.GenreDeBase} :
 * PostgreSQL ou H2) pour les rares instructions SQL qui diffèrent. Aucune règle métier ici.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Socle technique")
package fr.passerelle.socle;
