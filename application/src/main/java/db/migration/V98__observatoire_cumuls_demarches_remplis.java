package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import fr.passerelle.observatoire.internal.persistance.RecalculDesCumuls;

/** Remplit les cumuls des démarches créés par V97 avec les démarches déjà en base (jour de Paris calculé en Java). */
public class V98__observatoire_cumuls_demarches_remplis extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        RecalculDesCumuls.recalculerDemarches(context.getConnection());
    }
}
