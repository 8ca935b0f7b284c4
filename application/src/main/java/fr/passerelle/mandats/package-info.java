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
 *
 * <p>Règles (ADR 0007) :
 * <ul>
 *   <li>États enregistrés : en attente de signature, actif, révoqué ; « expiré » se déduit de l'horloge à chaque
 *       lecture (fin = signature + durée, en jours ou mois du calendrier de Paris), sans traitement de nuit.</li>
 *   <li>{@code Mandats.decider} relit les mandats en base à chaque appel (aucun cache) : une révocation coupe
 *       l'accès à l'instant. Refus motivés en français simple (« aucun mandat », « le mandat a expiré le … »,
 *       « le mandat a été révoqué le … par … », « le mandat ne couvre pas : Impôts », « ce dossier appartient à
 *       une autre structure », « seul un aidant peut agir sous mandat »).</li>
 *   <li>Consentement par code : 6 chiffres envoyés par {@code Notifications.planifierVers} (modèle
 *       {@code mandat-code}) au portable du dossier, gardé haché (SHA-256 salé), valable 10 minutes, 3 essais ;
 *       les essais faux sont enregistrés même quand la saisie est refusée. Signature à l'écran : case « J'accepte »
 *       et nom écrit égal à celui du dossier.</li>
 *   <li>Retrait : page « Mes mandats » (compte lié au dossier, revérifié auprès du port), au guichet (aidant de la
 *       structure, à la demande de la personne), ou par SMS : le module notifications publie
 *       {@link fr.passerelle.notifications.MotCleSmsRecu} ; sur {@code RETIRER}, les mandats actifs ou en attente
 *       préparés avec ce portable sont retirés et un SMS le confirme (modèle {@code mandat-retire}).</li>
 *   <li>Chaque action (préparation, envoi du code, signature, retrait) et chaque refus (code faux, signature
 *       incomplète, aidant d'une autre structure, usager qui n'est pas la personne) est écrit au
 *       {@link fr.passerelle.journal.Journal}, sans donnée de la personne suivie.</li>
 * </ul>
 *
 * <p>Le port {@code PersonnesMandantes} est implémenté par le module dossiers ; sans lui, aucun dossier
 * n'existerait pour les mandats et toute décision serait un refus (« aucun dossier n° … »).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mandats")
package fr.passerelle.mandats;
