package fr.passerelle.observatoire.internal.persistance;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.passerelle.observatoire.internal.domaine.CriteresDemarche;

/** Critères des démarches en ligne (table V71) : une ligne par démarche, la dernière saisie remplace la précédente. */
@Repository
public class CriteresJdbc {

    private final JdbcClient jdbc;

    public CriteresJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CriteresDemarche> tous() {
        return jdbc.sql("SELECT intitule, deux_canaux_humains, satisfaction, franceconnect, marche_sur_telephone, accessibilite "
                        + "FROM observatoire_criteres_demarche ORDER BY intitule")
                .query((rs, n) -> new CriteresDemarche(rs.getString(1), rs.getBoolean(2), rs.getInt(3), rs.getBoolean(4),
                        rs.getBoolean(5), CriteresDemarche.Accessibilite.valueOf(rs.getString(6))))
                .list();
    }

    public void enregistrer(CriteresDemarche c, String par, Instant le) {
        int maj = jdbc.sql("UPDATE observatoire_criteres_demarche SET deux_canaux_humains = :d, satisfaction = :s, "
                        + "franceconnect = :f, marche_sur_telephone = :t, accessibilite = :a, saisi_par = :par, saisi_le = :le "
                        + "WHERE intitule = :i")
                .params(parametres(c, par, le)).update();
        if (maj == 0) {
            jdbc.sql("INSERT INTO observatoire_criteres_demarche (intitule, deux_canaux_humains, satisfaction, franceconnect, "
                            + "marche_sur_telephone, accessibilite, saisi_par, saisi_le) VALUES (:i, :d, :s, :f, :t, :a, :par, :le)")
                    .params(parametres(c, par, le)).update();
        }
    }

    private static java.util.Map<String, Object> parametres(CriteresDemarche c, String par, Instant le) {
        return java.util.Map.of("i", c.intitule(), "d", c.deuxCanauxHumains(), "s", c.satisfaction(), "f", c.franceConnect(),
                "t", c.marcheSurTelephone(), "a", c.accessibilite().name(), "par", par, "le", le.atOffset(ZoneOffset.UTC));
    }
}
