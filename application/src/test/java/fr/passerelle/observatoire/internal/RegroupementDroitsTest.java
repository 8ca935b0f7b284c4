package fr.passerelle.observatoire.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.passerelle.observatoire.internal.persistance.StatistiquesJdbc.DroitsCroises;
import fr.passerelle.observatoire.internal.persistance.StatistiquesJdbc.DroitsGroupe;

/**
 * Les droits « par prestation » et « par département » sont sommés en Java depuis une seule lecture prestation ×
 * département : mêmes chiffres, même libellé ({@code MAX(libelle)}) et même tri que les deux requêtes d'avant
 * (découverts décroissants, puis la clé, département vide en dernier).
 */
class RegroupementDroitsTest {

    static final List<DroitsCroises> CELLULES = List.of(
            new DroitsCroises("rsa", "RSA", "07", 3, 2, 1, new BigDecimal("7293.00")),
            new DroitsCroises("css", "Complémentaire santé solidaire", "07", 2, 1, 1, new BigDecimal("0.00")),
            new DroitsCroises("rsa", "Revenu de solidarité active", "33", 2, 2, 2, new BigDecimal("14586.00")),
            new DroitsCroises("css", "Complémentaire santé solidaire", null, 3, 0, 0, BigDecimal.ZERO),
            new DroitsCroises("ppa", "Prime d'activité", "33", 1, 1, 0, new BigDecimal("0.00")));

    @Test
    void par_prestation_sommes_libelle_le_plus_grand_et_tri() {
        List<DroitsGroupe> g = TableauxDeBord.regrouper(CELLULES, false);
        // rsa et css : 5 découverts chacun, départagés par le code (ORDER BY decouverts DESC, cle).
        assertThat(g).extracting(DroitsGroupe::cle).containsExactly("css", "rsa", "ppa");
        assertThat(g.get(0)).isEqualTo(new DroitsGroupe("css", "Complémentaire santé solidaire", 5, 1, 1, new BigDecimal("0.00")));
        assertThat(g.get(1)).isEqualTo(new DroitsGroupe("rsa", "Revenu de solidarité active", 5, 4, 3, new BigDecimal("21879.00")));
    }

    @Test
    void par_departement_egalite_departagee_par_la_cle_et_vide_en_dernier() {
        List<DroitsGroupe> g = TableauxDeBord.regrouper(CELLULES, true);
        assertThat(g).extracting(DroitsGroupe::cle).containsExactly("07", "33", null);
        assertThat(g).extracting(DroitsGroupe::decouverts).containsExactly(5L, 3L, 3L);
        assertThat(g.get(1).montantAnnuel()).isEqualTo(new BigDecimal("14586.00"));
        assertThat(g.get(2).libelle()).isNull();
    }
}
