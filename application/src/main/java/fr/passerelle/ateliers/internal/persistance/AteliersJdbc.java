package fr.passerelle.ateliers.internal.persistance;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import fr.passerelle.ateliers.internal.domaine.CodeSms;
import fr.passerelle.ateliers.internal.domaine.Inscrit;
import fr.passerelle.ateliers.internal.domaine.PublicVise;
import fr.passerelle.ateliers.internal.domaine.TypeLieu;

/** Campagnes, ateliers, tables, agents, bénévoles, inscriptions et maraudes (tables de V50). */
@Component
public class AteliersJdbc {

    public record AtelierLigne(long id, long campagneId, int annee, int trimestre, PublicVise publicVise, LocalDate jour,
                               String statut, String codeCommune, String nomCommune, TypeLieu typeLieu, String adresse,
                               String contactMairie, LocalDate accordMaireLe, Integer capacite, String accessibilite,
                               String codeSms) {

        public boolean confirme() {
            return "CONFIRME".equals(statut);
        }
    }

    public record AgentLigne(long id, String nom, String courriel, OffsetDateTime inviteLe, boolean confirme) {
    }

    public record TableLigne(long id, String administration, List<AgentLigne> agents) {
    }

    public record BenevoleLigne(long id, String nom, String courriel, LocalDate formeLe, OffsetDateTime inviteLe,
                                boolean confirme) {
    }

    public record InscriptionLigne(long id, String nom, String telephone, String courriel, String origine,
                                   OffsetDateTime inscriteLe) {

        public Inscrit inscrit() {
            return new Inscrit(nom, telephone, courriel);
        }
    }

    public record MaraudeLigne(long id, String lieu, int jourSemaine, String semaines, String heure, LocalDate du, LocalDate au) {
    }

    private final JdbcClient jdbc;

    AteliersJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> campagne(int annee, int trimestre) {
        return jdbc.sql("SELECT id FROM campagne WHERE annee = ? AND trimestre = ?").params(annee, trimestre)
                .query(Long.class).optional();
    }

    public record CampagneLigne(long id, int annee, int trimestre) {
    }

    public List<CampagneLigne> campagnes(int annee) {
        return jdbc.sql("SELECT id, annee, trimestre FROM campagne WHERE annee = ? ORDER BY trimestre").param(annee)
                .query((rs, n) -> new CampagneLigne(rs.getLong("id"), rs.getInt("annee"), rs.getInt("trimestre"))).list();
    }

    public Optional<CampagneLigne> campagneParId(long id) {
        return jdbc.sql("SELECT id, annee, trimestre FROM campagne WHERE id = ?").param(id)
                .query((rs, n) -> new CampagneLigne(rs.getLong("id"), rs.getInt("annee"), rs.getInt("trimestre"))).optional();
    }

    public long creerCampagne(int annee, int trimestre, OffsetDateTime maintenant) {
        GeneratedKeyHolder cle = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO campagne (annee, trimestre, creee_le) VALUES (?, ?, ?)")
                .params(annee, trimestre, maintenant).update(cle, "id");
        return cle.getKey().longValue();
    }

    /** Crée l'atelier avec un code SMS tiré au sort ; un code déjà pris est retiré (contrainte d'unicité). */
    public long creerAtelier(long campagneId, PublicVise publicVise, LocalDate jour, String codeCommune, String nomCommune) {
        for (int essai = 0; ; essai++) {
            String code = CodeSms.tirer(HASARD);
            if (jdbc.sql("SELECT COUNT(*) FROM atelier WHERE code_sms = ?").param(code).query(Integer.class).single() > 0) {
                continue;
            }
            GeneratedKeyHolder cle = new GeneratedKeyHolder();
            try {
                jdbc.sql("INSERT INTO atelier (campagne_id, public_vise, jour, statut, code_commune, nom_commune, code_sms) VALUES (?, ?, ?, 'PROPOSE', ?, ?, ?)")
                        .params(campagneId, publicVise.name(), jour, codeCommune, nomCommune, code).update(cle, "id");
                return cle.getKey().longValue();
            } catch (DuplicateKeyException e) {
                if (essai > 20) {
                    throw e;
                }
            }
        }
    }

