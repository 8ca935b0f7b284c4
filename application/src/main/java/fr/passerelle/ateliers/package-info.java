/**
 * <strong>Ateliers</strong> : « aller vers les gens ». Classement des communes où aller (population, densité,
 * distance et temps de trajet au site France services le plus proche, zones blanches au-delà de 30 minutes,
 * ateliers passés, quartiers prioritaires importés), campagnes trimestrielles (un atelier rural et un en quartier
 * prioritaire ou urbain par trimestre, entre le 15 et le 20), lieux, tables par administration et leurs agents,
 * bénévoles et leur formation, maraudes à récurrence propre, inscriptions du public et rappels (module
 * {@code notifications}), affiche et flyer PDF, pages du jour J pour tablette qui gardent les saisies hors
 * connexion (clé d'idempotence), chiffres par atelier et par campagne. Inscription par SMS ({@code ATELIER <code>}),
 * suivis créés dans le dossier de la personne avec son accord, droits du questionnaire fait sur place et leur montant
 * annuel, contacts avec le préfet, les élus et les administrations, résultats (suivis encore ouverts après 30 jours) :
 * ADR 0017.
 *
 * <p>Ne publie pas d'API Java. Appelle {@link fr.passerelle.notifications.Notifications} (invitations, rappels,
 * réponses aux SMS), {@link fr.passerelle.dossiers.Dossiers} ({@code creerSuivi}, {@code demarchesOuvertes}) et
 * {@link fr.passerelle.droits.QuestionnaireDeLaSession} ; écoute {@link fr.passerelle.notifications.MotCleSmsRecu}
 * ({@code ATELIER}) ; lit le compte connecté ({@link fr.passerelle.comptes.CompteAuthentifie}). Les administrations des tables sont
 * saisies en clair (le référentiel des organisations n'a pas encore de liste). Les sites France services sont lus dans la table
 * {@code france_services} (migration V10 du module droits, donnée de référence partagée) ; les communes dans
 * {@code donnees/territoire-communes.csv} (outils/importer-territoire-ateliers.py). Voir l'ADR 0010.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ateliers et maraudes")
package fr.passerelle.ateliers;
