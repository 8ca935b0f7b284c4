package fr.passerelle.observatoire.internal.persistance;

import fr.passerelle.socle.GenreDeBase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Les cumuls par jour de l'observatoire (V92, V97) : ajout ou retrait d'une quantité dans une case (jour, structure,
 * canal), (jour, structure, droit, libellé, statut) ou (jour, structure, démarche, statut), dans la transaction en
 * cours (instructions tirées de {@link CaseDeCumul}). Sur PostgreSQL, la case se crée
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
        ajouter(CaseDeCumul.ECHANGES, valeurs("jour", jour, "structure_id", structureId, "canal", canal, "echanges", echanges,
                "regles", regles), echanges);
    }

    public void ajouterDroits(LocalDate jour, long structureId, String code, String libelle, String statut, long nombre,
                              BigDecimal montantAnnuel) {
        ajouter(CaseDeCumul.DROITS, valeurs("jour", jour, "structure_id", structureId, "code", code, "libelle", libelle, "statut", statut,
                "nombre", nombre, "montant_annuel", montantAnnuel), nombre);
    }

    public void ajouterDemarches(LocalDate jour, long structureId, String intitule, String statut, long nombre) {
        ajouter(CaseDeCumul.DEMARCHES, valeurs("jour", jour, "structure_id", structureId, "intitule", intitule, "statut", statut,
                "nombre", nombre), nombre);
    }

    /** @param compte la première quantité de la case : négative, c'est un retrait, et la case peut revenir à zéro */
    private void ajouter(CaseDeCumul cumul, Map<String, Object> valeurs, long compte) {
        jdbc.sql(base.postgres() ? cumul.ajoutPostgres() : cumul.ajoutH2()).params(valeurs).update();
        if (compte < 0) {
            jdbc.sql(cumul.suppressionSiVide()).params(valeurs).update();
        }
    }

    private static Map<String, Object> valeurs(Object... nomsEtValeurs) {
        Map<String, Object> valeurs = new HashMap<>();
        for (int i = 0; i < nomsEtValeurs.length; i += 2) {
            valeurs.put((String) nomsEtValeurs[i], nomsEtValeurs[i + 1]);
        }
        return valeurs;
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
