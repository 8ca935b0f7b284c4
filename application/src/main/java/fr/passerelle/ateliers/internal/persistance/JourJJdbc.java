package fr.passerelle.ateliers.internal.persistance;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Les personnes vues le jour J (table passage, V51) et les chiffres par atelier et par campagne. */
@Component
public class JourJJdbc {

    public record Passage(long atelierId, String cle, String nom, Long inscriptionId, String tablesVisitees,
                          boolean questionnaire, int droitsDecouverts, int demarchesFaites, String demarchesTexte,
                          String rendezVousExpert, String saisiPar, OffsetDateTime saisiLe) {
    }

    /** Personnes vues, droits découverts, démarches faites. */
    public record Chiffres(String libelle, int personnesVues, int droitsDecouverts, int demarchesFaites, int inscrits) {
    }

    private final JdbcClient jdbc;

    JourJJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Enregistre le passage ; un renvoi avec la même clé ne crée rien (lecture préalable, et contrainte
     * {@code passage_cle_unique} si deux renvois se croisent). @return vrai si le passage est nouveau
     */
    public boolean enregistrer(Passage p) {
        if (jdbc.sql("SELECT COUNT(*) FROM passage WHERE cle = ?").param(p.cle()).query(Integer.class).single() > 0) {
            return false;
        }
        try {
            jdbc.sql("""
                    INSERT INTO passage (atelier_id, cle, nom, inscription_id, tables_visitees, questionnaire, droits_decouverts,
                                         demarches_faites, demarches_texte, rendez_vous_expert, saisi_par, saisi_le)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(p.atelierId(), p.cle(), p.nom(), p.inscriptionId(), p.tablesVisitees(), p.questionnaire(),
                            p.droitsDecouverts(), p.demarchesFaites(), p.demarchesTexte(), p.rendezVousExpert(), p.saisiPar(),
                            p.saisiLe())
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public List<Passage> passages(long atelierId) {
        return jdbc.sql("SELECT * FROM passage WHERE atelier_id = ? ORDER BY saisi_le, id").param(atelierId)
                .query((rs, n) -> new Passage(rs.getLong("atelier_id"), rs.getString("cle"), rs.getString("nom"),
                        rs.getObject("inscription_id", Long.class), rs.getString("tables_visitees"), rs.getBoolean("questionnaire"),
                        rs.getInt("droits_decouverts"), rs.getInt("demarches_faites"), rs.getString("demarches_texte"),
                        rs.getString("rendez_vous_expert"), rs.getString("saisi_par"),
                        rs.getObject("saisi_le", OffsetDateTime.class))).list();
    }

    public Chiffres chiffres(long atelierId) {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM passage WHERE atelier_id = ?) AS vues,
                       (SELECT COALESCE(SUM(droits_decouverts), 0) FROM passage WHERE atelier_id = ?) AS droits,
                       (SELECT COALESCE(SUM(demarches_faites), 0) FROM passage WHERE atelier_id = ?) AS demarches,
                       (SELECT COUNT(*) FROM inscription WHERE atelier_id = ?) AS inscrits""")
                .params(atelierId, atelierId, atelierId, atelierId)
                .query((rs, n) -> new Chiffres("Atelier", rs.getInt("vues"), rs.getInt("droits"), rs.getInt("demarches"),
                        rs.getInt("inscrits"))).single();
    }

    public List<Chiffres> chiffresParCampagne(int annee) {
        return jdbc.sql("""
                SELECT c.trimestre,
                       (SELECT COUNT(*) FROM passage p JOIN atelier a ON a.id = p.atelier_id WHERE a.campagne_id = c.id) AS vues,
                       (SELECT COALESCE(SUM(p.droits_decouverts), 0) FROM passage p JOIN atelier a ON a.id = p.atelier_id WHERE a.campagne_id = c.id) AS droits,
                       (SELECT COALESCE(SUM(p.demarches_faites), 0) FROM passage p JOIN atelier a ON a.id = p.atelier_id WHERE a.campagne_id = c.id) AS demarches,
                       (SELECT COUNT(*) FROM inscription i JOIN atelier a ON a.id = i.atelier_id WHERE a.campagne_id = c.id) AS inscrits
                FROM campagne c WHERE c.annee = ? ORDER BY c.trimestre""")
                .param(annee)
                .query((rs, n) -> new Chiffres("Trimestre " + rs.getInt("trimestre"), rs.getInt("vues"), rs.getInt("droits"),
                        rs.getInt("demarches"), rs.getInt("inscrits"))).list();
    }
}
