package fr.passerelle.notifications.charge;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.passerelle.persistance.PostgresDeTest;

/**
 * Arrêt brutal pendant l'envoi (taille réduite du banc) : 600 rappels dus sur PostgreSQL, l'application tuée par
 * SIGKILL deux fois en plein envoi puis relancée, enfin deux instances en parallèle pour finir. À la fin, chaque
 * rappel a été remis exactement une fois au puits (qui enregistre les clés d'idempotence), tous sont « delivered ».
 * Aucune assertion de durée : les attentes sont des garde-fous. Chaque fil prend {@value #LOT} notifications à la
 * fois (ADR 0014) ; celles qu'une instance tuée tenait sont reprises à la fin de leur bail ({@value #BAIL}).
 */
@ExtendWith(PostgresDeTest.class)
class ArretBrutalIT {

    static final int RAPPELS = 600;
    static final int FILS = 4;
    static final int LOT = 5;
    static final String BAIL = "PT30S";

    @Test
    void chaque_rappel_remis_exactement_une_fois_malgre_deux_sigkill() throws Exception {
        String schema = Charge.nouveauSchema();
        BoiteEnvoi boite = new BoiteEnvoi(PostgresDeTest.URL, schema);
        AtomicInteger numero = new AtomicInteger();
        try (PuitsSms puits = new PuitsSms(25)) {
            InstanceApplication a = InstanceApplication.demarrer("arret-" + numero.incrementAndGet(), PostgresDeTest.URL, schema, puits.url(), FILS, LOT, BAIL);
            assertThat(Charge.attendre(boite::schemaPret, 240)).as("migrations appliquées, voir %s", a.journal).isTrue();
            boite.remplir(RAPPELS);
            long sms = boite.nombreSms();
            int kills = 0;
            for (long seuil : new long[] {sms / 4, sms / 2}) {
                assertThat(Charge.attendre(() -> puits.remises.get() >= seuil, 300)).as("envoi commencé, voir %s", a.journal).isTrue();
                a.tuer();
                kills++;
                a = InstanceApplication.demarrer("arret-" + numero.incrementAndGet(), PostgresDeTest.URL, schema, puits.url(), FILS, LOT, BAIL);
            }
            InstanceApplication b = InstanceApplication.demarrer("arret-" + numero.incrementAndGet(), PostgresDeTest.URL, schema, puits.url(), FILS, LOT, BAIL);
            boolean fini = Charge.attendre(() -> {
                try {
                    return boite.delivrees() == RAPPELS && boite.tachesRestantes() == 0;
                } catch (SQLException e) {
                    return false;
                }
            }, 600);
            a.arreter();
            b.arreter();
            Map<String, Long> statuts = boite.statuts();
            assertThat(fini).as("tout est remis ; statuts : %s", statuts).isTrue();
            assertThat(statuts).containsExactly(Map.entry("DELIVREE", (long) RAPPELS));
            // Exactement une remise par rappel SMS, aucune perdue ; les renvois après SIGKILL ont été reconnus.
            assertThat(puits.remises.get()).isEqualTo(sms);
            assertThat(puits.receptions).hasSize((int) sms);
            assertThat(puits.receptions.keySet()).allMatch(k -> k.startsWith("banc:"));
            // Seuls les messages en vol au moment d'un SIGKILL (au plus un lot par fil) sont renvoyés.
            assertThat(puits.doublons.get()).as("renvois reconnus par la clé d'idempotence")
                    .isLessThanOrEqualTo((long) kills * FILS * LOT);
            System.out.printf("Arrêt brutal : %d rappels (%d SMS), %d SIGKILL, %d renvois reconnus par clé%n",
                    RAPPELS, sms, kills, puits.doublons.get());
        } finally {
            Charge.supprimer(schema);
        }
    }
}
