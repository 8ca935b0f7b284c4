package fr.passerelle.moteur.conformite;

import fr.passerelle.moteur.calcul.Calculateur;
import fr.passerelle.moteur.calcul.Explication;
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
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sur les 6 000 ménages des cas de référence : chaque droit nul dit la condition qui l'a fermé (une ligne « ✗ » qu'un
 * aidant peut lire), et demander les explications ne change aucun montant.
 */
class ExplicationsDesRefusTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Moteur MOTEUR = Moteur.francais();
    /** APL, ALS et ALF sont les trois formes de l'aide au logement : leur refus s'explique sous aide_logement. */
    private static final List<Variable> FORMES_DE_L_AIDE_AU_LOGEMENT = List.of(Variable.APL, Variable.ALS, Variable.ALF);

    @ParameterizedTest
    @ValueSource(strings = {"2025-01_s1", "2025-07_s2", "2026-05_s3"})
    void tout_droit_nul_nomme_sa_condition_et_les_explications_ne_changent_rien(String fichier) throws IOException {
        Calculateur muet = MOTEUR.calculateur();
        Calculateur bavard = MOTEUR.calculateur();
        LecteurSituation lecteur = new LecteurSituation();
        Situation situation = new Situation();
        List<String> sansRaison = new ArrayList<>();
        List<String> differents = new ArrayList<>();
        int refus = 0;
        try (BufferedReader lignes = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                getClass().getResourceAsStream("/cas-openfisca/" + fichier + ".jsonl.gz")), StandardCharsets.UTF_8))) {
            String ligne;
            while ((ligne = lignes.readLine()) != null) {
                JsonNode cas = JSON.readTree(ligne);
                String id = cas.get("id").asString();
                lecteur.lire(id, Mois.de(cas.get("period").asString()), cas.get("situation"), situation);
                double[] sansTrace = valeurs(muet.calculer(situation, Trace.AUCUNE));
                Explication explication = new Explication();
                Resultats r = bavard.calculer(situation, explication);
                double[] avecTrace = valeurs(r);
                for (Variable v : Variable.toutes()) {
                    if (sansTrace[v.ordinal()] != avecTrace[v.ordinal()]) {
                        differents.add(id + " " + v.nom());
                    }
                    boolean nul = v.booleenne() ? !r.oui(v) : r.get(v) == 0;
                    if (nul && !FORMES_DE_L_AIDE_AU_LOGEMENT.contains(v)) {
                        refus++;
                        if (explication.refus(v) == null && sansRaison.size() < 20) {
                            sansRaison.add(id + " " + v.nom() + " : " + explication.de(v));
                        }
                    }
                }
            }
        }
        assertThat(refus).as("droits nuls examinés").isGreaterThan(10_000);
        assertThat(sansRaison).as("droits nuls sans condition refusée").isEmpty();
        assertThat(differents).as("montants changés par les explications").isEmpty();
    }

    private static double[] valeurs(Resultats r) {
        double[] v = new double[Variable.toutes().length];
        for (Variable variable : Variable.toutes()) {
            v[variable.ordinal()] = variable.booleenne() ? (r.oui(variable) ? 1 : 0) : r.get(variable);
        }
        return v;
    }
}
