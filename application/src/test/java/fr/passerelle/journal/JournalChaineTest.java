package fr.passerelle.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Le journal chaîné sur la vraie base de test : la vérification détecte une entrée modifiée, supprimée (au milieu
 * ou à la fin), déplacée, et les ajouts concurrents gardent une chaîne intacte.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "passerelle.notifications.ordonnanceur.actif=false")
@ActiveProfiles("test")
class JournalChaineTest {

    @Autowired
    Journal journal;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void journalVide() {
        jdbc.sql("DELETE FROM journal_acces").update();
        jdbc.sql("UPDATE journal_tete SET dernier_numero = 0, derniere_empreinte = :e WHERE id = 1")
                .param("e", "0".repeat(64)).update();
    }

    void ecrireCinq() {
        for (int i = 1; i <= 5; i++) {
            journal.ecrire(new EvenementJournal(7, "Karim Aidant", Optional.of(42L), "consultation",
                    i == 3 ? ResultatAcces.REFUSE : ResultatAcces.AUTORISE, i == 3 ? "aucun mandat" : ""));
        }
    }

    @Test
    void une_chaine_non_touchee_est_intacte_et_se_lit_par_dossier() {
        ecrireCinq();
        journal.ecrire(new EvenementJournal(8, "Sophie Agent", Optional.empty(), "connexion", ResultatAcces.AUTORISE, null));

        VerificationJournal v = journal.verifier();
        assertThat(v.intacte()).as(v.explication()).isTrue();
        assertThat(v.entreesVerifiees()).isEqualTo(6);
        List<EntreeJournal> duDossier = journal.duDossier(42);
        assertThat(duDossier).extracting(EntreeJournal::numero).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(duDossier.get(2).resultat()).isEqualTo(ResultatAcces.REFUSE);
        assertThat(duDossier.get(2).motif()).isEqualTo("aucun mandat");
    }

    @Test
    void une_entree_modifiee_est_detectee() {
        ecrireCinq();
        jdbc.sql("UPDATE journal_acces SET resultat = 'AUTORISE', motif = '' WHERE numero = 3").update();

        VerificationJournal v = journal.verifier();
        assertThat(v.intacte()).isFalse();
        assertThat(v.premiereEnDefaut()).contains(3L);
        assertThat(v.explication()).contains("modifiée");
    }

    @Test
    void une_entree_supprimee_au_milieu_est_detectee() {
        ecrireCinq();
        jdbc.sql("DELETE FROM journal_acces WHERE numero = 2").update();

        VerificationJournal v = journal.verifier();
        assertThat(v.premiereEnDefaut()).contains(2L);
        assertThat(v.explication()).contains("supprimée");
    }

    @Test
    void la_derniere_entree_supprimee_est_detectee_par_la_tete() {
        ecrireCinq();
        jdbc.sql("DELETE FROM journal_acces WHERE numero = 5").update();

        VerificationJournal v = journal.verifier();
        assertThat(v.premiereEnDefaut()).contains(5L);
        assertThat(v.explication()).contains("supprimées");
    }

    @Test
    void deux_entrees_echangees_sont_detectees() {
        ecrireCinq();
        jdbc.sql("UPDATE journal_acces SET numero = 100 WHERE numero = 2").update();
        jdbc.sql("UPDATE journal_acces SET numero = 2 WHERE numero = 4").update();
        jdbc.sql("UPDATE journal_acces SET numero = 4 WHERE numero = 100").update();

        VerificationJournal v = journal.verifier();
        assertThat(v.premiereEnDefaut()).contains(2L);
        assertThat(v.explication()).contains("déplacées");
    }

    @Test
    void une_entree_recalculee_par_un_faussaire_casse_la_suite() {
        ecrireCinq();
        // Le faussaire change l'entrée 2 et recalcule son empreinte, mais ne peut pas réécrire toute la suite
        // sans que la tête ou l'entrée 3 le trahisse.
        String precedente = jdbc.sql("SELECT empreinte_precedente FROM journal_acces WHERE numero = 2")
                .query(String.class).single();
        EntreeJournal e2 = journal.duDossier(42).stream().filter(e -> e.numero() == 2).findFirst().orElseThrow();
        String fausse = fr.passerelle.journal.internal.domaine.Empreinte.de(precedente, 2, e2.le(), 99, "Inconnu",
                e2.dossierId(), e2.action(), e2.resultat(), e2.motif());
        jdbc.sql("UPDATE journal_acces SET acteur_id = 99, acteur_nom = 'Inconnu', empreinte = :e WHERE numero = 2")
                .param("e", fausse).update();

        VerificationJournal v = journal.verifier();
        assertThat(v.premiereEnDefaut()).contains(3L);
    }

    @Test
    void les_ajouts_concurrents_gardent_une_chaine_continue() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> taches = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long acteur = t;
                taches.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        journal.ecrire(new EvenementJournal(acteur, "Aidant " + acteur, Optional.of(1L),
                                "consultation", ResultatAcces.AUTORISE, ""));
                    }
                }));
            }
            for (Future<?> f : taches) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        VerificationJournal v = journal.verifier();
        assertThat(v.intacte()).as(v.explication()).isTrue();
        assertThat(v.entreesVerifiees()).isEqualTo(100);
    }
}
