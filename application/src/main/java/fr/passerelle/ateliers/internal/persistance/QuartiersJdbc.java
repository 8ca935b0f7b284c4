package fr.passerelle.ateliers.internal.persistance;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.passerelle.ateliers.internal.domaine.ImportQpv.QuartierPrioritaire;

/** Liste des quartiers prioritaires importée : chaque import remplace la précédente, d'un bloc. */
@Component
public class QuartiersJdbc {

    private final JdbcClient jdbc;
    private final Clock horloge;

    QuartiersJdbc(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    @Transactional
    public void remplacer(List<QuartierPrioritaire> quartiers) {
        jdbc.sql("DELETE FROM quartier_prioritaire").update();
        OffsetDateTime maintenant = OffsetDateTime.now(horloge);
        for (QuartierPrioritaire q : quartiers) {
            jdbc.sql("INSERT INTO quartier_prioritaire (code, libelle, code_commune, importe_le) VALUES (?, ?, ?, ?)")
                    .params(q.code(), q.libelle(), q.codeCommune(), maintenant).update();
        }
    }

    public List<QuartierPrioritaire> parCommune(String code) {
        return jdbc.sql("SELECT code, libelle, code_commune FROM quartier_prioritaire WHERE code_commune = ? ORDER BY code")
                .param(code).query((rs, n) -> new QuartierPrioritaire(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }
}
