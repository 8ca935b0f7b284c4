package fr.passerelle.observatoire.internal.persistance;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Les cumuls par jour de l'observatoire (V92) : ajout ou retrait d'une quantité dans une case (jour, structure,
 * canal) ou (jour, structure, droit, libellé, statut), dans la transaction en cours. Sur PostgreSQL, la case se crée
 * ou s'incrémente en une instruction atomique ({@code ON CONFLICT DO UPDATE}) : deux échanges enregistrés au même
 * instant dans la même case ne se perdent pas. H2 (base embarquée) n'a pas cette clause : {@code MERGE}. Une case
 * revenue à zéro est supprimée, pour qu'un droit effacé ne laisse pas de ligne vide dans les tableaux.
 */
@Repository
public class CumulsJdbc {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final GenreDeBase base;

    CumulsJdbc(JdbcClient jdbc, DataSource dataSource, GenreDeBase base) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.base = base;
    }

    public void ajouterEchanges(LocalDate jour, long structureId, String canal, long echanges, long regles) {
        String sql = base.postgres()
                ? "INSERT INTO obs_cumul_echange (jour, structure_id, canal, echanges, regles) VALUES (:j, :s, :c, :n, :r) "
                        + "ON CONFLICT (jour, structure_id, canal) DO UPDATE SET echanges = obs_cumul_echange.echanges "
                        + "+ EXCLUDED.echanges, regles = obs_cumul_echange.regles + EXCLUDED.regles"
                : "MERGE INTO obs_cumul_echange c USING (VALUES (CAST(:j AS DATE), CAST(:s AS BIGINT), "
                        + "CAST(:c AS VARCHAR(20)), CAST(:n AS BIGINT), CAST(:r AS BIGINT))) AS v (jour, structure_id, canal, "
                        + "echanges, regles) ON c.jour = v.jour AND c.structure_id = v.structure_id AND c.canal = v.canal "
                        + "WHEN MATCHED THEN UPDATE SET echanges = c.echanges + v.echanges, regles = c.regles + v.regles "
                        + "WHEN NOT MATCHED THEN INSERT (jour, structure_id, canal, echanges, regles) "
                        + "VALUES (v.jour, v.structure_id, v.canal, v.echanges, v.regles)";
        jdbc.sql(sql).param("j", jour).param("s", structureId).param("c", canal).param("n", echanges).param("r", regles)
                .update();
        if (echanges < 0) {
            jdbc.sql("DELETE FROM obs_cumul_echange WHERE jour = :j AND structure_id = :s AND canal = :c AND echanges = 0")
                    .param("j", jour).param("s", structureId).param("c", canal).update();
        }
    }

    public void ajouterDroits(LocalDate jour, long structureId, String code, String libelle, String statut, long nombre,
                              BigDecimal montantAnnuel) {
        String sql = base.postgres()
                ? "INSERT INTO obs_cumul_droit (jour, structure_id, code, libelle, statut, nombre, montant_annuel) "
                        + "VALUES (:j, :s, :c, :l, :st, :n, :m) ON CONFLICT (jour, structure_id, code, libelle, statut) "
                        + "DO UPDATE SET nombre = obs_cumul_droit.nombre + EXCLUDED.nombre, "
                        + "montant_annuel = obs_cumul_droit.montant_annuel + EXCLUDED.montant_annuel"
                : "MERGE INTO obs_cumul_droit c USING (VALUES (CAST(:j AS DATE), CAST(:s AS BIGINT), CAST(:c AS VARCHAR(60)), "
                        + "CAST(:l AS VARCHAR(200)), CAST(:st AS VARCHAR(20)), CAST(:n AS BIGINT), CAST(:m AS NUMERIC(18, 2)))) "
                        + "AS v (jour, structure_id, code, libelle, statut, nombre, montant_annuel) "
                        + "ON c.jour = v.jour AND c.structure_id = v.structure_id AND c.code = v.code AND c.libelle = v.libelle "
                        + "AND c.statut = v.statut "
                        + "WHEN MATCHED THEN UPDATE SET nombre = c.nombre + v.nombre, montant_annuel = c.montant_annuel + v.montant_annuel "
                        + "WHEN NOT MATCHED THEN INSERT (jour, structure_id, code, libelle, statut, nombre, montant_annuel) "
                        + "VALUES (v.jour, v.structure_id, v.code, v.libelle, v.statut, v.nombre, v.montant_annuel)";
        jdbc.sql(sql).param("j", jour).param("s", structureId).param("c", code).param("l", libelle).param("st", statut)
                .param("n", nombre).param("m", montantAnnuel).update();
        if (nombre < 0) {
            jdbc.sql("DELETE FROM obs_cumul_droit WHERE jour = :j AND structure_id = :s AND code = :c AND libelle = :l "
                            + "AND statut = :st AND nombre = 0")
                    .param("j", jour).param("s", structureId).param("c", code).param("l", libelle).param("st", statut).update();
        }
    }

    public void ajouterDemarches(LocalDate jour, long structureId, String intitule, String statut, long nombre) {
        String sql = base.postgres()
                ? "INSERT INTO obs_cumul_demarche (jour, structure_id, intitule, statut, nombre) VALUES (:j, :s, :i, :st, :n) "
                        + "ON CONFLICT (jour, structure_id, intitule, statut) DO UPDATE SET nombre = obs_cumul_demarche.nombre "
                        + "+ EXCLUDED.nombre"
                : "MERGE INTO obs_cumul_demarche c USING (VALUES (CAST(:j AS DATE), CAST(:s AS BIGINT), CAST(:i AS VARCHAR(200)), "
                        + "CAST(:st AS VARCHAR(20)), CAST(:n AS BIGINT))) AS v (jour, structure_id, intitule, statut, nombre) "
                        + "ON c.jour = v.jour AND c.structure_id = v.structure_id AND c.intitule = v.intitule AND c.statut = v.statut "
                        + "WHEN MATCHED THEN UPDATE SET nombre = c.nombre + v.nombre "
                        + "WHEN NOT MATCHED THEN INSERT (jour, structure_id, intitule, statut, nombre) "
                        + "VALUES (v.jour, v.structure_id, v.intitule, v.statut, v.nombre)";
        jdbc.sql(sql).param("j", jour).param("s", structureId).param("i", intitule).param("st", statut).param("n", nombre)
                .update();
        if (nombre < 0) {
            jdbc.sql("DELETE FROM obs_cumul_demarche WHERE jour = :j AND structure_id = :s AND intitule = :i AND statut = :st "
                            + "AND nombre = 0")
                    .param("j", jour).param("s", structureId).param("i", intitule).param("st", statut).update();
        }
    }

    /**
     * Relit, pour une personne et un droit (ou tous ses droits si {@code code} est vide), la date la plus récente où
     * l'un de ses dossiers le porte demandé ou accordé (V96).
     */
    public void relireDroitsDemandes(long compteId, java.util.Optional<String> code) {
        String filtre = "compte_id = :c" + code.map(x -> " AND code = :code").orElse("");
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("c", compteId);
        code.ifPresent(x -> p.put("code", x));
        String relecture = "INSERT INTO obs_droit_demande (compte_id, code, dernier) SELECT compte_id, code, MAX(le) "
                + "FROM obs_droit_demande_source WHERE " + filtre + " GROUP BY compte_id, code";
        if (base.postgres()) {
            // Deux relectures simultanées de la même personne ne se heurtent pas sur la clé.
            jdbc.sql(relecture + " ON CONFLICT (compte_id, code) DO UPDATE SET dernier = EXCLUDED.dernier").params(p).update();
            jdbc.sql("DELETE FROM obs_droit_demande WHERE " + filtre + " AND NOT EXISTS (SELECT 1 FROM obs_droit_demande_source s "
                    + "WHERE s.compte_id = obs_droit_demande.compte_id AND s.code = obs_droit_demande.code)").params(p).update();
        } else {
            jdbc.sql("DELETE FROM obs_droit_demande WHERE " + filtre).params(p).update();
            jdbc.sql(relecture).params(p).update();
        }
    }

    /** Le compte d'usager du dossier, s'il en a un. */
    public java.util.Optional<Long> compteDuDossier(long dossierId) {
        return jdbc.sql("SELECT compte_id FROM obs_dossier_compte WHERE dossier_id = :d").param("d", dossierId)
                .query(Long.class).optional();
    }

    /**
     * Refait tous les cumuls depuis les vues (données semées directement en SQL, réparation), dans la transaction en
     * cours s'il y en a une.
     */
    public void recalculer() {
        Connection connexion = DataSourceUtils.getConnection(dataSource);
        try {
            RecalculDesCumuls.recalculer(connexion);
            RecalculDesCumuls.recalculerDroitsDemandes(connexion);
            RecalculDesCumuls.recalculerDemarches(connexion);
        } catch (SQLException e) {
            throw new IllegalStateException("Recalcul des cumuls de l'observatoire impossible", e);
        } finally {
            DataSourceUtils.releaseConnection(connexion, dataSource);
        }
    }
}
