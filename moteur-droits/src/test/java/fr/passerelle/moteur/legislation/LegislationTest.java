package fr.passerelle.moteur.legislation;

import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.periode.Mois;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LegislationTest {

    private final Legislation essai = Legislation.depuis("legislation-test", getClass().getClassLoader());

    @Test
    void la_valeur_lue_est_celle_en_vigueur_au_premier_jour_de_la_periode() {
        Parametre p = essai.parametre("essai.montant");
        assertThat(p.a(new Mois(2025, 3))).isEqualTo(100.0);
        assertThat(p.a(new Mois(2025, 4))).isEqualTo(110.0);
        assertThat(p.a(LocalDate.of(2025, 3, 31))).isEqualTo(100.0);
        assertThat(p.referenceA(LocalDate.of(2025, 4, 1))).contains("revalorisation");
    }

    @Test
    void un_parametre_inconnu_arrete_le_chargement_avec_son_nom() {
        assertThatThrownBy(() -> essai.parametre("essai.inexistant"))
                .isInstanceOf(LegislationInvalide.class)
                .hasMessageContaining("Paramètre inconnu : essai.inexistant");
    }

    @Test
    void une_valeur_sans_reference_legale_est_refusee() {
        assertThatThrownBy(() -> essai.parametre("essai.sans_reference"))
                .isInstanceOf(LegislationInvalide.class)
                .hasMessageContaining("essai.sans_reference")
                .hasMessageContaining("référence légale");
    }

    @Test
    void des_dates_dans_le_desordre_sont_refusees() {
        assertThatThrownBy(() -> essai.parametre("essai.desordre"))
                .isInstanceOf(LegislationInvalide.class)
                .hasMessageContaining("croissantes");
    }

    @Test
    void une_periode_avant_la_premiere_valeur_est_une_erreur_datee_pas_un_zero() {
        Parametre p = essai.parametre("essai.montant");
        assertThatThrownBy(() -> p.a(new Mois(2019, 1)))
                .isInstanceOf(LegislationInvalide.class)
                .hasMessageContaining("essai.montant")
                .hasMessageContaining("2019-01-01")
                .hasMessageContaining("première valeur");
    }

    @Test
    void un_bareme_ne_se_lit_pas_comme_un_parametre_simple() {
        assertThatThrownBy(() -> essai.parametre("essai.bareme"))
                .isInstanceOf(LegislationInvalide.class)
                .hasMessageContaining("barème");
        Bareme b = essai.bareme("essai.bareme");
        assertThat(b.montant(5000, new Mois(2025, 1))).isEqualTo(194);
        assertThat(b.montant(5600, new Mois(2025, 1))).isEqualTo(194);
        assertThat(b.montant(5601, new Mois(2025, 1))).isEqualTo(146);
        assertThat(b.montant(20000, new Mois(2025, 1))).isEqualTo(0);
        assertThat(b.marginal(10000, new Mois(2025, 1))).isEqualTo(194 * 5600 + 146 * 1100 + 98 * 1000 + 48 * 2300.0);
    }

    @Test
    void un_nom_mal_forme_est_refuse() {
        assertThatThrownBy(() -> essai.parametre("../secret"))
                .isInstanceOf(LegislationInvalide.class)
                .hasMessageContaining("invalide");
    }

    @Test
    void tous_les_fichiers_de_la_legislation_francaise_se_chargent() throws IOException, URISyntaxException {
        Path racine = Paths.get(getClass().getClassLoader().getResource("legislation").toURI());
        Legislation francaise = Legislation.francaise();
        List<Path> fichiers;
        try (Stream<Path> s = Files.walk(racine)) {
            fichiers = s.filter(f -> f.toString().endsWith(".yaml")).toList();
        }
        assertThat(fichiers).isNotEmpty();
        for (Path f : fichiers) {
            String nom = racine.relativize(f).toString().replace(".yaml", "").replace('/', '.');
            String contenu = Files.readString(f);
            if (contenu.contains("type: bareme")) {
                assertThat(francaise.bareme(nom).versions()).as(nom).isNotEmpty();
            } else {
                assertThat(francaise.parametre(nom).historique()).as(nom).isNotEmpty();
            }
        }
    }

    @Test
    void le_moteur_francais_se_charge_et_chaque_parametre_lu_a_une_reference() {
        Moteur moteur = Moteur.francais();
        assertThat(moteur.legislation().nomsCharges()).isNotEmpty();
        for (String nom : moteur.legislation().nomsCharges()) {
            try {
                moteur.legislation().parametre(nom).historique()
                        .forEach(v -> assertThat(v.reference()).as(nom).isNotBlank());
            } catch (LegislationInvalide barème) {
                moteur.legislation().bareme(nom).versions()
                        .forEach(v -> assertThat(v.reference()).as(nom).isNotBlank());
            }
        }
    }
}
