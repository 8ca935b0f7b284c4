/**
 * <strong>Notifications</strong> : un seul circuit d'envoi pour tous les canaux (courriel, SMS, courrier, téléphone),
 * à la manière de GOV.UK Notify. La notification est enregistrée avant l'envoi (boîte d'envoi transactionnelle),
 * puis confiée à l'ordonnanceur db-scheduler (sûr à plusieurs instances sur un même PostgreSQL), qui la remet au
 * canal avec reprises et délais croissants. Préférences par personne (canal, ordre de repli, heures calmes,
 * consentement daté), modèles versionnés en français simple.
 *
 * <p>API publique : {@link fr.passerelle.notifications.Notifications} (planifier, annuler),
 * {@link fr.passerelle.notifications.DemandeNotification}, {@link fr.passerelle.notifications.Canal},
 * {@link fr.passerelle.notifications.StatutNotification} ; événements publiés
 * {@link fr.passerelle.notifications.ReponseSmsRecue} (réponse d'une personne connue) et
 * {@link fr.passerelle.notifications.MotCleSmsRecu} (tout mot-clé reconnu, avec le numéro : {@code RETIRER} retire
 * les mandats ; {@code ATELIER <code>}, avec le texte reçu, inscrit à un atelier).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package fr.passerelle.notifications;
