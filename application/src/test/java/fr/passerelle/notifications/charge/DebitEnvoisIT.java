package fr.passerelle.notifications.charge;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.passerelle.persistance.PostgresDeTest;

/**
 * Banc de débit (lancé seulement avec {@code -Dbanc.envois=N}) : N rappels dus, moitié vers le puits SMS HTTP
 * (hors processus), moitié vers le puits courriel local ; une instance, PostgreSQL. Affiche les messages par
 * seconde, mesurés de la première remise à la dernière. Voir docs/benchmarks.md.
 */
@ExtendWith(PostgresDeTest.class)
class DebitEnvoisIT {

    @Test
    void debit() throws Exception {
        String valeur = System.getProperty("banc.envois");
        Assumptions.assumeTrue(valeur != null && !valeur.isBlank(), "banc désactivé (ajouter -Dbanc.envois=100000)");
        int envois = Integer.parseInt(valeur);
        int fils = Integer.getInteger("banc.fils", 16);
        int lot = Integer.getInteger("banc.lot", 25);
        String schema = Charge.nouveauSchema();
        BoiteEnvoi boite = new BoiteEnvoi(PostgresDeTest.URL, schema);
        try (PuitsSms puits = new PuitsSms()) {
            InstanceApplication a = InstanceApplication.demarrer("banc", PostgresDeTest.URL, schema, puits.url(), fils, lot, "PT5M");
            assertThat(Charge.attendre(boite::schemaPret, 240)).isTrue();
            a.arreter();
            boite.remplir(envois);
            a = InstanceApplication.demarrer("banc", PostgresDeTest.URL, schema, puits.url(), fils, lot, "PT5M");
            Charge.attendre(() -> puits.remises.get() > 0, 300);
            long debut = System.nanoTime();
            boolean fini = Charge.attendre(() -> {
                try {
                    return boite.tachesRestantes() == 0;
                } catch (SQLException e) {
                    return false;
                }
            }, 3600);
            double secondes = (System.nanoTime() - debut) / 1e9;
            a.arreter();
            assertThat(fini).isTrue();
            assertThat(boite.delivrees()).isEqualTo(envois);
            System.out.printf("BANC : %d rappels (%d SMS HTTP, %d courriels locaux) en %.1f s = %.0f messages/s, %d fils, lots de %d, %d doublons%n",
                    envois, puits.remises.get(), envois - puits.remises.get(), secondes, envois / secondes, fils, lot,
                    puits.doublons.get());
        } finally {
            Charge.supprimer(schema);
        }
    }
}
