package fr.passerelle.mandats.internal.persistance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import fr.passerelle.mandats.EtatMandat;
import fr.passerelle.mandats.Perimetre;
import fr.passerelle.mandats.internal.domaine.CodeConsentement;
import fr.passerelle.mandats.internal.domaine.Duree;
import fr.passerelle.mandats.internal.domaine.Mandat;
import fr.passerelle.mandats.internal.domaine.ModeConsentement;
import fr.passerelle.mandats.internal.domaine.Revocation;
import fr.passerelle.mandats.internal.domaine.UniteDuree;
import fr.passerelle.mandats.internal.domaine.VoieRevocation;

/** Mandats et leurs périmètres. Aucune mise en cache : chaque décision d'accès relit l'état en base. */
@Repository
public class MandatJdbc {

    private final JdbcClient jdbc;

    public MandatJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Object horodatage(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** @param compteUsager compte Passerelle de la personne, s'il y en a un (pour sa page « Mes mandats ») */
    public Mandat inserer(Mandat m, Optional<Long> compteUsager) {
        KeyHolder cle = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO mandat (dossier_id, structure_id, duree_nombre, duree_unite, mode_consentement, telephone,
                  cree_le, cree_par_id, cree_par_nom, etat, signe_le, compte_usager_id)
                VALUES (:dossier, :structure, :nombre, :unite, :mode, :telephone, :cree, :parId, :parNom, :etat, :signe,
                  :compte)""")
                .param("compte", compteUsager.orElse(null))
                .param("dossier", m.dossierId()).param("structure", m.structureId())
                .param("nombre", m.duree().nombre()).param("unite", m.duree().unite().name())
                .param("mode", m.mode().name()).param("telephone", m.telephone().orElse(null))
                .param("cree", horodatage(m.creeLe())).param("parId", m.creeParId()).param("parNom", m.creeParNom())
                .param("etat", m.etat().name()).param("signe", horodatage(m.signeLe().orElse(null)))
                .update(cle, "id");
        long id = cle.getKey().longValue();
        for (Perimetre p : m.perimetres()) {
            jdbc.sql("INSERT INTO mandat_perimetre (mandat_id, perimetre) VALUES (:m, :p)").param("m", id)
                    .param("p", p.name()).update();
        }
        return m.avecId(id);
    }

    /** Enregistre la signature ou la révocation (les périmètres et la durée ne changent jamais). */
    public void enregistrerEtat(Mandat m) {
        jdbc.sql("""
                UPDATE mandat SET etat = :etat, signe_le = :signe, revoque_le = :revoque, revoque_voie = :voie,
                  revoque_par_nom = :parNom WHERE id = :id""")
                .param("etat", m.etat().name()).param("signe", horodatage(m.signeLe().orElse(null)))
                .param("revoque", horodatage(m.revocation().map(Revocation::le).orElse(null)))
                .param("voie", m.revocation().map(r -> r.voie().name()).orElse(null))
                .param("parNom", m.revocation().map(Revocation::parNom).orElse(null))
                .param("id", m.id()).update();
    }

    public Optional<Mandat> parId(long id) {
        return lire("SELECT * FROM mandat WHERE id = :v", id).stream().findFirst();
    }

    /** Verrouille la ligne (signature et révocation concurrentes : la seconde attend et relit). */
    public Optional<Mandat> parIdPourModifier(long id) {
        jdbc.sql("SELECT id FROM mandat WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).optional();
        return parId(id);
    }

    /** Les mandats du dossier, le plus récent d'abord. */
    public List<Mandat> duDossier(long dossierId) {
        return lire("SELECT * FROM mandat WHERE dossier_id = :v ORDER BY cree_le DESC, id DESC", dossierId);
    }

    /** Les mandats dont la personne a (peut-être) ce compte : à revérifier auprès du module dossiers. */
    public List<Mandat> duCompteUsager(long compteUsagerId) {
        return lire("SELECT * FROM mandat WHERE compte_usager_id = :v ORDER BY cree_le DESC, id DESC", compteUsagerId);
    }

    /** Reporte sur les mandats du dossier le compte actuel de la personne (lié au dossier après le mandat). */
    public void rattacherCompte(long dossierId, Optional<Long> compteUsager) {
        jdbc.sql("UPDATE mandat SET compte_usager_id = :c WHERE dossier_id = :d").param("c", compteUsager.orElse(null))
                .param("d", dossierId).update();
    }

    /** Les mandats consentis depuis ce portable (E.164), le plus récent d'abord. */
    public List<Mandat> duTelephone(String e164) {
        return lire("SELECT * FROM mandat WHERE telephone = :v ORDER BY cree_le DESC, id DESC", e164);
    }

    /** Enregistre un nouveau code pour le mandat (il remplace le précédent, essais remis à zéro). */
    public void remplacerCode(CodeConsentement code) {
        jdbc.sql("DELETE FROM mandat_code WHERE mandat_id = :m").param("m", code.mandatId()).update();
        jdbc.sql("INSERT INTO mandat_code (mandat_id, empreinte, sel, envoye_le, essais) VALUES (:m, :e, :s, :le, :n)")
                .param("m", code.mandatId()).param("e", code.empreinte()).param("s", code.sel())
                .param("le", horodatage(code.envoyeLe())).param("n", code.essais()).update();
    }

    public Optional<CodeConsentement> code(long mandatId) {
        return jdbc.sql("SELECT * FROM mandat_code WHERE mandat_id = :m").param("m", mandatId)
                .query((rs, i) -> new CodeConsentement(mandatId, rs.getString("empreinte"), rs.getString("sel"),
                        instant(rs, "envoye_le"), rs.getInt("essais"))).optional();
    }

    public void enregistrerEssais(CodeConsentement code) {
        jdbc.sql("UPDATE mandat_code SET essais = :n WHERE mandat_id = :m").param("n", code.essais())
                .param("m", code.mandatId()).update();
    }

    private List<Mandat> lire(String sql, Object valeur) {
        List<Ligne> lignes = jdbc.sql(sql).param("v", valeur).query(MandatJdbc::ligne).list();
        if (lignes.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Perimetre>> perimetres = new HashMap<>();
        jdbc.sql("SELECT mandat_id, perimetre FROM mandat_perimetre WHERE mandat_id IN (:ids)")
                .param("ids", lignes.stream().map(Ligne::id).toList())
                .query((rs, i) -> Map.entry(rs.getLong(1), Perimetre.valueOf(rs.getString(2)))).list()
                .forEach(e -> perimetres.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(Perimetre.class)).add(e.getValue()));
        List<Mandat> mandats = new ArrayList<>(lignes.size());
        for (Ligne l : lignes) {
            mandats.add(l.mandat(perimetres.getOrDefault(l.id(), Set.of())));
        }
        return mandats;
    }

    private static Ligne ligne(ResultSet rs, int i) throws SQLException {
        Instant revoqueLe = instant(rs, "revoque_le");
        Optional<Revocation> revocation = revoqueLe == null ? Optional.empty() : Optional.of(new Revocation(revoqueLe,
                VoieRevocation.valueOf(rs.getString("revoque_voie")), rs.getString("revoque_par_nom")));
        return new Ligne(rs.getLong("id"), rs.getLong("dossier_id"), rs.getLong("structure_id"),
                new Duree(rs.getInt("duree_nombre"), UniteDuree.valueOf(rs.getString("duree_unite"))),
                ModeConsentement.valueOf(rs.getString("mode_consentement")), Optional.ofNullable(rs.getString("telephone")),
                instant(rs, "cree_le"), rs.getLong("cree_par_id"), rs.getString("cree_par_nom"),
                EtatMandat.valueOf(rs.getString("etat")), Optional.ofNullable(instant(rs, "signe_le")), revocation);
    }

    static Instant instant(ResultSet rs, String colonne) throws SQLException {
        Timestamp t = rs.getTimestamp(colonne);
        return t == null ? null : t.toInstant();
    }

    private record Ligne(long id, long dossierId, long structureId, Duree duree, ModeConsentement mode,
                         Optional<String> telephone, Instant creeLe, long creeParId, String creeParNom, EtatMandat etat,
                         Optional<Instant> signeLe, Optional<Revocation> revocation) {

        Mandat mandat(Set<Perimetre> perimetres) {
            return new Mandat(id, dossierId, structureId, perimetres, duree, mode, creeLe, creeParId, creeParNom, etat,
                    telephone, signeLe, revocation);
        }
    }
}
