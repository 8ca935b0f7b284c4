package fr.passerelle.observatoire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import fr.passerelle.observatoire.internal.domaine.SecretStatistique;
import fr.passerelle.observatoire.internal.domaine.Tableau;

/** Secret statistique de l'open data : aucune cellule visible sous 11, aucune retrouvable par différence. */
class SecretStatistiqueTest {

    @Test
    void une_petite_cellule_est_masquee_avec_une_autre_de_sa_ligne_et_de_sa_colonne() {
        // Ligne 1 : 50, 5, 30 (total 85) ; ligne 2 : 40, 20, 25 (total 85).
        Tableau t = SecretStatistique.appliquer("t", "T", "", List.of("Lieu"), List.of(List.of("A"), List.of("B")),
                List.of("x", "y", "z"), new long[][] {{50, 5, 30}, {40, 20, 25}});
        assertThat(t.entetes()).containsExactly("Lieu", "x", "y", "z", "Total");
        // 5 masqué (primaire) ; dans sa ligne, la plus petite visible (30) aussi ; dans sa colonne, 20 ; puis dans la
        // ligne B, 25 (plus petite visible) ; la colonne z a alors 30 et 25 masqués : rien ne se déduit.
        assertThat(t.lignes().get(0)).containsExactly("A", 50L, null, null, 85L);
        assertThat(t.lignes().get(1)).containsExactly("B", 40L, null, null, 85L);
        assertThat(t.lignes().get(2)).containsExactly("Total", 90L, 25L, 55L, 170L);
    }

    @Test
    void tableaux_au_hasard_sans_cellule_visible_sous_11_ni_equation_a_une_seule_inconnue() {
        Random hasard = new Random(42);
        for (int essai = 0; essai < 500; essai++) {
            int r = 1 + hasard.nextInt(6);
            int c = 1 + hasard.nextInt(5);
            long[][] effectifs = new long[r][c];
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < c; j++) {
                    effectifs[i][j] = hasard.nextInt(4) == 0 ? hasard.nextInt(11) : hasard.nextInt(200);
                }
            }
            long[][] complet = new long[r + 1][c + 1];
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < c; j++) {
                    complet[i][j] = effectifs[i][j];
                    complet[i][c] += effectifs[i][j];
                    complet[r][j] += effectifs[i][j];
                    complet[r][c] += effectifs[i][j];
                }
            }
            boolean[][] masque = SecretStatistique.masque(complet);
            for (int i = 0; i <= r; i++) {
                int masquees = 0;
                for (int j = 0; j <= c; j++) {
                    assertThat(masque[i][j] || complet[i][j] >= 11).as("cellule visible sous 11").isTrue();
                    masquees += masque[i][j] ? 1 : 0;
                }
                assertThat(masquees).as("ligne %d : une seule inconnue se déduirait du total", i).isNotEqualTo(1);
            }
            for (int j = 0; j <= c; j++) {
                int masquees = 0;
                for (int i = 0; i <= r; i++) {
                    masquees += masque[i][j] ? 1 : 0;
                }
                assertThat(masquees).as("colonne %d", j).isNotEqualTo(1);
            }
        }
    }
}
