package fr.passerelle.dossiers.internal.persistance;

import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.passerelle.dossiers.AppelsRecus;

/** Les appels reçus par les structures (table V86 {@code appel_recu}). */
@Repository
class AppelsRecusJdbc implements AppelsRecus {

    private final JdbcClient jdbc;
    private final Clock horloge;

    AppelsRecusJdbc(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    @Override
    public long enregistrer(long structureId, Instant recuLe, boolean decroche, String saisiPar) {
        if (recuLe == null || recuLe.isAfter(horloge.instant())) {
            throw new IllegalArgumentException("Heure de l'appel : elle ne peut pas être dans le futur (reçu « " + recuLe + " »).");
        }
        if (saisiPar == null || saisiPar.isBlank()) {
            throw new IllegalArgumentException("Saisi par : indiquez qui enregistre l'appel.");
        }
        int structures = jdbc.sql("SELECT COUNT(*) FROM structure WHERE id = :s").param("s", structureId).query(Integer.class).single();
        if (structures == 0) {
            throw new IllegalArgumentException("Structure : la structure n° " + structureId + " n'existe pas.");
        }
        GeneratedKeyHolder cle = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO appel_recu (structure_id, recu_le, decroche, saisi_par) VALUES (:s, :le, :d, :par)")
                .param("s", structureId).param("le", DossierJdbc.horodatage(recuLe)).param("d", decroche)
                .param("par", saisiPar.length() > 254 ? saisiPar.substring(0, 254) : saisiPar).update(cle, "id");
        return cle.getKey().longValue();
    }
}