    private static final java.security.SecureRandom HASARD = new java.security.SecureRandom();

    /** L'atelier dont le code SMS est celui-ci (majuscules), s'il existe. */
    public Optional<AtelierLigne> atelierParCode(String codeSms) {
        return jdbc.sql(ATELIER + " WHERE a.code_sms = ?").param(codeSms).query(AteliersJdbc::atelier).optional();
    }

    private static final String ATELIER = """
            SELECT a.*, c.annee, c.trimestre FROM atelier a JOIN campagne c ON c.id = a.campagne_id""";

    public List<AtelierLigne> ateliers(int annee) {
        return jdbc.sql(ATELIER + " WHERE c.annee = ? ORDER BY a.jour, a.id").param(annee).query(AteliersJdbc::atelier).list();
    }

    public List<AtelierLigne> ateliersDepuis(LocalDate jour) {
        return jdbc.sql(ATELIER + " WHERE a.jour >= ? ORDER BY a.jour, a.id").param(jour).query(AteliersJdbc::atelier).list();
    }

    public List<AtelierLigne> ateliersDeLaCampagne(long campagneId) {
        return jdbc.sql(ATELIER + " WHERE a.campagne_id = ? ORDER BY a.jour, a.id").param(campagneId).query(AteliersJdbc::atelier).list();
    }

    public Optional<AtelierLigne> atelier(long id) {
        return jdbc.sql(ATELIER + " WHERE a.id = ?").param(id).query(AteliersJdbc::atelier).optional();
    }

    private static AtelierLigne atelier(ResultSet rs, int n) throws SQLException {
        Date accord = rs.getDate("accord_maire_le");
        Integer capacite = rs.getObject("capacite", Integer.class);
        String lieu = rs.getString("type_lieu");
        return new AtelierLigne(rs.getLong("id"), rs.getLong("campagne_id"), rs.getInt("annee"), rs.getInt("trimestre"),
                PublicVise.valueOf(rs.getString("public_vise")), rs.getDate("jour").toLocalDate(), rs.getString("statut"),
                rs.getString("code_commune"), rs.getString("nom_commune"), lieu == null ? null : TypeLieu.valueOf(lieu),
                rs.getString("adresse"), rs.getString("contact_mairie"), accord == null ? null : accord.toLocalDate(),
                capacite, rs.getString("accessibilite"), rs.getString("code_sms"));
    }

    public void deplacer(long id, LocalDate jour) {
        jdbc.sql("UPDATE atelier SET jour = ? WHERE id = ?").params(jour, id).update();
    }

    public void changerCommune(long id, String code, String nom) {
        jdbc.sql("UPDATE atelier SET code_commune = ?, nom_commune = ? WHERE id = ?").params(code, nom, id).update();
    }

    public void changerLieu(long id, TypeLieu type, String adresse, String contactMairie, LocalDate accordMaire,
                            int capacite, String accessibilite) {
        jdbc.sql("""
                UPDATE atelier SET type_lieu = ?, adresse = ?, contact_mairie = ?, accord_maire_le = ?, capacite = ?,
                       accessibilite = ? WHERE id = ?""")
                .params(type.name(), adresse, contactMairie, accordMaire, capacite, accessibilite, id).update();
    }

    public void confirmer(long id) {
        jdbc.sql("UPDATE atelier SET statut = 'CONFIRME' WHERE id = ?").param(id).update();
    }

    public long ajouterTable(long atelierId, String administration, Long organisationId) {
        GeneratedKeyHolder cle = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO table_atelier (atelier_id, organisation_id, administration) VALUES (?, ?, ?)")
                .params(atelierId, organisationId, administration).update(cle, "id");
        return cle.getKey().longValue();
    }

    public long ajouterAgent(long tableId, String nom, String courriel) {
        GeneratedKeyHolder cle = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO agent_table (table_id, nom, courriel) VALUES (?, ?, ?)").params(tableId, nom, courriel).update(cle, "id");
        return cle.getKey().longValue();
    }

    public List<TableLigne> tables(long atelierId) {
        return jdbc.sql("SELECT id, administration FROM table_atelier WHERE atelier_id = ? ORDER BY administration")
                .param(atelierId)
                .query((rs, n) -> new TableLigne(rs.getLong("id"), rs.getString("administration"), List.of())).list()
                .stream().map(t -> new TableLigne(t.id(), t.administration(), agents(t.id()))).toList();
    }

