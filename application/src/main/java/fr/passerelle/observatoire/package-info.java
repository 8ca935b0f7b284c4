/**
 * <strong>Observatoire</strong> : les chiffres du pilotage, tirés de ce que Passerelle enregistre (jamais saisis à
 * la main), sauf les critères de qualité des démarches en ligne que le coordinateur renseigne. Quatre tableaux de
 * bord ({@code /observatoire/acces-aux-droits}, {@code qualite-du-contact}, {@code demarches-en-ligne},
 * {@code territoires}) : graphiques SVG produits par le serveur, chacun avec son tableau de données et un résumé en
 * texte ; filtres période et département dans l'URL ; export CSV et JSON de chaque tableau ; export open data
 * ({@code /observatoire/open-data/…}) par année, sans cellule sous 11 personnes (secret primaire et secondaire).
 *
 * <p>Suite (ADR 0016) : non-recours trouvé par le dépistage proactif et part résolue, taux de décroché téléphonique
 * (appels reçus enregistrés par les structures) et délai des rappels, ateliers tenus et prévus et personnes
 * rencontrées ; un agent ne voit que les chiffres de son organisation (périmètre tiré du compte connecté).
 *
 * <p>Lecture : vues SQL en lecture seule créées par les migrations V70 et V87 sur les tables des autres modules
 * (ADR 0013, 0016) ; table propre V71 (critères des démarches) ; cumuls par jour des échanges et des droits (V92,
 * ADR 0018), tenus par les événements {@link fr.passerelle.dossiers.EchangeEnregistre},
 * {@link fr.passerelle.dossiers.EchangeRetire} et {@link fr.passerelle.dossiers.DroitDuDossierModifie}, écoutés en
 * synchrone dans la transaction qui écrit. Appelle
 * {@link fr.passerelle.droits.CouvertureFranceServices}. Aucune API publique.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Observatoire")
package fr.passerelle.observatoire;
