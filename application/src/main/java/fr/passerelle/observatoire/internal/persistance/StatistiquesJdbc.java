package fr.passerelle.observatoire.internal.persistance;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.passerelle.observatoire.internal.domaine.Filtre;

/**
 * Agrégats lus dans les vues de la migration V70 (lecture seule, ADR 0013). Les jours sont ceux de Paris : la
 * période « du 1er au 31 janvier » va du 1er janvier 0 h au 1er février 0 h, heure de Paris.
 */
@Repository
public class StatistiquesJdbc {

    public static final ZoneId PARIS_ZONE = ZoneId.of("Europe/Paris");

    private final JdbcClient jdbc;

    public StatistiquesJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record DroitsGroupe(String cle, String libelle, long decouverts, long demandes, long accordes,
                               BigDecimal montantAnnuel) {
    }

    public record Effectif(String a, String b, String c, long nombre) {
    }

    public record ContactStructure(String structure, String canal, long echanges, long regles) {
    }

    public record SaisineLue(String typeOrganisation, String etat, Instant ouverteLe, Instant closeLe) {
    }

    public record AppelsLus(long total, long faits, long enRetard) {
    }

    public record DemarcheLue(String intitule, long total, long bloquees, long bloqueesAvant) {
    }

    /** Droits découverts (toute ligne), demandés (demandé, accordé ou refusé), accordés, par prestation ou territoire. */
    public List<DroitsGroupe> droits(Filtre f, boolean parTerritoire) {
        String cle = parTerritoire ? "departement" : "code";
        String libelle = parTerritoire ? "departement" : "MAX(libelle)";
        return jdbc.sql("SELECT " + cle + " AS cle, " + libelle + " AS libelle, COUNT(*) AS decouverts, "
                        + "SUM(CASE WHEN statut IN ('DEMANDE', 'ACCORDE', 'REFUSE') THEN 1 ELSE 0 END) AS demandes, "
                        + "SUM(CASE WHEN statut = 'ACCORDE' THEN 1 ELSE 0 END) AS accordes, "
                        + "SUM(CASE WHEN statut = 'ACCORDE' THEN montant_annuel ELSE 0 END) AS montant "
                        + "FROM obs_droit WHERE " + periode(f) + " GROUP BY " + cle + " ORDER BY decouverts DESC, " + cle)
                .params(parametres(f))
                .query((rs, n) -> new DroitsGroupe(rs.getString("cle"), rs.getString("libelle"), rs.getLong("decouverts"),
                        rs.getLong("demandes"), rs.getLong("accordes"), montant(rs)))
                .list();
    }

