package fr.passerelle.moteur.prestations.handicap;

import fr.passerelle.moteur.calcul.Explication;
import fr.passerelle.moteur.calcul.Trace;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.openfisca.LecteurSituation;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.prestations.minima.Foyers;
import fr.passerelle.moteur.situation.Situation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static fr.passerelle.moteur.prestations.minima.Foyers.foyer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * AAH, d'après le CSS : 1 033,32 € au 1er avril 2025, 1 016,05 € avant ; taux d'incapacité d'au moins 80 %,
 * ou 50 % avec une restriction substantielle et durable d'accès à l'emploi jusqu'à l'âge légal de la retraite
 * (L821-1, L821-2) ; à partir de 20 ans, 16 ans pour qui n'est plus à charge (R821-1) ;
 * plafond égal au montant, majoré de 50 % par enfant (D821-2) ;
 * ressources du seul bénéficiaire depuis le 1er octobre 2023 ; abattements de 80 % et 40 % sur les revenus
 * d'activité (R821-4).
 */
class AahTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static double aah(Foyers f, String mois) {
        return f.calculer(mois).get(Variable.AAH);
    }

    @Test
    void taux_plein_sans_ressources_et_revalorisation_d_avril() {
        Foyers f = foyer().adulte(40, 0, 0, 0.8, false);
        assertThat(aah(f, "2025-03")).isCloseTo(1016.05, within(0.001));
        assertThat(aah(f, "2025-04")).isCloseTo(1033.32, within(0.001));
    }

    @Test
    void entre_50_et_79_pourcent_il_faut_la_restriction_d_acces_a_l_emploi() {
        assertThat(aah(foyer().adulte(40, 0, 0, 0.6, false), "2025-07")).isZero();
        assertThat(aah(foyer().adulte(40, 0, 0, 0.6, true), "2025-07")).isCloseTo(1033.32, within(0.001));
        assertThat(aah(foyer().adulte(40, 0, 0, 0.49, true), "2025-07")).isZero();
        Explication e = foyer().adulte(40, 0, 0, 0.6, false).expliquer("2025-07");
        assertThat(e.refus(Variable.AAH).nom()).isEqualTo("taux_incapacite");
        assertThat(e.refus(Variable.AAH).raison()).contains("60 %").contains("restriction substantielle");
    }

    @Test
    void apres_l_age_legal_de_la_retraite_seul_le_taux_de_80_pourcent_maintient_l_aah() {
        assertThat(aah(foyer().adulte(65, 0, 0, 0.6, true), "2025-07")).isZero();
        assertThat(aah(foyer().adulte(70, 0, 0, 0.8, false), "2025-07")).isCloseTo(1033.32, within(0.001));
    }

    @Test
    void l_aah_commence_a_vingt_ans_pour_l_enfant_a_charge() {
        // Enfant de la famille, sans salaire : à charge au sens des allocations familiales jusqu'à 20 ans (L821-1).
        assertThat(aahEnfant("2006-01-15", "2025-07")).isZero();      // 19 ans
        assertThat(aahEnfant("2005-07-01", "2025-07")).isPositive();  // 20 ans pile au 1er juillet
    }

    @Test
    void des_seize_ans_pour_qui_n_est_plus_a_charge() {
        // R821-1 : l'âge de l'AAH est atteint à 16 ans par qui n'ouvre plus droit aux allocations familiales : un
        // adulte qui forme sa propre famille (seul ou en couple) n'est l'enfant à charge de personne.
        assertThat(aah(foyer().adulte(18, 0, 0, 0.8, false), "2025-07")).isCloseTo(1033.32, within(0.001));
        assertThat(aah(foyer().adulte(16, 0, 0, 0.8, false), "2025-07")).isCloseTo(1033.32, within(0.001));
        assertThat(aah(foyer().adulte(15, 0, 0, 0.8, false), "2025-07")).isZero();
        Explication e = foyer().adulte(15, 0, 0, 0.8, false).expliquer("2025-07");
        assertThat(e.refus(Variable.AAH).nom()).isEqualTo("age");
        assertThat(e.refus(Variable.AAH).raison()).contains("à partir de 16 ans");
    }

    /** L'AAH d'un enfant handicapé (80 %) né le {@code naissance}, sans revenu, dans la famille d'une mère sans revenu. */
    private static double aahEnfant(String naissance, String mois) {
        String json = """
                {'individus': {'m': {'date_naissance': {'ETERNITY': '1980-01-01'}},
                               'e': {'date_naissance': {'ETERNITY': '%s'}, 'taux_incapacite': {'2025': 0.8}, 'handicap': {'2025': true}}},
                 'familles': {'f': {'parents': ['m'], 'enfants': ['e']}},
                 'foyers_fiscaux': {'ff': {'declarants': ['m'], 'personnes_a_charge': ['e']}},
                 'menages': {'me': {'personne_de_reference': ['m'], 'enfants': ['e'], 'statut_occupation_logement': {'2025': 'loge_gratuitement'}}}}
                """.formatted(naissance).replace('\'', '"');
        Situation s = new Situation();
        new LecteurSituation().lire("t", Mois.de(mois), JSON.readTree(json), s);
        return Foyers.MOTEUR.calculateur().calculer(s, Trace.AUCUNE).get(Variable.AAH);
    }

    @Test
    void aah_differentielle_avec_une_pension_de_l_annee_n_moins_2() {
        // 500 € par mois en 2023 : 1 033,32 − 500 = 533,32
        assertThat(aah(foyer().adulte(50, 0, 500, 0.8, false), "2025-07")).isCloseTo(533.32, within(0.01));
        // pile au plafond : rien ; un euro en dessous : 1 €
        assertThat(aah(foyer().adulte(50, 0, 1033.32, 0.8, false), "2025-07")).isZero();
        assertThat(aah(foyer().adulte(50, 0, 1032.32, 0.8, false), "2025-07")).isCloseTo(1.00, within(0.01));
    }

    @Test
    void le_plafond_est_majore_de_moitie_par_enfant() {
        // 1 000 € de pension, un enfant : plafond 1 549,98, AAH = 549,98
        assertThat(aah(foyer().adulte(50, 0, 1000, 0.8, false).enfant(60).proprietaire(), "2025-07")).isCloseTo(549.98, within(0.01));
    }

    @Test
    void depuis_la_deconjugalisation_les_revenus_du_conjoint_ne_comptent_plus() {
        assertThat(aah(foyer().adulte(40, 0, 0, 0.8, false).adulte(40, 4000, 0).maries(), "2025-07")).isCloseTo(1033.32, within(0.001));
    }

    @Test
    void en_activite_les_salaires_des_trois_derniers_mois_sont_abattus() {
        // 1 000 € brut par mois : net × 12 ; 80 % d'abattement jusqu'à 30 % du SMIC brut annuel, 40 % au-delà
        double netAnnuel = 12 * Foyers.salaireNet(1000, "2025-06");
        double tranche = 0.3 * 12 * 11.88 * 151.67;
        double retenu = 0.2 * tranche + 0.6 * (netAnnuel - tranche);
        assertThat(aah(foyer().adulte(40, 1000, 0, 0.8, false), "2025-07")).isCloseTo(1033.32 - retenu / 12, within(0.02));
    }
}
