/**
 * <strong>Mandats</strong> : le cadre légal qui permet à un aidant d'agir pour une personne (dans l'esprit d'Aidants
 * Connect, en plus strict). Un mandat nomme la personne (son dossier), la structure de l'aidant, les périmètres
 * ({@link fr.passerelle.mandats.Perimetre}) et la durée (un jour à douze mois) ; il est recueilli avec le
 * consentement de la personne (signature à l'écran au guichet, ou code envoyé par SMS), imprimable, et révocable
 * par la personne à tout moment (depuis son espace, par SMS, ou au guichet).
 *
 * <p>API publique : {@link fr.passerelle.mandats.Mandats} (la décision d'accès, appliquée par le domaine des autres
 * modules), {@link fr.passerelle.mandats.DecisionAcces}, {@link fr.passerelle.mandats.AccesRefuse},
 * {@link fr.passerelle.mandats.Perimetre}, {@link fr.passerelle.mandats.MandatResume} ; port
 * {@link fr.passerelle.mandats.PersonnesMandantes} (implémenté par le module dossiers) ; événements
 * {@link fr.passerelle.mandats.MandatSigne}, {@link fr.passerelle.mandats.MandatRevoque}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mandats")
package fr.passerelle.mandats;
