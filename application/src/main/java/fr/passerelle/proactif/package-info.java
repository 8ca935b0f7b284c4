/**
 * <strong>Administration proactive</strong> (issue 8, partie application) : lancer un dépistage des droits sur une
 * population (fichier JSON lignes ou CSV plat du format de {@code docs/depistage/format.md}) et porter ses constats
 * jusqu'aux personnes.
 *
 * <p>Le calcul est celui du jar {@code depistage} ({@code fr.passerelle.depistage.TraitementLignes}, moteur de droits
 * tel quel). Le fichier est découpé en <em>partitions</em> enregistrées en base ; une tâche récurrente db-scheduler
 * (ordonnanceur du module notifications) les traite une à une. Une partition finie ne l'est qu'avec tout ce qu'elle a
 * produit (constats, rejets, synthèse, notifications planifiées), dans une seule transaction : un dépistage
 * interrompu reprend à la première partition non finie, sans rien refaire ni renvoyer.
 *
 * <p>Des constats aux personnes : un ménage {@code compte-<id>} est une personne suivie dans Passerelle. Un droit
 * « à demander » lui est annoncé par {@code Notifications.planifier} (clé d'idempotence = identifiant stable du
 * constat, consentements appliqués ; sans canal accepté : « non prévenu ») et devient une tâche pour chaque
 * structure qui suit son dossier ({@code /aidant/constats}, sous mandat). Le reste (personnes non suivies, droits
 * « à vérifier », attributions sans demande) part en export CSV par organisme ({@code /proactif/exports}).
 *
 * <p>Deux autres sources passent par les mêmes partitions (ADR 0015) : les <em>personnes suivies</em> (situation
 * « Mes droits » enregistrée, lue par {@code droits.SituationsDeclarees}, et droits de leur dossier, lus par
 * {@code Dossiers.droitsPourDepistage} ; un droit perçu peut-être perdu devient une tâche pour l'aidant, sans message)
 * et un <em>fichier de constats</em> calculé ailleurs ({@code bin/depistage}, job Spark), vérifié ligne à ligne.
 * Chaque exécution de partition est inscrite ({@code proactif_execution_partition}) : la reprise se vérifie.
 *
 * <p>Pas d'API publique : le module ne fait qu'appeler notifications, dossiers, droits, mandats et comptes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administration proactive")
package fr.passerelle.proactif;
