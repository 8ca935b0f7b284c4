package fr.passerelle.depistage;

import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.openfisca.LecteurSituation;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Situation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DepistageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** La même personne (seule, sans revenu, locataire à Bordeaux) en situation OpenFisca. */
    private static String situationJson() {
        return """
                {"individus":{"a1":{"date_naissance":{"ETERNITY":"1985-03-12"},"activite":{"2023":"chomeur"},
                  "salaire_de_base":{"2023":0,"2024":0,"2025":0}}},
                 "menages":{"m":{"personne_de_reference":["a1"],"statut_occupation_logement":{"2023":"locataire_vide"},
                  "loyer":{"2023":7200,"2024":7200,"2025":7200},"depcom":{"2023":"33063"}}}}""".replace("\n", "");
    }

    private static double moteurDirect(Variable v, Mois mois) {
        Situation s = new Situation();
        new LecteurSituation().lire("M1", mois, JSON.readTree(situationJson()), s);
        return Execution.MOTEUR.calculer(s).get(v);
    }

    @Test
    void un_droit_calcule_et_non_percu_est_a_demander_avec_le_montant_du_moteur_en_json_comme_en_csv() throws IOException {
        Execution csv = Execution.csv(LignePlate.fichier(LignePlate.personneSeule("M1")));
        Execution json = Execution.de("{\"id\":\"M1\",\"period\":\"2025-07\",\"situation\":" + situationJson() + "}\n",
                OptionsDepistage.simple(FormatEntree.JSON), 1);

        assertThat(csv.constats()).hasSize(1);
        assertThat(json.constats()).isEqualTo(csv.constats());
        JsonNode rsa = constat(csv.constats().get(0), "a_demander", "rsa");
        double attendu = Math.round(moteurDirect(Variable.RSA, new Mois(2025, 7)) * 100) / 100.0;
        assertThat(attendu).isBetween(300.0, 700.0);
        assertThat(rsa.get("montant").asDouble()).isEqualTo(attendu);
        assertThat(rsa.get("montant_annuel").asDouble()).isEqualTo(Math.round(attendu * 1200) / 100.0);
        assertThat(rsa.get("constat").asString()).isEqualTo("M1/rsa/2025-07");
        assertThat(csv.synthese().aDemander(Variable.RSA, "33")).isEqualTo(1);
        assertThat(csv.synthese().montantAnnuelADemanderCentimes(Variable.RSA)).isEqualTo(Math.round(attendu * 100) * 12);
    }

    @Test
    void un_droit_percu_que_le_moteur_ne_calcule_plus_est_a_verifier_jamais_a_couper() throws IOException {
        Execution e = Execution.csv(LignePlate.fichier(LignePlate.personneSeule("M2").avec("percoit", "aah:900 rsa:0")
                .avec("a1_activite", "actif").avec("a1_salaire_n2", "60000").avec("a1_salaire_n1", "60000").avec("a1_salaire_n", "60000")));

        assertThat(e.constats()).hasSize(1);
        JsonNode ligne = JSON.readTree(e.constats().get(0));
        assertThat(ligne.get("a_demander")).isEmpty();
        JsonNode aah = constat(e.constats().get(0), "a_verifier", "aah");
        assertThat(aah.get("montant").asDouble()).isEqualTo(900.0);
        assertThat(aah.get("montant_annuel").asDouble()).isEqualTo(10_800.0);
        assertThat(e.constats().get(0)).doesNotContain("couper");
        assertThat(e.synthese().aVerifier(Variable.AAH)).isEqualTo(1);
    }

    @Test
    void un_beneficiaire_du_rsa_sans_complementaire_sante_recoit_une_attribution_avec_sa_reference_legale() throws IOException {
        Execution e = Execution.csv(LignePlate.fichier(LignePlate.personneSeule("M3").avec("percoit", "rsa:560 aide_logement:280")));

        List<JsonNode> cmu = e.attributions().stream().map(JSON::readTree).filter(a -> a.get("prestation").asString().equals("cmu_c")).toList();
        assertThat(cmu).hasSize(1);
        JsonNode a = cmu.get(0);
        assertThat(a.get("constat").asString()).isEqualTo("M3/cmu_c/2025-07");
        assertThat(a.get("regle").asString()).isEqualTo("rsa_css_gratuite");
        assertThat(a.get("reference").asString()).contains("L861-2");
        JsonNode ligne = JSON.readTree(e.constats().get(0));
        assertThat(ligne.get("a_demander").toString()).doesNotContain("\"cmu_c\"");
        assertThat(e.synthese().attributions(Variable.CMU_C)).isEqualTo(1);

        Execution dejaPercue = Execution.csv(LignePlate.fichier(LignePlate.personneSeule("M3").avec("percoit", "rsa:560 aide_logement:280 cmu_c:1")));
        assertThat(dejaPercue.attributions()).noneMatch(l -> l.contains("\"prestation\":\"cmu_c\""));
    }

    @Test
    void les_lignes_fautives_vont_aux_rejets_avec_ligne_menage_champ_et_raison_et_le_reste_est_depiste() throws IOException {
        String fichier = LignePlate.fichier(
                LignePlate.personneSeule("OK1"),
                LignePlate.personneSeule("R1").avec("depcom", "99999"),
                LignePlate.personneSeule("R2").avec("percoit", "rsa:500 prime_de_noel:150"),
                LignePlate.personneSeule("R3").avec("a1_date_naissance", "12/03/1985"),
                LignePlate.personneSeule("R4").avec("e1_date_naissance", "1970-01-01"),
                LignePlate.personneSeule("R5").avec("loyer", "-3"),
                LignePlate.personneSeule("R7").avec("periode", "2023-06"),
                LignePlate.personneSeule("R8").avec("depcom", "97209"),
                LignePlate.personneSeule("OK2")) + "R6;2025-07;33063\n";

        Execution e = Execution.csv(fichier);

        assertThat(e.rejets()).hasSize(8);
        assertThat(rejet(e, 0)).containsExactly("3", "R1", "depcom");
        assertThat(rejet(e, 1)).containsExactly("4", "R2", "percoit.prime_de_noel");
        assertThat(rejet(e, 2)).containsExactly("5", "R3", "a1_date_naissance");
        assertThat(rejet(e, 3)).containsExactly("6", "R4", "e1_date_naissance");
        assertThat(rejet(e, 4)).containsExactly("7", "R5", "loyer");
        assertThat(rejet(e, 5)).containsExactly("8", "R7", "periode");
        assertThat(rejet(e, 6)).containsExactly("9", "R8", "depcom");
        assertThat(rejet(e, 7)).containsExactly("11", "R6", "ligne");
        assertThat(JSON.readTree(e.rejets().get(1)).get("raison").asString()).contains("prestation inconnue");
        assertThat(JSON.readTree(e.rejets().get(3)).get("raison").asString()).contains("plus âgé");
        assertThat(JSON.readTree(e.rejets().get(5)).get("raison").asString()).contains("à partir de 2024-01");
        assertThat(JSON.readTree(e.rejets().get(6)).get("raison").asString()).contains("outre-mer");
        assertThat(e.constats()).extracting(l -> JSON.readTree(l).get("menage").asString()).containsExactly("OK1", "OK2");
        assertThat(e.synthese().rejets()).isEqualTo(8);
        assertThat(e.synthese().menages()).isEqualTo(2);
    }

    @Test
    void une_ligne_json_fautive_est_rejetee_avec_le_champ_de_la_situation() throws IOException {
        String lignes = "{\"id\":\"J1\",\"period\":\"2025-07\",\"situation\":" + situationJson().replace("33063", "00000") + "}\n"
                + "pas du json\n"
                + "{\"id\":\"J3\",\"period\":\"2025-07\",\"situation\":" + situationJson() + ",\"percoit\":{\"rsa\":\"beaucoup\"}}\n";

        Execution e = Execution.de(lignes, OptionsDepistage.simple(FormatEntree.JSON), 2);

        assertThat(rejet(e, 0)).containsExactly("1", "J1", "menages.m.depcom");
        assertThat(rejet(e, 1)).containsExactly("2", null, "ligne");
        assertThat(rejet(e, 2)).containsExactly("3", "J3", "percoit.rsa");
    }

    @Test
    void un_en_tete_qui_n_est_pas_celui_du_format_arrete_le_depistage_en_nommant_la_colonne() {
        assertThatThrownBy(() -> Execution.csv("menage;periode;revenu_mystere\n"))
                .hasMessageContaining("revenu_mystere").hasMessageContaining("colonne 3");
        assertThatThrownBy(() -> Execution.csv("menage;periode\n")).hasMessageContaining("obligatoire « depcom »");
    }

    @Test
    void le_resultat_ne_depend_pas_du_nombre_de_fils_et_les_identifiants_de_constat_sont_stables() throws IOException {
        StringBuilder fichier = new StringBuilder(GenerateurPopulation.enTete()).append('\n');
        GenerateurPopulation g = new GenerateurPopulation(Execution.MOTEUR, 7, new Mois(2025, 7));
        for (int i = 0; i < 20_000; i++) {
            fichier.append(g.ligne("G" + i)).append('\n');
        }
        Execution un = Execution.de(fichier.toString(), OptionsDepistage.simple(FormatEntree.CSV), 1);
        Execution quatre = Execution.de(fichier.toString(), OptionsDepistage.simple(FormatEntree.CSV), 4);

        assertThat(quatre.constats()).isEqualTo(un.constats());
        assertThat(quatre.attributions()).isEqualTo(un.attributions());
        assertThat(quatre.synthese()).isEqualTo(un.synthese());
        assertThat(un.synthese().menages()).isEqualTo(20_000);
        assertThat(un.rejets()).isEmpty();
        List<String> identifiants = un.constats().stream().flatMap(l -> JSON.readTree(l).findValuesAsString("constat").stream()).toList();
        assertThat(identifiants).doesNotHaveDuplicates().allMatch(id -> id.matches("G\\d+/[a-z_]+/2025-07"));
    }

    @Test
    void a_deux_dates_d_effet_la_revalorisation_d_avril_change_le_rsa_du_montant_que_calcule_le_moteur() throws IOException {
        Execution e = Execution.de(LignePlate.fichier(LignePlate.personneSeule("M1").avec("periode", "2025-03")),
                new OptionsDepistage(FormatEntree.CSV, new Mois(2025, 3), new Mois(2025, 4), ReglesAttribution.parDefaut()), 1);

        JsonNode rsa = e.changements().stream().map(JSON::readTree).filter(c -> c.get("prestation").asString().equals("rsa")).findFirst().orElseThrow();
        double avant = moteurDirect(Variable.RSA, new Mois(2025, 3));
        double apres = moteurDirect(Variable.RSA, new Mois(2025, 4));
        assertThat(apres).isGreaterThan(avant);
        assertThat(rsa.get("sens").asString()).isEqualTo("montant_modifie");
        assertThat(rsa.get("avant").asDouble()).isEqualTo(Math.round(avant * 100) / 100.0);
        assertThat(rsa.get("apres").asDouble()).isEqualTo(Math.round(apres * 100) / 100.0);
        assertThat(rsa.get("difference_annuelle").asDouble()).isEqualTo((Math.round(apres * 100) - Math.round(avant * 100)) * 12 / 100.0);
        assertThat(rsa.get("constat").asString()).isEqualTo("M1/rsa/2025-04");
    }

    @Test
    void a_deux_dates_d_effet_sur_une_population_certains_deviennent_eligibles_ou_ineligibles() throws IOException {
        StringBuilder fichier = new StringBuilder(GenerateurPopulation.enTete()).append('\n');
        GenerateurPopulation g = new GenerateurPopulation(Execution.MOTEUR, 11, new Mois(2025, 3));
        for (int i = 0; i < 5_000; i++) {
            fichier.append(g.ligne("C" + i)).append('\n');
        }
        Execution e = Execution.de(fichier.toString(), new OptionsDepistage(FormatEntree.CSV, new Mois(2025, 3), new Mois(2025, 4), ReglesAttribution.parDefaut()), 2);

        List<JsonNode> changements = e.changements().stream().map(JSON::readTree).toList();
        long devenusEligibles = changements.stream().filter(c -> c.get("sens").asString().equals("devient_eligible")).count();
        assertThat(devenusEligibles).isPositive();
        assertThat(changements).allSatisfy(c -> {
            double avant = c.get("avant").asDouble();
            double apres = c.get("apres").asDouble();
            assertThat(apres).isNotEqualTo(avant);
            assertThat(c.get("sens").asString()).isEqualTo(avant == 0 ? "devient_eligible" : apres == 0 ? "devient_ineligible" : "montant_modifie");
        });
        long synthese = Prestations.DEPISTEES.stream().mapToLong(v -> e.synthese().devenusEligibles(v)).sum();
        assertThat(synthese).isEqualTo(devenusEligibles);
    }

    @Test
    void un_fichier_csv_compresse_avec_bom_donne_les_fichiers_de_sortie_et_la_synthese(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dossier) throws IOException {
        java.nio.file.Path entree = dossier.resolve("population.csv.gz");
        try (var gz = new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(entree))) {
            gz.write(("\uFEFF" + LignePlate.fichier(LignePlate.personneSeule("B1"), LignePlate.personneSeule("B2").avec("depcom", "1234"))).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        java.nio.file.Path sortie = dossier.resolve("resultats");

        Synthese s = new DepistageEmbarque(Execution.MOTEUR, OptionsDepistage.simple(FormatEntree.deviner(entree.toString())), 2).executer(entree, sortie);

        assertThat(java.nio.file.Files.readAllLines(sortie.resolve("constats.jsonl"))).singleElement().asString().startsWith("{\"menage\":\"B1\"");
        assertThat(java.nio.file.Files.readAllLines(sortie.resolve("rejets.jsonl"))).singleElement().asString().contains("\"ligne\":3", "\"champ\":\"depcom\"");
        assertThat(Synthese.depuisJson(java.nio.file.Files.readString(sortie.resolve("synthese.json")))).isEqualTo(s);
        assertThat(java.nio.file.Files.readString(sortie.resolve("synthese.csv"))).contains("\nrsa;33;1;");
    }

    private static JsonNode constat(String ligne, String nature, String prestation) {
        for (JsonNode c : JSON.readTree(ligne).get(nature)) {
            if (c.get("prestation").asString().equals(prestation)) {
                return c;
            }
        }
        throw new AssertionError("pas de constat " + nature + " " + prestation + " dans " + ligne);
    }

    private static String[] rejet(Execution e, int i) {
        JsonNode r = JSON.readTree(e.rejets().get(i));
        return new String[] {r.get("ligne").asString(), r.get("menage").isNull() ? null : r.get("menage").asString(), r.get("champ").asString()};
    }
}