    /** Pour l'open data : (département, prestation, statut) → nombre de personnes. */
    public List<Effectif> droitsParDepartementPrestationStatut(Filtre f) {
        return jdbc.sql("SELECT departement, libelle, statut, COUNT(*) AS n FROM obs_droit WHERE " + periode(f)
                        + " GROUP BY departement, libelle, statut ORDER BY departement, libelle")
                .params(parametres(f))
                .query((rs, n) -> new Effectif(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    public List<ContactStructure> premierContact(Filtre f) {
        return jdbc.sql("SELECT structure_id, structure, canal, COUNT(*) AS n, "
                        + "SUM(CASE WHEN regle_au_premier_contact THEN 1 ELSE 0 END) AS regles FROM obs_echange WHERE "
                        + periode(f) + " GROUP BY structure_id, structure, canal ORDER BY structure, canal")
                .params(parametres(f))
                .query((rs, n) -> new ContactStructure(rs.getString("structure"), rs.getString("canal"), rs.getLong("n"),
                        rs.getLong("regles")))
                .list();
    }

    /** Pour l'open data : (département, canal, réglé au premier contact) → nombre d'échanges. */
    public List<Effectif> premierContactParDepartement(Filtre f) {
        return jdbc.sql("SELECT departement, canal, CASE WHEN regle_au_premier_contact THEN 'oui' ELSE 'non' END AS regle, "
                        + "COUNT(*) AS n FROM obs_echange WHERE " + periode(f)
                        + " GROUP BY departement, canal, regle_au_premier_contact ORDER BY departement, canal")
                .params(parametres(f))
                .query((rs, n) -> new Effectif(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    /** Échanges d'aller-vers (ateliers, maraudes) par département. */
    public List<Effectif> allerVers(Filtre f) {
        return jdbc.sql("SELECT departement, canal, COUNT(*) AS n FROM obs_echange WHERE " + periode(f)
                        + " AND canal IN ('ATELIER', 'MARAUDE') GROUP BY departement, canal ORDER BY departement, canal")
                .params(parametres(f))
                .query((rs, n) -> new Effectif(rs.getString(1), rs.getString(2), null, rs.getLong(3)))
                .list();
    }

    public List<SaisineLue> saisines(Filtre f) {
        return jdbc.sql("SELECT type_organisation, etat, le, close_le FROM obs_saisine WHERE " + periode(f))
                .params(parametres(f))
                .query((rs, n) -> new SaisineLue(rs.getString(1), rs.getString(2), instant(rs, 3), instant(rs, 4)))
                .list();
    }

    /** (canal, statut) → nombre ; période seule (les notifications n'ont pas de territoire). */
    public List<Effectif> notifications(Filtre f) {
        return jdbc.sql("SELECT canal, statut, COUNT(*) AS n FROM obs_notification WHERE " + periode(sansTerritoire(f))
                        + " GROUP BY canal, statut ORDER BY canal, statut")
                .params(parametres(sansTerritoire(f)))
                .query((rs, n) -> new Effectif(rs.getString(1), rs.getString(2), null, rs.getLong(3)))
                .list();
    }

    public List<Effectif> raisonsEchec(Filtre f) {
        return jdbc.sql("SELECT canal, COALESCE(raison, 'non précisée') AS raison, COUNT(*) AS n FROM obs_notification WHERE "
                        + periode(sansTerritoire(f)) + " AND statut IN ('ECHEC_TEMPORAIRE', 'ECHEC_DEFINITIF') "
                        + "GROUP BY canal, COALESCE(raison, 'non précisée') ORDER BY n DESC, canal")
                .params(parametres(sansTerritoire(f)))
                .query((rs, n) -> new Effectif(rs.getString(1), rs.getString(2), null, rs.getLong(3)))
                .list();
    }

    public AppelsLus appels(Filtre f, LocalDate aujourdhui) {
        return jdbc.sql("SELECT COUNT(*), SUM(CASE WHEN fait THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN NOT fait AND avant_le < :aujourdhui THEN 1 ELSE 0 END) FROM obs_appel WHERE "
                        + periode(sansTerritoire(f)))
                .params(parametres(sansTerritoire(f))).param("aujourdhui", aujourdhui)
                .query((rs, n) -> new AppelsLus(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    /** Démarches par intitulé : nombre, bloquées sur la période, bloquées sur la période précédente de même durée. */
    public List<DemarcheLue> demarches(Filtre f) {
        Filtre avant = f.precedent();
        return jdbc.sql("SELECT intitule, SUM(CASE WHEN le >= :du THEN 1 ELSE 0 END) AS total, "
                        + "SUM(CASE WHEN le >= :du AND statut = 'BLOQUEE' THEN 1 ELSE 0 END) AS bloquees, "
                        + "SUM(CASE WHEN le < :du AND statut = 'BLOQUEE' THEN 1 ELSE 0 END) AS bloquees_avant "
                        + "FROM obs_demarche WHERE le >= :avant AND le < :au"
                        + f.departement().map(d -> " AND departement = :departement").orElse("")
                        + " GROUP BY intitule ORDER BY bloquees DESC, intitule")
                .params(parametres(f)).param("avant", debut(avant.du()))
                .query((rs, n) -> new DemarcheLue(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    private static Filtre sansTerritoire(Filtre f) {
        return new Filtre(f.du(), f.au(), Optional.empty());
    }

    private static String periode(Filtre f) {
        return "le >= :du AND le < :au" + f.departement().map(d -> " AND departement = :departement").orElse("");
    }

    private static java.util.Map<String, Object> parametres(Filtre f) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("du", debut(f.du()));
        p.put("au", debut(f.au().plusDays(1)));
        f.departement().ifPresent(d -> p.put("departement", d));
        return p;
    }

    static OffsetDateTime debut(LocalDate jour) {
        return jour.atStartOfDay(PARIS_ZONE).toInstant().atOffset(ZoneOffset.UTC);
    }

    private static BigDecimal montant(ResultSet rs) throws SQLException {
        BigDecimal m = rs.getBigDecimal("montant");
        return m == null ? BigDecimal.ZERO : m.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static Instant instant(ResultSet rs, int colonne) throws SQLException {
        OffsetDateTime o = rs.getObject(colonne, OffsetDateTime.class);
        return o == null ? null : o.toInstant();
    }
}
