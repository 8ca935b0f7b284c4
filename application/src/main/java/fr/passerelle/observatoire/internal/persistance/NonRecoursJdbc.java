package fr.passerelle.observatoire.internal.persistance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import fr.passerelle.observatoire.internal.domaine.Filtre;
import fr.passerelle.observatoire.internal.persistance.StatistiquesJdbc.NonRecoursLu;

/**
 * Non-recours trouvé par le dépistage proactif (V94, ADR 0018 point 6), mêmes chiffres que le regroupement par
 * identifiant de l'ADR 0016 (point 4), en trois lectures courtes :
 * <ol>
 * <li>les cumuls des partitions finies (tous leurs constats, doublons compris), faits une fois par partition au
 * premier tableau de bord qui suit sa fin ({@link #rattraper()}) ;</li>
 * <li>la résolution des constats d'une personne connue (elle dépend des dossiers : lue à chaque fois) ;</li>
 * <li>les constats dont l'identifiant a été constaté par plusieurs partitions : leurs lignes, décomptées des cumuls,
 * sont recomptées une fois par identifiant (plus petite prestation, plus petit département et plus petit montant,
 * connue et résolue si l'une d'elles l'est), comme le faisait la requête d'origine.</li>
 * </ol>
 */
@Repository
public class NonRecoursJdbc {

    private static final Logger LOG = LoggerFactory.getLogger(NonRecoursJdbc.class);
    private static final String NON_RECOURS = "nature IN ('A_DEMANDER', 'ATTRIBUTION')";
    private static final String CUMULEE = "partition_id IN (SELECT partition_id FROM obs_partition_cumulee)";

    private final JdbcClient jdbc;
    private final TransactionTemplate nouvelleTransaction;

    NonRecoursJdbc(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.nouvelleTransaction = new TransactionTemplate(transactions);
        this.nouvelleTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Cumule chaque partition finie qui ne l'est pas encore, chacune dans sa propre transaction. Une partition qu'un
     * autre rattrapage cumule au même moment est laissée : elle est comptée par lui.
     *
     * @return le nombre de partitions cumulées par cet appel
     */
    public int rattraper() {
        List<Long> aCumuler = jdbc.sql("SELECT f.partition_id FROM obs_partition_finie f WHERE NOT EXISTS "
                        + "(SELECT 1 FROM obs_partition_cumulee c WHERE c.partition_id = f.partition_id) ORDER BY f.partition_id")
                .query(Long.class).list();
        int cumulees = 0;
        for (long partition : aCumuler) {
            try {
                nouvelleTransaction.executeWithoutResult(statut -> cumuler(partition));
                cumulees++;
            } catch (DataIntegrityViolationException dejaFaite) {
                LOG.debug("Partition {} cumulée en même temps par un autre rattrapage", partition);
            }
        }
        return cumulees;
    }

    private void cumuler(long partition) {
        jdbc.sql("INSERT INTO obs_partition_cumulee (partition_id) VALUES (:p)").param("p", partition).update();
        jdbc.sql("INSERT INTO obs_cumul_constat (partition_id, le, organisation_id, prestation, departement, constats, "
                        + "montant_centimes, connues) SELECT partition_id, le, organisation_id, prestation, departement, "
                        + "COUNT(*), SUM(montant_annuel_centimes), SUM(personne_connue) FROM obs_constat "
                        + "WHERE partition_id = :p AND " + NON_RECOURS
                        + " GROUP BY partition_id, le, organisation_id, prestation, departement")
                .param("p", partition).update();
        jdbc.sql("INSERT INTO obs_constat_multiple (identifiant) SELECT DISTINCT c.identifiant FROM obs_constat c "
                        + "WHERE c.partition_id = :p AND c." + NON_RECOURS
                        + " AND EXISTS (SELECT 1 FROM obs_constat o WHERE o.identifiant = c.identifiant "
                        + "AND o.partition_id <> :p AND o." + NON_RECOURS + ") "
                        + "AND NOT EXISTS (SELECT 1 FROM obs_constat_multiple m WHERE m.identifiant = c.identifiant)")
                .param("p", partition).update();
    }

    /** Par prestation et département (ordre de la clé), comme la requête d'origine. */
    public List<NonRecoursLu> lire(Filtre f, Optional<Long> organisation) {
        Map<Cle, Case> cases = new TreeMap<>();
        Map<String, Object> p = StatistiquesJdbc.parametres(f, organisation);
        jdbc.sql("SELECT prestation, departement, SUM(constats), SUM(montant_centimes), SUM(connues) FROM obs_cumul_constat "
                        + "WHERE " + filtre("", f, organisation) + " GROUP BY prestation, departement")
                .params(p).query(rs -> {
                    cases.computeIfAbsent(new Cle(rs.getString(1), rs.getString(2)), k -> new Case())
                            .compter(rs.getLong(3), rs.getLong(4), rs.getLong(5), 0, 0);
                });
        // La résolution des personnes connues dont l'identifiant n'a été constaté qu'une fois.
        jdbc.sql("SELECT prestation, departement, SUM(resolu), SUM(resolu * montant_annuel_centimes) FROM obs_constat_connu k "
                        + "WHERE k." + NON_RECOURS + " AND " + filtre("k.", f, organisation) + " AND k." + CUMULEE
                        + " AND NOT EXISTS (SELECT 1 FROM obs_constat_multiple m WHERE m.identifiant = k.identifiant) "
                        + "GROUP BY prestation, departement")
                .params(p).query(rs -> {
                    cases.computeIfAbsent(new Cle(rs.getString(1), rs.getString(2)), k -> new Case())
                            .compter(0, 0, 0, rs.getLong(3), rs.getLong(4));
                });
        // Les identifiants constatés plusieurs fois : chaque ligne, comptée par les cumuls, est décomptée ; l'identifiant
        // est recompté une fois.
        Map<String, Constat> uniques = new HashMap<>();
        jdbc.sql("SELECT o.identifiant, o.prestation, o.departement, o.montant_annuel_centimes, o.personne_connue, o.resolu "
                        + "FROM obs_constat o WHERE o.identifiant IN (SELECT identifiant FROM obs_constat_multiple) AND o."
                        + NON_RECOURS + " AND o." + CUMULEE + " AND " + filtre("o.", f, organisation))
                .params(p).query(rs -> {
                    Constat ligne = new Constat(new Cle(rs.getString(2), rs.getString(3)), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6));
                    cases.computeIfAbsent(ligne.cle(), k -> new Case()).compter(-1, -ligne.montant(), -ligne.connue(), 0, 0);
                    uniques.merge(rs.getString(1), ligne, Constat::fusionner);
                });
        uniques.values().forEach(u -> cases.computeIfAbsent(u.cle(), k -> new Case())
                .compter(1, u.montant(), u.connue(), u.resolu(), u.resolu() * u.montant()));
        List<NonRecoursLu> lus = new ArrayList<>();
        cases.forEach((cle, c) -> {
            if (c.constats > 0) {
                lus.add(new NonRecoursLu(cle.prestation(), cle.departement(), c.constats, StatistiquesJdbc.euros(c.montant), c.connues,
                        c.resolus, StatistiquesJdbc.euros(c.montantResolu)));
            }
        });
        return lus;
    }

