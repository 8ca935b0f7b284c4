package fr.passerelle.remontees.internal.persistance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.passerelle.remontees.internal.domaine.Nature;
import fr.passerelle.remontees.internal.domaine.Origine;
import fr.passerelle.remontees.internal.domaine.Remontee;

/** Remontées et réponses des administrations (V53). */
@Component
public class RemonteesJdbc {

    public record Reponse(String administration, LocalDate recueLe, String texte, String saisiePar) {
    }

    /** Une ligne du tableau d'agrégation : une démarche d'une administration. */
    public record ParDemarche(String administration, String demarche, int signalements, int personnes) {
    }

    private final JdbcClient jdbc;

    RemonteesJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void enregistrer(Remontee r) {
        jdbc.sql("""
                INSERT INTO remontee (administration, demarche, etape, nature, texte, personnes, origine, atelier_id, creee_le)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.administration(), r.demarche(), r.etape(), r.nature().name(), r.texte(), r.personnes(),
                        r.origine().name(), r.atelierId(), r.creeeLe()).update();
    }

    public List<Remontee> deLAdministration(String administration) {
        return jdbc.sql("SELECT * FROM remontee WHERE administration = ? ORDER BY creee_le, id").param(administration)
                .query((rs, n) -> new Remontee(rs.getLong("id"), rs.getString("administration"), rs.getString("demarche"),
                        rs.getString("etape"), Nature.valueOf(rs.getString("nature")), rs.getString("texte"), rs.getInt("personnes"),
                        Origine.valueOf(rs.getString("origine")), rs.getObject("atelier_id", Long.class),
                        rs.getObject("creee_le", OffsetDateTime.class))).list();
    }

    public List<ParDemarche> parDemarche() {
        return jdbc.sql("""
                SELECT administration, demarche, COUNT(*) AS signalements, SUM(personnes) AS personnes FROM remontee
                GROUP BY administration, demarche ORDER BY SUM(personnes) DESC, administration, demarche""")
                .query((rs, n) -> new ParDemarche(rs.getString("administration"), rs.getString("demarche"),
                        rs.getInt("signalements"), rs.getInt("personnes"))).list();
    }

    public List<ParDemarche> parAdministration() {
        return jdbc.sql("""
                SELECT administration, COUNT(*) AS signalements, SUM(personnes) AS personnes FROM remontee
                GROUP BY administration ORDER BY SUM(personnes) DESC, administration""")
                .query((rs, n) -> new ParDemarche(rs.getString("administration"), null, rs.getInt("signalements"),
                        rs.getInt("personnes"))).list();
    }

    public void repondre(String administration, LocalDate recueLe, String texte, String saisiePar, OffsetDateTime maintenant) {
        jdbc.sql("INSERT INTO reponse_administration (administration, recue_le, texte, saisie_par, saisie_le) VALUES (?, ?, ?, ?, ?)")
                .params(administration, recueLe, texte, saisiePar, maintenant).update();
    }

    public List<Reponse> reponses() {
        return jdbc.sql("SELECT administration, recue_le, texte, saisie_par FROM reponse_administration ORDER BY recue_le DESC, id DESC")
                .query((rs, n) -> new Reponse(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4))).list();
    }
}
