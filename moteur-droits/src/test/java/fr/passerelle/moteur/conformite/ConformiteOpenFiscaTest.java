package fr.passerelle.moteur.conformite;

import fr.passerelle.moteur.calcul.Calculateur;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.calcul.Resultats;
import fr.passerelle.moteur.calcul.Trace;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.openfisca.LecteurSituation;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Situation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Le moteur face aux cas de référence d'OpenFisca-France, compté comme {@code compare_droits.py} : une paire
 * (ménage, variable) compte quand l'un des deux côtés est non nul, elle est en accord à 1 € près.
 * Le seuil de chaque variable est un cliquet (voir le README des cas).
 */
class ConformiteOpenFiscaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] VARIABLES = {"rsa", "ppa", "af", "aide_logement", "aah", "asf", "cf", "ars", "paje_base",
            "cmu_c", "css_participation_forfaitaire", "cheque_energie", "aspa", "bourse_college", "bourse_lycee"};
    private static final Moteur MOTEUR = Moteur.francais();

    @ParameterizedTest
    @ValueSource(strings = {"2025-01_s1", "2025-07_s2", "2026-05_s3"})
    void le_moteur_rejoint_openfisca_sur_les_cas_de_reference(String fichier) throws IOException {
        Properties seuils = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/cas-openfisca/conformite-seuils.properties")) {
            seuils.load(in);
        }
        Map<String, int[]> comptes = new LinkedHashMap<>();
        for (String v : VARIABLES) {
            comptes.put(v, new int[2]);
        }
        List<String> exemples = new ArrayList<>();
        Calculateur calculateur = MOTEUR.calculateur();
        LecteurSituation lecteur = new LecteurSituation();
        Situation situation = new Situation();
        int menages = 0;
        try (BufferedReader lignes = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(getClass().getResourceAsStream("/cas-openfisca/" + fichier + ".jsonl.gz")), StandardCharsets.UTF_8))) {
            String ligne;
            while ((ligne = lignes.readLine()) != null) {
                JsonNode cas = JSON.readTree(ligne);
                String id = cas.get("id").asString();
                lecteur.lire(id, Mois.de(cas.get("period").asString()), cas.get("situation"), situation);
                Resultats r = calculateur.calculer(situation, Trace.AUCUNE);
                menages++;
                JsonNode attendus = cas.get("outputs");
                for (String v : VARIABLES) {
                    Variable variable = Variable.parNom(v);
                    JsonNode attendu = attendus.get(v);
                    boolean accord;
                    boolean compte;
                    if (variable.booleenne()) {
                        boolean a = attendu.asBoolean();
                        boolean c = r.oui(variable);
                        compte = a || c;
                        accord = a == c;
                    } else {
                        double a = attendu.asDouble();
                        double c = Math.round(r.get(variable) * 100) / 100.0;
                        compte = a != 0 || c != 0;
                        accord = Math.abs(a - c) <= 1.0;
                    }
                    if (compte) {
                        comptes.get(v)[1]++;
                        if (accord) {
                            comptes.get(v)[0]++;
                        } else if (exemples.size() < 30) {
                            exemples.add(v + " " + id + " : attendu " + attendu + ", calculé " + r.get(variable));
                        }
                    }
                }
            }
        }
        assertThat(menages).isEqualTo(2000);
        int accordTotal = 0;
        int total = 0;
        StringBuilder rapport = new StringBuilder(fichier).append('\n');
        for (var e : comptes.entrySet()) {
            int[] c = e.getValue();
            accordTotal += c[0];
            total += c[1];
            rapport.append(String.format("%-32s %5d / %5d  %6.2f %%%n", e.getKey(), c[0], c[1], 100.0 * part(c[0], c[1])));
        }
        rapport.append(String.format("%-32s %5d / %5d  %6.2f %%%n", "total", accordTotal, total, 100.0 * part(accordTotal, total)));
        System.out.println(rapport);
        for (var e : comptes.entrySet()) {
            double seuil = Double.parseDouble(seuils.getProperty(e.getKey()));
            assertThat(part(e.getValue()[0], e.getValue()[1]))
                    .as("part d'accord de %s sur %s (seuil %s)%n%s%nexemples : %s", e.getKey(), fichier, seuil, rapport, exemples)
                    .isGreaterThanOrEqualTo(seuil);
        }
        assertThat(part(accordTotal, total)).as("total sur %s%n%s", fichier, rapport)
                .isGreaterThanOrEqualTo(Double.parseDouble(seuils.getProperty("total")));
    }

    private static double part(int accord, int total) {
        return total == 0 ? 1.0 : (double) accord / total;
    }
}
