package fr.passerelle.depistage;

import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.periode.Mois;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheseTest {

    @Test
    void la_synthese_se_relit_depuis_son_json_et_la_fusion_des_parts_egale_le_tout() throws IOException {
        GenerateurPopulation g = new GenerateurPopulation(Execution.MOTEUR, 3, new Mois(2025, 7));
        StringBuilder a = new StringBuilder(GenerateurPopulation.enTete()).append('\n');
        StringBuilder b = new StringBuilder(GenerateurPopulation.enTete()).append('\n');
        for (int i = 0; i < 3_000; i++) {
            (i < 1_500 ? a : b).append(g.ligne("Z" + i)).append('\n');
        }
        Synthese tout = Execution.csv(a + b.substring(b.indexOf("\n") + 1)).synthese();
        Synthese fusion = Execution.csv(a.toString()).synthese();
        fusion.fusionner(Execution.csv(b.toString()).synthese());

        assertThat(fusion).isEqualTo(tout);
        assertThat(Synthese.depuisJson(tout.versJson())).isEqualTo(tout);
        assertThat(tout.menages()).isEqualTo(3_000);
        assertThat(tout.versCsv()).startsWith("prestation;departement;a_demander;montant_annuel_a_demander;a_verifier")
                .contains("\nrsa;");
        assertThat(tout.montantAnnuelADemanderCentimes(Variable.RSA)).isPositive();
    }
}
