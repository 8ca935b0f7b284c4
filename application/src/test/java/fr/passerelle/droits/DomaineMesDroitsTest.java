package fr.passerelle.droits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.passerelle.droits.internal.domaine.Commune;
import fr.passerelle.droits.internal.domaine.DroitEstime;
import fr.passerelle.droits.internal.domaine.EstimateurDroits;
import fr.passerelle.droits.internal.domaine.Etape;
import fr.passerelle.droits.internal.domaine.Foyer;
import fr.passerelle.droits.internal.domaine.Handicap;
import fr.passerelle.droits.internal.domaine.Logement;
import fr.passerelle.droits.internal.domaine.Questionnaire;
import fr.passerelle.droits.internal.domaine.RepertoireCommunes;
import fr.passerelle.droits.internal.domaine.RevenusMensuels;
import fr.passerelle.droits.internal.domaine.SituationDuFoyer;
import fr.passerelle.droits.internal.domaine.Verdict;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.openfisca.LecteurSituation;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Situation;
import tools.jackson.databind.json.JsonMapper;

/** Le domaine de « Mes droits » sans Spring : communes, questionnaire, traduction vers le moteur, verdicts. */
class DomaineMesDroitsTest {

    static final RepertoireCommunes COMMUNES = RepertoireCommunes.depuisRessource();
    static final Moteur MOTEUR = Moteur.francais();
    static final Mois MOIS = Mois.de(LocalDate.of(2025, 6, 15));

    @Test
    void communes_par_code_postal_et_par_nom() {
        assertThat(COMMUNES.nombre()).isGreaterThan(35_000);
        assertThat(COMMUNES.rechercher("33130")).extracting(Commune::nom).containsExactly("Bègles");
        assertThat(COMMUNES.rechercher("begles")).extracting(Commune::codeInsee).containsExactly("33039");
        assertThat(COMMUNES.rechercher("Lille")).hasSizeGreaterThan(1).allMatch(c -> c.codeInsee().equals("59350"));
        assertThat(COMMUNES.rechercher("st denis")).hasSizeGreaterThan(3);
        assertThat(COMMUNES.rechercher("99999")).isEmpty();
        assertThat(COMMUNES.rechercher("")).isEmpty();
    }

    Foyer foyer(int age, Integer conjoint, List<Integer> enfants, double salaire, Logement logement, double loyer) {
        return new Foyer(age, conjoint, enfants, new RevenusMensuels(salaire, 0, 0, 0), RevenusMensuels.AUCUN,
                Handicap.AUCUN, Handicap.AUCUN, logement, loyer, COMMUNES.rechercher("33130").get(0));
    }

    @Test
    void le_foyer_donne_au_moteur_la_meme_situation_que_le_json_openfisca_equivalent() {
        Foyer f = foyer(34, null, List.of(6, 3), 1200, Logement.LOCATAIRE, 600);
        Situation depuisFoyer = new SituationDuFoyer().remplir(f, MOIS, new Situation());
        double brut = 1200 / SituationDuFoyer.PART_NETTE_DU_SALAIRE_BRUT;
        String json = """
                {"individus": {"demandeur": {"age": {"ETERNITY": 34}, "salaire_de_base": {"2023": %1$s, "2024": %1$s, "2025": %1$s},
                                             "activite": {"ETERNITY": "actif"}},
                               "enfant1": {"age": {"ETERNITY": 6}, "scolarite": {"ETERNITY": "primaire"}},
                               "enfant2": {"age": {"ETERNITY": 3}, "scolarite": {"ETERNITY": "maternelle"}}},
                 "familles": {"f": {"parents": ["demandeur"], "enfants": ["enfant1", "enfant2"]}},
                 "foyers_fiscaux": {"ff": {"declarants": ["demandeur"], "personnes_a_charge": ["enfant1", "enfant2"]}},
                 "menages": {"m": {"personne_de_reference": ["demandeur"], "enfants": ["enfant1", "enfant2"],
                                   "loyer": {"2023": 7200, "2024": 7200, "2025": 7200},
                                   "statut_occupation_logement": {"ETERNITY": "locataire_vide"}, "depcom": {"ETERNITY": "33039"}}}}
                """.formatted(Double.toString(brut * 12));
        Situation depuisJson = new Situation();
        new LecteurSituation().lire("t", MOIS, JsonMapper.builder().build().readTree(json), depuisJson);
        double[] a = MOTEUR.calculer(depuisFoyer).copie();
        double[] b = MOTEUR.calculer(depuisJson).copie();
        for (Variable v : Variable.toutes()) {
            assertThat(a[v.ordinal()]).as(v.nom()).isCloseTo(b[v.ordinal()], org.assertj.core.data.Offset.offset(0.01));
        }
        assertThat(depuisFoyer.menage(0).zoneLogement).isEqualTo(depuisJson.menage(0).zoneLogement).isPositive();
    }

