package fr.passerelle.ateliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.passerelle.ateliers.internal.domaine.Inscrit;
import fr.passerelle.ateliers.internal.domaine.Preparation;
import fr.passerelle.ateliers.internal.domaine.PublicVise;
import fr.passerelle.ateliers.internal.domaine.RecurrenceMaraude;
import fr.passerelle.ateliers.internal.domaine.RegleTrimestrielle;
import fr.passerelle.ateliers.internal.domaine.TypeLieu;

/** Règle trimestrielle, récurrence des maraudes, doubles inscriptions, ce qui empêche de confirmer un atelier. */
class DomaineAteliersTest {

    @Test
    void une_annee_de_propositions_deux_par_trimestre_entre_le_15_et_le_20() {
        List<RegleTrimestrielle.Proposition> p = RegleTrimestrielle.propositions(2027);
        assertThat(p).hasSize(8);
        for (RegleTrimestrielle.Proposition x : p) {
            assertThat(x.jour().getDayOfMonth()).isBetween(15, 20);
            assertThat(x.jour().getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
            assertThat(RegleTrimestrielle.trimestre(x.jour())).isEqualTo(x.trimestre());
            assertThat(RegleTrimestrielle.refus(2027, x.trimestre(), x.jour())).isEmpty();
        }
        assertThat(p).filteredOn(x -> x.publicVise() == PublicVise.RURAL).hasSize(4);
        // 15 août 2027 est un dimanche : la proposition passe au lundi 16.
        assertThat(p.get(4).jour()).isEqualTo(LocalDate.of(2027, 8, 16));
    }

    @Test
    void une_date_hors_fenetre_ou_hors_trimestre_est_refusee_avec_la_raison() {
        assertThat(RegleTrimestrielle.refus(2027, 2, LocalDate.of(2027, 5, 21))).get().asString()
                .contains("21/05/2027 est hors de la fenêtre des ateliers (du 15 au 20 du mois)");
        assertThat(RegleTrimestrielle.refus(2027, 2, LocalDate.of(2027, 5, 14))).isPresent();
        assertThat(RegleTrimestrielle.refus(2027, 2, LocalDate.of(2027, 7, 16))).get().asString()
                .contains("n'est pas dans le trimestre 2 de 2027").contains("avril, mai ou juin");
        assertThat(RegleTrimestrielle.refus(2027, 2, LocalDate.of(2027, 6, 20))).isEmpty();
    }

    @Test
    void maraude_les_1er_et_3e_dimanches_du_mois() {
        RecurrenceMaraude r = new RecurrenceMaraude(DayOfWeek.SUNDAY, Set.of(1, 3), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 28));
        assertThat(r.dates()).containsExactly(LocalDate.of(2027, 1, 3), LocalDate.of(2027, 1, 17),
                LocalDate.of(2027, 2, 7), LocalDate.of(2027, 2, 21));
        // 5e dimanche : seulement les mois qui en ont un.
        assertThat(new RecurrenceMaraude(DayOfWeek.SUNDAY, Set.of(5), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)).dates())
                .containsExactly(LocalDate.of(2027, 1, 31));
        assertThatThrownBy(() -> new RecurrenceMaraude(DayOfWeek.SUNDAY, Set.of(6), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1)))
                .hasMessageContaining("entre 1 et 5");
        assertThatThrownBy(() -> new RecurrenceMaraude(DayOfWeek.SUNDAY, Set.of(1), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 1)))
                .hasMessageContaining("Fin");
    }

    @Test
    void double_inscription_reconnue_au_telephone_au_courriel_ou_au_nom() {
        List<Inscrit> inscrits = List.of(new Inscrit("Marie Dupont", "06 12 34 56 78", null),
                new Inscrit("Paul Martin", null, "Paul@Exemple.fr"), new Inscrit("Étienne Lefèvre", null, null));
        assertThat(new Inscrit("M. Dupont", "+33612345678", null).dejaInscrite(inscrits)).get().asString()
                .startsWith("Téléphone : une personne est déjà inscrite avec le numéro 0612345678 (Marie Dupont)");
        assertThat(new Inscrit("Paul", "0700000000", "paul@exemple.fr").dejaInscrite(inscrits)).get().asString()
                .startsWith("Courriel");
        assertThat(new Inscrit("etienne lefevre", null, null).dejaInscrite(inscrits)).get().asString()
                .startsWith("Nom : Étienne Lefèvre est déjà inscrite");
        assertThat(new Inscrit("Marie Dupont", "0699999999", null).dejaInscrite(inscrits)).isEmpty();
        assertThat(new Inscrit("A", "06.12.34.56.78", "x@y.fr").identite()).isEqualTo("tel:0612345678");
    }

    @Test
    void sans_benevole_forme_ni_agent_a_chaque_table_l_atelier_ne_peut_pas_etre_confirme() {
        LocalDate jour = LocalDate.of(2027, 5, 17);
        List<String> manques = Preparation.manques(jour, TypeLieu.SALLE_MAIRIE, null,
                List.of(new Preparation.TablePreparee("CAF", 0), new Preparation.TablePreparee("CPAM", 1)),
                List.of(new Preparation.BenevolePrepare("Léa", null), new Preparation.BenevolePrepare("Tom", jour.plusDays(1))));
        assertThat(manques).containsExactly(
                "Lieu : l'accord du maire pour la salle n'est pas enregistré.",
                "Table « CAF » : aucun agent. Ajoutez au moins un agent ou retirez la table.",
                "Bénévoles : aucun bénévole n'a suivi la formation avant le jour de l'atelier. L'atelier ne peut pas être confirmé.");
        assertThat(Preparation.manques(jour, TypeLieu.BUS, null, List.of(new Preparation.TablePreparee("CAF", 2)),
                List.of(new Preparation.BenevolePrepare("Léa", jour.minusDays(10))))).isEmpty();
    }
}
