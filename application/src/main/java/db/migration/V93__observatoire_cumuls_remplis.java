package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import fr.passerelle.observatoire.internal.persistance.RecalculDesCumuls;

/**
 * Remplit les cumuls de l'observatoire créés par V92 avec les échanges et les droits déjà en base. En Java plutôt
 * qu'en SQL : le jour de Paris d'un horodatage se calcule de la même façon sur H2 et sur PostgreSQL (ADR 0018).
 */
public class V93__observatoire_cumuls_remplis extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        RecalculDesCumuls.recalculer(context.getConnection());
    }
}