    @Test
    void chaque_droit_a_un_verdict_coherent_avec_le_moteur_et_deux_a_quatre_phrases() {
        EstimateurDroits estimateur = new EstimateurDroits(MOTEUR, new SituationDuFoyer());
        for (Foyer f : List.of(foyer(30, null, List.of(), 0, Logement.LOCATAIRE, 450),
                foyer(40, 38, List.of(3, 7, 12), 1800, Logement.LOCATAIRE_HLM, 700),
                foyer(68, null, List.of(), 0, Logement.PROPRIETAIRE, 0))) {
            List<DroitEstime> droits = estimateur.estimer(f, MOIS);
            double[] montants = estimateur.montants(f, MOIS);
            assertThat(droits).extracting(DroitEstime::code).containsExactlyElementsOf(EstimateurDroits.CODES);
            for (DroitEstime d : droits) {
                assertThat(d.pourquoi()).as(d.code()).hasSizeBetween(1, 4).allMatch(p -> p.endsWith("."))
                        .noneMatch(p -> p.contains("ne sait pas encore") || p.contains("le calcul ne donne pas de montant"));
                if (!d.code().equals("css")) {
                    double m = Math.round(montants[Variable.parNom(d.code()).ordinal()] * 100) / 100.0;
                    assertThat(d.montant()).as(d.code()).isEqualTo(m > 0 ? m : 0);
                    assertThat(d.verdict() == Verdict.DROIT).as(d.code()).isEqualTo(m > 0 && d.verdict() != Verdict.A_VERIFIER);
                }
            }
        }
    }

    @Test
    void aide_de_proximite_distance_temps_horaires_du_jour_et_plus_de_30_minutes() {
        var lundi = Map.of(java.time.DayOfWeek.MONDAY, "09:00 - 12:00");
        var begles = new fr.passerelle.droits.internal.domaine.SiteFranceServices(1, "France services de Bègles", "1 rue", "33130",
                "Bègles", 44.8030, -0.5485, "05 00 00 00 00", null, lundi, "Fixe");
        var loin = new fr.passerelle.droits.internal.domaine.SiteFranceServices(2, "France services lointaine", "2 rue", "33000",
                "Ailleurs", 45.5, -0.5485, null, null, Map.of(), "Fixe");
        var aide = new fr.passerelle.droits.internal.domaine.AideDeProximite(List.of(loin, begles));
        Commune commune = COMMUNES.rechercher("33130").get(0);
        LocalDate unLundi = LocalDate.of(2026, 11, 23);
        var proches = aide.plusProches(commune, unLundi, 2);
        assertThat(proches.get(0).site().nom()).isEqualTo("France services de Bègles");
        assertThat(proches.get(0).distanceKm()).isLessThan(1);
        assertThat(proches.get(0).horairesDuJour()).isEqualTo("09:00 - 12:00");
        assertThat(proches.get(0).loin()).isFalse();
        // ≈ 77 km à vol d'oiseau : ≈ 120 minutes estimées, signalé « plus de 30 minutes »
        assertThat(proches.get(1).distanceKm()).isBetween(70.0, 85.0);
        assertThat(proches.get(1).minutes()).isGreaterThan(30);
        assertThat(proches.get(1).loin()).isTrue();
        assertThat(proches.get(1).horairesDuJour()).isNull();
        assertThat(aide.plusProches(commune, unLundi.plusDays(1), 1).get(0).horairesDuJour()).isNull();
    }

    @Test
    void questionnaire_pages_utiles_et_mauvaises_entrees() {
        Questionnaire q = new Questionnaire();
        q.set("age", "150");
        q.set("couple", "non");
        q.set("enfants", "-1");
        Map<String, String> erreurs = q.verifier(Etape.FOYER, COMMUNES);
        assertThat(erreurs.get("age")).startsWith("Votre âge :");
        assertThat(erreurs.get("enfants")).startsWith("Enfants à charge :");
        assertThat(Etape.parcours(q)).doesNotContain(Etape.FAMILLE, Etape.LOYER);
        q.set("couple", "oui");
        q.set("logement", "LOCATAIRE");
        assertThat(Etape.parcours(q)).contains(Etape.FAMILLE, Etape.LOYER);
        q.set("loyer", "-3");
        assertThat(q.verifier(Etape.LOYER, COMMUNES).get("loyer")).contains("négatif");
        q.set("loyer", "1 200,50");
        assertThat(q.verifier(Etape.LOYER, COMMUNES)).isEmpty();
        q.set("commune", "Lille");
        q.resoudreCommune(COMMUNES);
        assertThat(q.verifier(Etape.LOGEMENT, COMMUNES)).containsKey("communeChoisie");
        q.set("communeChoisie", "59350-59000");
        q.resoudreCommune(COMMUNES);
        assertThat(q.verifier(Etape.LOGEMENT, COMMUNES)).isEmpty();
        // Outre-mer, d'autres règles : pas d'estimation fausse, la raison sur le champ de la commune.
        q.set("commune", "97400");
        q.set("communeChoisie", "");
        q.resoudreCommune(COMMUNES);
        assertThat(q.verifier(Etape.LOGEMENT, COMMUNES).get("commune")).contains("Saint-Denis", "outre-mer", "France services");
    }
}
