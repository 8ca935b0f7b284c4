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
 * Agrégats lus dans les vues de la migration V70 (lecture seule, ADR 0013) et, pour les échanges et les droits des
 * dossiers, dans les cumuls par jour de V92 (ADR 0018). Les jours sont ceux de Paris : la période « du 1er au
 * 31 janvier » va du 1er janvier 0 h au 1er février 0 h, heure de Paris.
 */
@Repository
public class StatistiquesJdbc {

    public static final ZoneId PARIS_ZONE = ZoneId.of("Europe/Paris");

    private final JdbcClient jdbc;
    private final NonRecoursJdbc nonRecours;

    public StatistiquesJdbc(JdbcClient jdbc, NonRecoursJdbc nonRecours) {
        this.jdbc = jdbc;
        this.nonRecours = nonRecours;
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

    /** Une cellule prestation × département : droits découverts, demandés, accordés et montant annuel accordé. */
    public record DroitsCroises(String code, String libelle, String departement, long decouverts, long demandes,
                                long accordes, BigDecimal montantAnnuel) {
    }

    /**
     * Droits découverts (toute ligne), demandés (demandé, accordé ou refusé), accordés, par prestation et département,
     * en une seule lecture : les tableaux « par prestation » et « par département » en sont des sommes (exactes : des
     * entiers et des montants à deux décimales), au lieu de deux parcours des mêmes lignes.
     */
    public List<DroitsCroises> droitsParPrestationEtDepartement(Filtre f) {
        return jdbc.sql("SELECT c.code, MAX(c.libelle) AS libelle, s.departement, SUM(c.nombre) AS decouverts, "
                        + "SUM(CASE WHEN c.statut IN ('DEMANDE', 'ACCORDE', 'REFUSE') THEN c.nombre ELSE 0 END) AS demandes, "
                        + "SUM(CASE WHEN c.statut = 'ACCORDE' THEN c.nombre ELSE 0 END) AS accordes, "
                        + "SUM(CASE WHEN c.statut = 'ACCORDE' THEN c.montant_annuel ELSE 0 END) AS montant "
                        + "FROM obs_cumul_droit c " + CUMUL_STRUCTURE + " WHERE " + jours(f) + " GROUP BY c.code, s.departement")
                .params(parametresJours(f, Optional.empty()))
                .query((rs, n) -> new DroitsCroises(rs.getString("code"), rs.getString("libelle"), rs.getString("departement"),
                        rs.getLong("decouverts"), rs.getLong("demandes"), rs.getLong("accordes"), montantBrut(rs)))
                .list();
    }

    public record DroitsEnAtelier(String code, String libelle, long decouverts, BigDecimal montantAnnuel) {
    }

    /**
     * Droits découverts en atelier par le questionnaire passé sur place (V90), ateliers de la période, par prestation :
     * nombre et montant annuel estimé ; les plus fréquents d'abord.
     */
    public List<DroitsEnAtelier> droitsEnAtelier(Filtre f) {
        return jdbc.sql("SELECT code, MAX(libelle) AS libelle, COUNT(*) AS n, SUM(montant_annuel) AS montant FROM obs_droit_atelier "
                        + "WHERE jour >= :du_jour AND jour <= :au_jour"
                        + f.departement().map(d -> " AND departement = :departement").orElse("")
                        + " GROUP BY code ORDER BY n DESC, code")
                .params(parametresJours(f, Optional.empty()))
                .query((rs, n) -> new DroitsEnAtelier(rs.getString("code"), rs.getString("libelle"), rs.getLong("n"),
                        montantBrut(rs).setScale(2, java.math.RoundingMode.HALF_UP)))
                .list();
    }

    /** Pour l'open data : (département, prestation, statut) → nombre de personnes. */
    public List<Effectif> droitsParDepartementPrestationStatut(Filtre f) {
        return jdbc.sql("SELECT s.departement, c.libelle, c.statut, SUM(c.nombre) AS n FROM obs_cumul_droit c "
                        + CUMUL_STRUCTURE + " WHERE " + jours(f)
                        + " GROUP BY s.departement, c.libelle, c.statut ORDER BY s.departement, c.libelle")
                .params(parametresJours(f, Optional.empty()))
                .query((rs, n) -> new Effectif(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    public List<ContactStructure> premierContact(Filtre f) {
        return jdbc.sql("SELECT c.structure_id, s.structure, c.canal, SUM(c.echanges) AS n, SUM(c.regles) AS regles "
                        + "FROM obs_cumul_echange c " + CUMUL_STRUCTURE + " WHERE " + jours(f)
                        + " GROUP BY c.structure_id, s.structure, c.canal ORDER BY s.structure, c.canal")
                .params(parametresJours(f, Optional.empty()))
                .query((rs, n) -> new ContactStructure(rs.getString("structure"), rs.getString("canal"), rs.getLong("n"),
                        rs.getLong("regles")))
                .list();
    }

    /** Pour l'open data : (département, canal, réglé au premier contact) → nombre d'échanges. */
    public List<Effectif> premierContactParDepartement(Filtre f) {
        List<Effectif> effectifs = new java.util.ArrayList<>();
        jdbc.sql("SELECT s.departement, c.canal, SUM(c.echanges), SUM(c.regles) FROM obs_cumul_echange c " + CUMUL_STRUCTURE
                        + " WHERE " + jours(f) + " GROUP BY s.departement, c.canal ORDER BY s.departement, c.canal")
                .params(parametresJours(f, Optional.empty()))
                .query(rs -> {
                    long echanges = rs.getLong(3);
                    long regles = rs.getLong(4);
                    if (echanges > regles) {
                        effectifs.add(new Effectif(rs.getString(1), rs.getString(2), "non", echanges - regles));
                    }
                    if (regles > 0) {
                        effectifs.add(new Effectif(rs.getString(1), rs.getString(2), "oui", regles));
                    }
                });
        return effectifs;
    }

    /** Échanges d'aller-vers (ateliers, maraudes) par département. */
    public List<Effectif> allerVers(Filtre f) {
        return jdbc.sql("SELECT s.departement, c.canal, SUM(c.echanges) AS n FROM obs_cumul_echange c " + CUMUL_STRUCTURE
                        + " WHERE " + jours(f) + " AND c.canal IN ('ATELIER', 'MARAUDE') GROUP BY s.departement, c.canal "
                        + "ORDER BY s.departement, c.canal")
                .params(parametresJours(f, Optional.empty()))
                .query((rs, n) -> new Effectif(rs.getString(1), rs.getString(2), null, rs.getLong(3)))
                .list();
    }

    /** Saisines ouvertes dans la période ; pour une organisation, seulement celles qui lui sont adressées. */
    public List<SaisineLue> saisines(Filtre f, Optional<Long> organisation) {
        return jdbc.sql("SELECT type_organisation, etat, le, close_le FROM obs_saisine WHERE " + periode(f)
                        + organisation.map(o -> " AND organisation_id = :organisation").orElse(""))
                .params(parametres(f, organisation))
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

    public record AteliersLus(String departement, long tenus, long prevusConfirmes, long prevusProposes) {
    }

    public record PassagesLus(String departement, long personnes, long questionnaires, long droitsDecouverts,
                              long demarchesFaites) {
    }

    public record NonRecoursLu(String prestation, String departement, long constats, BigDecimal montantAnnuel,
                               long personnesConnues, long resolus, BigDecimal montantResolu) {
    }

    public record DecrocheLu(String structure, String departement, long appels, long decroches) {
    }

    public record RappelFait(Instant creeLe, LocalDate avantLe, Instant faitLe) {
    }

    /**
     * Ateliers par département (celui de la commune ; « commune à choisir » sinon) : tenus dans la période jusqu'à
     * aujourd'hui (confirmés, ou avec au moins une personne enregistrée le jour J), et prévus après aujourd'hui
     * (confirmés ou seulement proposés), quelle que soit la fin de la période.
     */
    public List<AteliersLus> ateliers(Filtre f, LocalDate aujourdhui, Optional<Long> organisation) {
        LocalDate finTenus = f.au().isBefore(aujourdhui) ? f.au() : aujourdhui;
        return jdbc.sql("SELECT COALESCE(departement, 'commune à choisir') AS dep, "
                        + "SUM(CASE WHEN jour >= :du_jour AND jour <= :fin_tenus AND (statut = 'CONFIRME' OR avec_passages) "
                        + "THEN 1 ELSE 0 END) AS tenus, "
                        + "SUM(CASE WHEN jour > :aujourdhui AND statut = 'CONFIRME' THEN 1 ELSE 0 END) AS prevus_confirmes, "
                        + "SUM(CASE WHEN jour > :aujourdhui AND statut = 'PROPOSE' THEN 1 ELSE 0 END) AS prevus_proposes "
                        + "FROM obs_atelier WHERE ((jour >= :du_jour AND jour <= :fin_tenus) OR jour > :aujourdhui)"
                        + f.departement().map(d -> " AND departement = :departement").orElse("")
                        + organisation.map(o -> " AND atelier_id IN (SELECT atelier_id FROM obs_atelier_organisation "
                        + "WHERE organisation_id = :organisation)").orElse("")
                        + " GROUP BY COALESCE(departement, 'commune à choisir') ORDER BY dep")
                .params(parametresJours(f, organisation)).param("fin_tenus", finTenus).param("aujourdhui", aujourdhui)
                .query((rs, n) -> new AteliersLus(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /**
     * Personnes rencontrées le jour J des ateliers de la période, par département ; pour une organisation : les
     * personnes passées à sa table.
     */
    public List<PassagesLus> personnesRencontrees(Filtre f, Optional<Long> organisation) {
        String vue = organisation.isPresent() ? "obs_passage_organisation" : "obs_passage";
        return jdbc.sql("SELECT COALESCE(departement, 'commune à choisir') AS dep, COUNT(*) AS personnes, "
                        + "SUM(CASE WHEN questionnaire THEN 1 ELSE 0 END) AS questionnaires, "
                        + "SUM(droits_decouverts) AS droits, SUM(demarches_faites) AS demarches FROM " + vue
                        + " WHERE jour >= :du_jour AND jour <= :au_jour"
                        + f.departement().map(d -> " AND departement = :departement").orElse("")
                        + organisation.map(o -> " AND organisation_id = :organisation").orElse("")
                        + " GROUP BY COALESCE(departement, 'commune à choisir') ORDER BY dep")
                .params(parametresJours(f, organisation))
                .query((rs, n) -> new PassagesLus(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    /** Pour l'open data : (département, public visé, questionnaire fait ou non) → personnes rencontrées. */
    public List<Effectif> personnesParDepartementPublic(Filtre f) {
        return jdbc.sql("SELECT COALESCE(departement, 'commune à choisir'), public_vise, "
                        + "CASE WHEN questionnaire THEN 'questionnaire fait' ELSE 'sans questionnaire' END, COUNT(*) "
                        + "FROM obs_passage WHERE jour >= :du_jour AND jour <= :au_jour "
                        + "GROUP BY COALESCE(departement, 'commune à choisir'), public_vise, questionnaire ORDER BY 1, 2")
                .params(parametresJours(f, Optional.empty()))
                .query((rs, n) -> new Effectif(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    /**
     * Non-recours trouvé par le dépistage proactif (constats « à demander » et attributions sans demande), par
     * prestation et département : constats, montant annuel, personnes connues de Passerelle, résolus (droit demandé ou
     * accordé dans un dossier après le dépistage). Un constat enregistré par deux dépistages de la période compte une
     * fois. Pour une organisation : les dépistages lancés par ses agents. Les partitions finies depuis la dernière
     * lecture sont d'abord cumulées ({@link NonRecoursJdbc}).
     */
    public List<NonRecoursLu> nonRecours(Filtre f, Optional<Long> organisation) {
        nonRecours.rattraper();
        return nonRecours.lire(f, organisation);
    }

    /** Appels reçus et décrochés, par structure (seules les structures qui enregistrent leurs appels apparaissent). */
    public List<DecrocheLu> decroche(Filtre f) {
        return jdbc.sql("SELECT structure_id, structure, departement, COUNT(*) AS n, "
                        + "SUM(CASE WHEN decroche THEN 1 ELSE 0 END) AS decroches FROM obs_appel_recu WHERE " + periode(f)
                        + " GROUP BY structure_id, structure, departement ORDER BY structure")
                .params(parametres(f))
                .query((rs, n) -> new DecrocheLu(rs.getString("structure"), rs.getString("departement"), rs.getLong("n"),
                        rs.getLong("decroches")))
                .list();
    }

    /** Pour l'open data : (département, structure, décroché ou non) → appels reçus. */
    public List<Effectif> decrocheParDepartement(Filtre f) {
        return jdbc.sql("SELECT departement, structure, CASE WHEN decroche THEN 'décroché' ELSE 'non décroché' END, COUNT(*) "
                        + "FROM obs_appel_recu WHERE " + periode(f)
                        + " GROUP BY departement, structure_id, structure, decroche ORDER BY departement, structure")
                .params(parametres(f))
                .query((rs, n) -> new Effectif(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    /** Rappels demandés dans la période et faits, avec l'heure où ils l'ont été (période seule : pas de territoire). */
    public List<RappelFait> rappelsFaits(Filtre f) {
        return jdbc.sql("SELECT le, avant_le, fait_le FROM obs_appel WHERE " + periode(sansTerritoire(f))
                        + " AND fait AND fait_le IS NOT NULL")
                .params(parametres(sansTerritoire(f)))
                .query((rs, n) -> new RappelFait(instant(rs, 1), rs.getObject(2, LocalDate.class), instant(rs, 3)))
                .list();
    }

    /** Démarches par intitulé : nombre, bloquées sur la période, bloquées sur la période précédente de même durée. */
    public List<DemarcheLue> demarches(Filtre f) {
        Filtre avant = f.precedent();
        java.util.Map<String, Object> p = parametresJours(f, Optional.empty());
        p.put("avant_jour", avant.du());
        return jdbc.sql("SELECT c.intitule, SUM(CASE WHEN c.jour >= :du_jour THEN c.nombre ELSE 0 END) AS total, "
                        + "SUM(CASE WHEN c.jour >= :du_jour AND c.statut = 'BLOQUEE' THEN c.nombre ELSE 0 END) AS bloquees, "
                        + "SUM(CASE WHEN c.jour < :du_jour AND c.statut = 'BLOQUEE' THEN c.nombre ELSE 0 END) AS bloquees_avant "
                        + "FROM obs_cumul_demarche c " + CUMUL_STRUCTURE + " WHERE c.jour >= :avant_jour AND c.jour <= :au_jour"
                        + f.departement().map(d -> " AND s.departement = :departement").orElse("")
                        + " GROUP BY c.intitule ORDER BY bloquees DESC, c.intitule")
                .params(p)
                .query((rs, n) -> new DemarcheLue(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** Les cumuls (V92) portent la structure ; son département se lit au moment du tableau de bord. */
    private static final String CUMUL_STRUCTURE = "JOIN obs_structure s ON s.structure_id = c.structure_id";

    /** Période en jours de Paris sur les cumuls, bornes incluses ; département de la structure. */
    private static String jours(Filtre f) {
        return "c.jour >= :du_jour AND c.jour <= :au_jour" + f.departement().map(d -> " AND s.departement = :departement").orElse("");
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

    static java.util.Map<String, Object> parametres(Filtre f, Optional<Long> organisation) {
        java.util.Map<String, Object> p = parametres(f);
        organisation.ifPresent(o -> p.put("organisation", o));
        return p;
    }

    /** Paramètres d'une période en jours (colonnes DATE : le jour de l'atelier), bornes incluses. */
    private static java.util.Map<String, Object> parametresJours(Filtre f, Optional<Long> organisation) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("du_jour", f.du());
        p.put("au_jour", f.au());
        f.departement().ifPresent(d -> p.put("departement", d));
        organisation.ifPresent(o -> p.put("organisation", o));
        return p;
    }

    static BigDecimal euros(long centimes) {
        return BigDecimal.valueOf(centimes, 2);
    }

    static OffsetDateTime debut(LocalDate jour) {
        return jour.atStartOfDay(PARIS_ZONE).toInstant().atOffset(ZoneOffset.UTC);
    }

    /** Montant d'une cellule, sans arrondi : l'arrondi à deux décimales se fait sur la somme (voir DroitsGroupe). */
    private static BigDecimal montantBrut(ResultSet rs) throws SQLException {
        BigDecimal m = rs.getBigDecimal("montant");
        return m == null ? BigDecimal.ZERO : m;
    }

    private static Instant instant(ResultSet rs, int colonne) throws SQLException {
        OffsetDateTime o = rs.getObject(colonne, OffsetDateTime.class);
        return o == null ? null : o.toInstant();
    }
}
