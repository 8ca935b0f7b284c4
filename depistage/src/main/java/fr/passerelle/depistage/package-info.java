/**
 * Dépistage des droits d'une population entière (issue 8, partie calcul), avec le moteur de droits tel quel.
 *
 * <p>Entrée : des ménages (lignes JSON de situations OpenFisca, ou format plat CSV / Parquet, voir
 * {@code docs/depistage/format.md}) et ce que chacun perçoit déjà. Sortie : pour chaque ménage, les droits
 * <em>à demander</em> (calculés, non perçus), les droits <em>à vérifier</em> (perçus, plus calculés : jamais « à
 * couper »), les attributions automatiques ({@link fr.passerelle.depistage.ReglesAttribution}, règles en YAML avec
 * leur référence légale), et une {@link fr.passerelle.depistage.Synthese} par prestation et département. Une
 * comparaison de deux dates d'effet ({@link fr.passerelle.depistage.Changement}) dit qui devient éligible ou
 * inéligible. Chaque constat a un identifiant stable {@code ménage/prestation/mois}
 * ({@link fr.passerelle.depistage.Constat#identifiant}) : l'application s'en servira pour ne jamais envoyer deux
 * fois le même constat.
 *
 * <p>Deux exécutions, un seul code par ligne ({@link fr.passerelle.depistage.TraitementLignes}) :
 * {@link fr.passerelle.depistage.DepistageEmbarque} (multi-fils, en flux, mémoire bornée) et le job Spark
 * ({@code spark.JobDepistage}, {@code mapPartitions}). Sans framework ; seul le paquet {@code spark} dépend de
 * Spark (ADR 0011). Lecture et écriture des formats : {@code internal}.
 */
package fr.passerelle.depistage;