    private List<AgentLigne> agents(long tableId) {
        return jdbc.sql("SELECT id, nom, courriel, invite_le, confirme FROM agent_table WHERE table_id = ? ORDER BY id")
                .param(tableId).query((rs, n) -> new AgentLigne(rs.getLong("id"), rs.getString("nom"), rs.getString("courriel"),
                        rs.getObject("invite_le", OffsetDateTime.class), rs.getBoolean("confirme"))).list();
    }

    public long ajouterBenevole(long atelierId, String nom, String courriel, LocalDate formeLe) {
        GeneratedKeyHolder cle = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO benevole (atelier_id, nom, courriel, forme_le) VALUES (?, ?, ?, ?)")
                .params(atelierId, nom, courriel, formeLe).update(cle, "id");
        return cle.getKey().longValue();
    }

    public List<BenevoleLigne> benevoles(long atelierId) {
        return jdbc.sql("SELECT id, nom, courriel, forme_le, invite_le, confirme FROM benevole WHERE atelier_id = ? ORDER BY id")
                .param(atelierId).query((rs, n) -> {
                    Date forme = rs.getDate("forme_le");
                    return new BenevoleLigne(rs.getLong("id"), rs.getString("nom"), rs.getString("courriel"),
                            forme == null ? null : forme.toLocalDate(), rs.getObject("invite_le", OffsetDateTime.class),
                            rs.getBoolean("confirme"));
                }).list();
    }

    public void marquerInvite(String table, long id, OffsetDateTime quand) {
        String nomTable = table.equals("agent") ? "agent_table" : "benevole";
        jdbc.sql("UPDATE " + nomTable + " SET invite_le = ? WHERE id = ? AND invite_le IS NULL").params(quand, id).update();
    }

    public boolean marquerConfirme(String table, long atelierId, long id) {
        String sql = table.equals("agent")
                ? "UPDATE agent_table SET confirme = TRUE WHERE id = ? AND table_id IN (SELECT id FROM table_atelier WHERE atelier_id = ?)"
                : "UPDATE benevole SET confirme = TRUE WHERE id = ? AND atelier_id = ?";
        return jdbc.sql(sql).params(id, atelierId).update() == 1;
    }

    public long inscrire(long atelierId, Inscrit inscrit, String origine, OffsetDateTime maintenant) {
        GeneratedKeyHolder cle = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO inscription (atelier_id, nom, telephone, courriel, identite, origine, inscrite_le) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(atelierId, inscrit.nom(), inscrit.telephone(), inscrit.courriel(), inscrit.identite(), origine, maintenant)
                .update(cle, "id");
        return cle.getKey().longValue();
    }

    public List<InscriptionLigne> inscriptions(long atelierId) {
        return jdbc.sql("SELECT id, nom, telephone, courriel, origine, inscrite_le FROM inscription WHERE atelier_id = ? ORDER BY nom, id")
                .param(atelierId).query((rs, n) -> new InscriptionLigne(rs.getLong("id"), rs.getString("nom"),
                        rs.getString("telephone"), rs.getString("courriel"), rs.getString("origine"),
                        rs.getObject("inscrite_le", OffsetDateTime.class))).list();
    }

    public long ajouterMaraude(String lieu, int jourSemaine, String semaines, String heure, LocalDate du, LocalDate au) {
        GeneratedKeyHolder cle = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO maraude (lieu, jour_semaine, semaines, heure, du, au) VALUES (?, ?, ?, ?, ?, ?)")
                .params(lieu, jourSemaine, semaines, heure, du, au).update(cle, "id");
        return cle.getKey().longValue();
    }

    public List<MaraudeLigne> maraudes() {
        return jdbc.sql("SELECT * FROM maraude ORDER BY du, id").query((rs, n) -> new MaraudeLigne(rs.getLong("id"),
                rs.getString("lieu"), rs.getInt("jour_semaine"), rs.getString("semaines"), rs.getString("heure"),
                rs.getDate("du").toLocalDate(), rs.getDate("au").toLocalDate())).list();
    }
}
