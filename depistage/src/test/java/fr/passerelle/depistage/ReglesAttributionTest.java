package fr.passerelle.depistage;

import fr.passerelle.moteur.calcul.Variable;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReglesAttributionTest {

    @Test
    void les_regles_livrees_se_chargent_et_portent_chacune_une_reference_legale() {
        ReglesAttribution r = ReglesAttribution.parDefaut();
        assertThat(r.regles()).extracting(ReglesAttribution.Regle::id).contains("rsa_css_gratuite");
        ReglesAttribution.Regle rsa = r.regles().stream().filter(g -> g.id().equals("rsa_css_gratuite")).findFirst().orElseThrow();
        assertThat(rsa.siPercoit()).isEqualTo(Variable.RSA);
        assertThat(rsa.attribuer()).isEqualTo(Variable.CMU_C);
        assertThat(r.regles()).allSatisfy(g -> assertThat(g.reference()).isNotBlank());
    }

    @Test
    void une_prestation_inconnue_une_reference_absente_ou_une_regle_sans_condition_sont_refusees_en_nommant_la_regle() {
        assertThatThrownBy(() -> ReglesAttribution.depuis("regles:\n  - id: x\n    si_percoit: rsa\n    attribuer: prime_de_noel\n    reference: L1"))
                .hasMessageContaining("règle x").hasMessageContaining("attribuer").hasMessageContaining("prime_de_noel");
        assertThatThrownBy(() -> ReglesAttribution.depuis("regles:\n  - id: y\n    si_percoit: rsa\n    attribuer: cmu_c"))
                .hasMessageContaining("règle y").hasMessageContaining("référence légale");
        assertThatThrownBy(() -> ReglesAttribution.depuis("regles:\n  - id: z\n    attribuer: cmu_c\n    reference: L1"))
                .hasMessageContaining("règle z").hasMessageContaining("si_percoit ou si_eligible");
        assertThatThrownBy(() -> ReglesAttribution.depuis("regles:\n  - id: w\n    si_percoit: rsa\n    attribuer: cmu_c\n    reference: L1\n    si_pecroit: aah"))
                .hasMessageContaining("champ inconnu « si_pecroit »");
    }

    @Test
    void une_regle_ajoutee_en_donnees_produit_ses_attributions_sans_code() throws IOException {
        ReglesAttribution regles = ReglesAttribution.depuis("""
                regles:
                  - id: aah_css
                    si_percoit: aah
                    attribuer: css_participation_forfaitaire
                    reference: Règle d'essai
                """);
        String fichier = LignePlate.fichier(LignePlate.personneSeule("H1").avec("percoit", "aah:1033.32")
                .avec("a1_taux_incapacite", "0.8").avec("a1_activite", "inactif"));

        Execution e = Execution.de(fichier, new OptionsDepistage(FormatEntree.CSV, null, null, regles), 1);

        assertThat(e.attributions()).singleElement().asString().contains("\"regle\":\"aah_css\"", "\"reference\":\"Règle d'essai\"",
                "\"constat\":\"H1/css_participation_forfaitaire/2025-07\"");
        assertThat(Execution.de(fichier, new OptionsDepistage(FormatEntree.CSV, null, null, ReglesAttribution.aucune()), 1).attributions()).isEmpty();
    }
}
