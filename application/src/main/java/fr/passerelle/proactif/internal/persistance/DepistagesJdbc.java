package fr.passerelle.proactif.internal.persistance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.passerelle.proactif.internal.domaine.ConstatLu;
import fr.passerelle.proactif.internal.domaine.Decoupage;

/** Dépistages, partitions, constats, rejets et tâches d'aidant (tables {@code proactif_*}). */
@Repository
public class DepistagesJdbc {

    /** Un dépistage et son avancement. */
    public record Depistage(long id, String source, String format, String entete, String dateCalcul, String statut,
                            Instant lanceLe, Instant termineLe, long partitions, long partitionsFinies,
                            long menages, long constats, long rejets) {
        public boolean termine() {
            return "TERMINE".equals(statut);
        }
    }

    /** Une partition à traiter. */
    public record Partition(long id, long depistageId, int numero, long premiereLigne, String lignes) {
    }

    /** L'avancement d'une partition, pour la page de suivi. */
    public record EtatPartition(int numero, long premiereLigne, int nombreLignes, String statut, Long menages,
                                Long constats, Long rejets, Instant finieLe, String echec) {
    }

    /** Une ligne de synthèse : effectif et montant annuel par prestation, département et nature. */
    public record LigneSynthese(String prestation, String departement, String nature, long effectif, long montantAnnuelCentimes) {
    }

    public record RejetVu(long ligne, String menage, String champ, String raison) {
    }

    /** Une tâche d'aidant : le constat, le dossier de la structure. */
    public record Tache(long id, long dossierId, String identifiant, String nature, String prestation,
                        long montantCentimes, String suite, String canal, Instant creeeLe) {
    }

    /** Un export par organisme : combien de constats, pour quel dépistage. */
    public record ConstatExporte(String identifiant, String menage, String periode, String departement, String nature,
                                 String prestation, long montantCentimes, long montantAnnuelCentimes, String regle) {
    }

    private final JdbcClient jdbc;

    DepistagesJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long creer(String source, String format, String entete, String dateCalcul, long lancePar, Instant le,
                      List<Decoupage.Morceau> morceaux) {
        var cle = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO proactif_depistage (source, format, entete, date_calcul, statut, lance_par, lance_le)
                VALUES (:source, :format, :entete, :date, :statut, :par, :le)""")
                .param("source", source).param("format", format).param("entete", entete).param("date", dateCalcul)
                .param("statut", morceaux.isEmpty() ? "TERMINE" : "EN_COURS").param("par", lancePar)
                .param("le", Timestamp.from(le)).update(cle, "id");
        long id = cle.getKey().longValue();
        int numero = 1;
        for (Decoupage.Morceau m : morceaux) {
            jdbc.sql("""
                    INSERT INTO proactif_partition (depistage_id, numero, premiere_ligne, nombre_lignes, lignes, statut)
                    VALUES (:d, :n, :p, :nb, :l, 'A_FAIRE')""")
                    .param("d", id).param("n", numero++).param("p", m.premiereLigne()).param("nb", m.lignes().size())
                    .param("l", String.join("\n", m.lignes())).update();
        }
        return id;
    }

    /** La prochaine partition à faire (dépistages les plus anciens d'abord). */
    public Optional<Partition> prochainePartition() {
        return jdbc.sql("""
                SELECT p.id, p.depistage_id, p.numero, p.premiere_ligne, p.lignes FROM proactif_partition p
                JOIN proactif_depistage d ON d.id = p.depistage_id
                WHERE p.statut = 'A_FAIRE' AND d.statut = 'EN_COURS' ORDER BY p.depistage_id, p.numero
                FETCH FIRST 1 ROWS ONLY""")
                .query((rs, i) -> new Partition(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4), rs.getString(5)))
                .optional();
    }

    /** Marque la partition finie ; faux si elle l'était déjà (l'appelant annule alors sa transaction). */
    public boolean finir(long partitionId, long menages, long constats, long rejets, String synthese, Instant le) {
        return jdbc.sql("""
                UPDATE proactif_partition SET statut = 'FINIE', menages = :m, constats = :c, rejets = :r, synthese = :s,
                finie_le = :le WHERE id = :id AND statut = 'A_FAIRE'""")
                .param("m", menages).param("c", constats).param("r", rejets).param("s", synthese)
                .param("le", Timestamp.from(le)).param("id", partitionId).update() == 1;
    }

    /**
     * Inscrit le début d'une exécution de la partition (à valider avant le calcul, dans sa propre transaction) : une
     * exécution restée sans fin est une partition interrompue, refaite ensuite.
     */
    public long commencerExecution(long partitionId, String instance, Instant le) {
        var cle = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO proactif_execution_partition (partition_id, instance, commencee_le) VALUES (:p, :i, :le)")
                .param("p", partitionId).param("i", instance.length() > 200 ? instance.substring(0, 200) : instance)
                .param("le", Timestamp.from(le)).update(cle, "id");
        return cle.getKey().longValue();
    }

    /** Note la fin de l'exécution, dans la transaction qui passe la partition à FINIE (ou ECHOUEE). */
    public void finirExecution(long executionId, Instant le) {
        jdbc.sql("UPDATE proactif_execution_partition SET finie_le = :le WHERE id = :id")
                .param("le", Timestamp.from(le)).param("id", executionId).update();
    }

    /** Le calcul de la partition a échoué (erreur du programme, pas une ligne fautive) : on la met de côté. */
    public void echouer(long partitionId, String raison, Instant le) {
        jdbc.sql("UPDATE proactif_partition SET statut = 'ECHOUEE', echec = :r, finie_le = :le WHERE id = :id AND statut = 'A_FAIRE'")
                .param("r", raison.length() > 2000 ? raison.substring(0, 2000) : raison).param("le", Timestamp.from(le))
                .param("id", partitionId).update();
    }

    /** Termine le dépistage si toutes ses partitions sont finies. */
    public void terminerSiFini(long depistageId, Instant le) {
        jdbc.sql("""
                UPDATE proactif_depistage SET statut = 'TERMINE', termine_le = :le WHERE id = :id AND statut = 'EN_COURS'
                AND NOT EXISTS (SELECT 1 FROM proactif_partition p WHERE p.depistage_id = :id AND p.statut = 'A_FAIRE')""")
                .param("le", Timestamp.from(le)).param("id", depistageId).update();
    }

    public long enregistrerConstat(long depistageId, long partitionId, ConstatLu c, Long compteId, String suite, String canal) {
        var cle = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO proactif_constat (depistage_id, partition_id, identifiant, menage, periode, departement, nature,
                prestation, montant_centimes, montant_annuel_centimes, regle, compte_id, suite, canal)
                VALUES (:d, :p, :i, :m, :per, :dep, :n, :pr, :mt, :ma, :r, :c, :s, :ca)""")
                .param("d", depistageId).param("p", partitionId).param("i", c.identifiant()).param("m", c.menage())
                .param("per", c.periode()).param("dep", c.departement()).param("n", c.nature()).param("pr", c.prestation())
                .param("mt", c.montantCentimes()).param("ma", c.montantAnnuelCentimes()).param("r", c.regle())
                .param("c", compteId).param("s", suite).param("ca", canal).update(cle, "id");
        return cle.getKey().longValue();
    }

    /** Ce constat (identifiant stable) est-il déjà enregistré dans ce dépistage ? */
    public boolean constatExiste(long depistageId, String identifiant) {
        return jdbc.sql("SELECT COUNT(*) FROM proactif_constat WHERE depistage_id = :d AND identifiant = :i")
                .param("d", depistageId).param("i", identifiant).query(Long.class).single() > 0;
    }

    public void enregistrerRejet(long depistageId, long partitionId, RejetVu r) {
        jdbc.sql("""
                INSERT INTO proactif_rejet (depistage_id, partition_id, ligne, menage, champ, raison)
                VALUES (:d, :p, :l, :m, :c, :r)""")
                .param("d", depistageId).param("p", partitionId).param("l", r.ligne()).param("m", r.menage())
                .param("c", r.champ()).param("r", r.raison().length() > 2000 ? r.raison().substring(0, 2000) : r.raison())
                .update();
    }

    public void creerTache(long constatId, long structureId, long dossierId, Instant le) {
        jdbc.sql("INSERT INTO proactif_tache_aidant (constat_id, structure_id, dossier_id, creee_le) VALUES (:c, :s, :d, :le)")
                .param("c", constatId).param("s", structureId).param("d", dossierId).param("le", Timestamp.from(le)).update();
    }

    /** Une tâche existe-t-elle déjà pour ce constat (même identifiant stable) et ce dossier, d'un dépistage antérieur ? */
    public boolean tacheExiste(String identifiant, long dossierId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM proactif_tache_aidant t JOIN proactif_constat c ON c.id = t.constat_id
                WHERE c.identifiant = :i AND t.dossier_id = :d""").param("i", identifiant).param("d", dossierId)
                .query(Long.class).single() > 0;
    }

    /** Ce qu'il faut pour calculer une partition : format, en-tête CSV, mois imposé (sans compter les constats). */
    public record Parametres(String format, String entete, String dateCalcul, long lancePar) {
    }

    public Parametres parametres(long depistageId) {
        return jdbc.sql("SELECT format, entete, date_calcul, lance_par FROM proactif_depistage WHERE id = :id").param("id", depistageId)
                .query((rs, i) -> new Parametres(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))).single();
    }

    public Optional<Depistage> depistage(long id) {
        return depistages("WHERE d.id = :id", id).stream().findFirst();
    }

    public List<Depistage> tous() {
        return depistages("", null);
    }

    private List<Depistage> depistages(String filtre, Long id) {
        var requete = jdbc.sql("""
                SELECT d.id, d.source, d.format, d.entete, d.date_calcul, d.statut, d.lance_le, d.termine_le,
                  (SELECT COUNT(*) FROM proactif_partition p WHERE p.depistage_id = d.id),
                  (SELECT COUNT(*) FROM proactif_partition p WHERE p.depistage_id = d.id AND p.statut = 'FINIE'),
                  (SELECT COALESCE(SUM(p.menages), 0) FROM proactif_partition p WHERE p.depistage_id = d.id),
                  (SELECT COUNT(*) FROM proactif_constat c WHERE c.depistage_id = d.id),
                  (SELECT COUNT(*) FROM proactif_rejet r WHERE r.depistage_id = d.id)
                FROM proactif_depistage d""" + " " + filtre + " ORDER BY d.id DESC");
        if (id != null) {
            requete = requete.param("id", id);
        }
        return requete.query((rs, i) -> new Depistage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(), rs.getLong(9), rs.getLong(10),
                rs.getLong(11), rs.getLong(12), rs.getLong(13))).list();
    }

    public List<EtatPartition> partitions(long depistageId) {
        return jdbc.sql("""
                SELECT numero, premiere_ligne, nombre_lignes, statut, menages, constats, rejets, finie_le, echec
                FROM proactif_partition WHERE depistage_id = :d ORDER BY numero""").param("d", depistageId)
                .query((rs, i) -> new EtatPartition(rs.getInt(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        (Long) rs.getObject(5, Long.class), (Long) rs.getObject(6, Long.class), (Long) rs.getObject(7, Long.class),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(), rs.getString(9))).list();
    }

    public List<LigneSynthese> synthese(long depistageId) {
        return jdbc.sql("""
                SELECT prestation, departement, nature, COUNT(*), COALESCE(SUM(montant_annuel_centimes), 0)
                FROM proactif_constat WHERE depistage_id = :d GROUP BY prestation, departement, nature
                ORDER BY prestation, departement, nature""").param("d", depistageId)
                .query((rs, i) -> new LigneSynthese(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    public List<RejetVu> rejets(long depistageId, int limite) {
        return jdbc.sql("SELECT ligne, menage, champ, raison FROM proactif_rejet WHERE depistage_id = :d ORDER BY ligne FETCH FIRST "
                        + limite + " ROWS ONLY").param("d", depistageId)
                .query((rs, i) -> new RejetVu(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    /** Nombre de constats par suite (prévenu, non prévenu, export). */
    public List<Object[]> suites(long depistageId) {
        return jdbc.sql("SELECT suite, COUNT(*) FROM proactif_constat WHERE depistage_id = :d GROUP BY suite ORDER BY suite")
                .param("d", depistageId).query((rs, i) -> new Object[] {rs.getString(1), rs.getLong(2)}).list();
    }

    /** Constats exportés d'un dépistage pour ces prestations (celles d'un organisme). */
    public List<ConstatExporte> exportes(long depistageId, List<String> prestations) {
        if (prestations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT identifiant, menage, periode, departement, nature, prestation, montant_centimes,
                montant_annuel_centimes, regle FROM proactif_constat WHERE depistage_id = :d AND suite = 'EXPORT'
                AND prestation IN (:p) ORDER BY id""").param("d", depistageId).param("p", prestations)
                .query((rs, i) -> new ConstatExporte(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getString(9))).list();
    }

    /** Nombre de constats exportés par prestation, pour chaque dépistage. */
    public List<Object[]> exportesParPrestation() {
        return jdbc.sql("""
                SELECT depistage_id, prestation, COUNT(*) FROM proactif_constat WHERE suite = 'EXPORT'
                GROUP BY depistage_id, prestation ORDER BY depistage_id DESC, prestation""")
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)}).list();
    }

    /** Les tâches des dossiers d'une seule structure : jamais celles d'une autre. */
    public List<Tache> tachesDeStructure(long structureId) {
        return jdbc.sql("""
                SELECT t.id, t.dossier_id, c.identifiant, c.nature, c.prestation, c.montant_centimes, c.suite, c.canal, t.creee_le
                FROM proactif_tache_aidant t JOIN proactif_constat c ON c.id = t.constat_id
                WHERE t.structure_id = :s ORDER BY t.creee_le DESC, t.id DESC""").param("s", structureId)
                .query((rs, i) -> new Tache(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant())).list();
    }
}
