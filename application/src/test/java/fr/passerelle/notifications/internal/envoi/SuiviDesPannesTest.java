package fr.passerelle.notifications.internal.envoi;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class SuiviDesPannesTest {

    private final SuiviDesPannes pannes = new SuiviDesPannes(LoggerFactory.getLogger(SuiviDesPannesTest.class), "Essai");

    @Test
    void huit_fils_en_echec_en_meme_temps_n_ouvrent_qu_une_panne_et_la_reprise_se_dit_une_fois() throws Exception {
        ExecutorService fils = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> echecs = new ArrayList<>();
            for (int i = 0; i < 8 * 50; i++) {
                echecs.add(() -> pannes.echec(new IllegalStateException("base injoignable"), "PT1S"));
            }
            int ouvertures = 0;
            for (Future<Boolean> f : fils.invokeAll(echecs)) {
                ouvertures += f.get() ? 1 : 0;
            }
            assertThat(ouvertures).isEqualTo(1);
        } finally {
            fils.shutdown();
        }
        assertThat(pannes.reussite()).isTrue();
        assertThat(pannes.reussite()).as("pas de panne en cours").isFalse();
        assertThat(pannes.echec(new IllegalStateException("encore"), "PT1S")).as("nouvelle panne").isTrue();
    }
}