    private record Cle(String prestation, String departement) implements Comparable<Cle> {
        @Override
        public int compareTo(Cle autre) {
            int p = prestation.compareTo(autre.prestation);
            return p != 0 ? p : departement.compareTo(autre.departement);
        }
    }

    /** Une case prestation × département en cours de somme (montants en centimes). */
    private static final class Case {
        long constats;
        long montant;
        long connues;
        long resolus;
        long montantResolu;

        void compter(long constats, long montant, long connues, long resolus, long montantResolu) {
            this.constats += constats;
            this.montant += montant;
            this.connues += connues;
            this.resolus += resolus;
            this.montantResolu += montantResolu;
        }
    }

    /** Un constat, ou un identifiant constaté plusieurs fois réduit comme le faisait la requête d'origine. */
    private record Constat(Cle cle, long montant, long connue, long resolu) {
        Constat fusionner(Constat autre) {
            return new Constat(new Cle(plusPetit(cle.prestation(), autre.cle.prestation()),
                    plusPetit(cle.departement(), autre.cle.departement())), Math.min(montant, autre.montant),
                    Math.max(connue, autre.connue), Math.max(resolu, autre.resolu));
        }

        private static String plusPetit(String a, String b) {
            return a.compareTo(b) <= 0 ? a : b;
        }
    }

    /** Période (fin de la partition), département et organisation du lanceur, sur les colonnes de l'alias donné. */
    private static String filtre(String alias, Filtre f, Optional<Long> organisation) {
        return alias + "le >= :du AND " + alias + "le < :au"
                + f.departement().map(d -> " AND " + alias + "departement = :departement").orElse("")
                + organisation.map(o -> " AND " + alias + "organisation_id = :organisation").orElse("");
    }
}
