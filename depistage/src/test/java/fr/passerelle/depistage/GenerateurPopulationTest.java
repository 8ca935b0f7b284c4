package fr.passerelle.depistage;

import fr.passerelle.depistage.internal.FormatPlat;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.periode.Mois;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateurPopulationTest {

    private static List<String> lignes(long graine, int n) {
        GenerateurPopulation g = new GenerateurPopulation(Execution.MOTEUR, graine, new Mois(2025, 7));
        List<String> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(g.ligne("P" + i));
        }
        return l;
    }

    @Test
    void meme_graine_meme_population_autre_graine_autre_population() {
        assertThat(lignes(5, 2_000)).isEqualTo(lignes(5, 2_000));
        assertThat(lignes(6, 2_000)).isNotEqualTo(lignes(5, 2_000));
    }

    @Test
    void la_population_ressemble_a_la_france_et_se_depiste_sans_rejet() throws IOException {
        List<String> population = lignes(9, 20_000);
        int col = FormatPlat.COLONNES.indexOf("couple");
        int a2 = FormatPlat.COLONNES.indexOf("a2_date_naissance");
        int e1 = FormatPlat.COLONNES.indexOf("e1_date_naissance");
        int occupation = FormatPlat.COLONNES.indexOf("statut_occupation_logement");
        int depcom = FormatPlat.COLONNES.indexOf("depcom");
        int seuls = 0;
        int monoparentales = 0;
        int proprietaires = 0;
        int hlm = 0;
        Set<String> departements = new HashSet<>();
        for (String l : population) {
            String[] c = FormatPlat.decouper(l);
            boolean seul = c[col].equals("seul");
            assertThat(c[a2].isEmpty()).isEqualTo(seul);
            if (seul && c[e1].isEmpty()) {
                seuls++;
            }
            if (seul && !c[e1].isEmpty()) {
                monoparentales++;
            }
            proprietaires += c[occupation].equals("proprietaire") || c[occupation].equals("primo_accedant") ? 1 : 0;
            hlm += c[occupation].equals("locataire_hlm") ? 1 : 0;
            departements.add(c[depcom].substring(0, 2));
        }
        assertThat(seuls / 20_000.0).isBetween(0.30, 0.42);
        assertThat(monoparentales / 20_000.0).isBetween(0.06, 0.12);
        assertThat(proprietaires / 20_000.0).isBetween(0.40, 0.65);
        assertThat(hlm / 20_000.0).isBetween(0.10, 0.25);
        assertThat(departements.size()).isGreaterThan(90);

        Execution e = Execution.csv(GenerateurPopulation.enTete() + "\n" + String.join("\n", population) + "\n");
        assertThat(e.rejets()).isEmpty();
        Synthese s = e.synthese();
        // Non-recours tiré par prestation : des droits à demander et des droits à vérifier, dans des proportions plausibles.
        assertThat(s.aDemander(Variable.RSA)).isPositive();
        assertThat(s.aDemander(Variable.PPA)).isPositive();
        assertThat(s.aVerifier(Variable.RSA) + s.aVerifier(Variable.AIDE_LOGEMENT)).isPositive();
        assertThat(s.attributions(Variable.CMU_C)).isPositive();
        assertThat(s.menagesAvecConstat() / 20_000.0).isBetween(0.15, 0.70);
    }
}
