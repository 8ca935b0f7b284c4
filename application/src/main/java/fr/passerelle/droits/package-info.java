/**
 * <strong>Mes droits</strong> : le questionnaire en français simple (FALC), l'estimation des droits par le
 * moteur ({@code moteur-droits}), les explications, les démarches à faire, l'aide à proximité (France services),
 * la fiche imprimable et PDF, l'API {@code /api/v1/calculate} (compatible OpenFisca) et {@code /api/v1/droits}.
 *
 * <p>API publique : {@link fr.passerelle.droits.CouvertureFranceServices} (temps de trajet de chaque commune au
 * site France services le plus proche, pour l'observatoire) ; {@link fr.passerelle.droits.QuestionnaireDeLaSession} et
 * {@link fr.passerelle.droits.DroitDecouvert} (les droits trouvés par le questionnaire que l'aidant vient de faire,
 * avec leur montant annuel, pour le jour J des ateliers). Lit le compte connecté via l'API de
 * {@code comptes} ({@link fr.passerelle.comptes.CompteAuthentifie}). Rien de personnel n'est stocké sans
 * consentement : les réponses restent dans la session HTTP (mémoire du serveur) jusqu'à l'enregistrement.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mes droits")
package fr.passerelle.droits;
