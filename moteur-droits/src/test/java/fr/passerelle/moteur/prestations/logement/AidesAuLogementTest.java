package fr.passerelle.moteur.prestations.logement;

import fr.passerelle.moteur.calcul.Calculateur;
import fr.passerelle.moteur.calcul.Explication;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.calcul.Resultats;
import fr.passerelle.moteur.calcul.Trace;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.openfisca.LecteurSituation;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Situation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Cas calculés à la main depuis l'arrêté du 27 septembre 2019 (plafonds de loyer, forfait de charges, P0, TF, TL,
 * R0) et ses révisions du 1er octobre 2024 et 2025 : A = L + C − Pp, dégressivité, minoration de 5 €,
 * réduction de loyer de solidarité (APL), CRDS de 0,5 % arrondie au centime.
 * Communes : Paris (75056, zone I), Marseille (13055, zone II), Aurillac (15014, zone III).
 */
class AidesAuLogementTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Moteur MOTEUR = Moteur.francais();
    private final Calculateur calculateur = MOTEUR.calculateur();
    private final Situation s = new Situation();

    /** Une personne seule sans revenus, née en 1980 (ou étudiante de 20 ans), avec des enfants. */
    private Resultats calculer(String mois, String statut, double loyer, String commune, int enfants, String activite, Trace trace) {
        StringBuilder individus = new StringBuilder("'p': {'date_naissance': {'ETERNITY': '"
                + ("etudiant".equals(activite) ? "2004-06-01" : "1980-06-01") + "'}, 'activite': {'" + mois.substring(0, 4) + "': '" + activite + "'}}");
        StringBuilder listeEnfants = new StringBuilder();
        for (int i = 0; i < enfants; i++) {
            individus.append(", 'e").append(i).append("': {'date_naissance': {'ETERNITY': '201").append(i).append("-03-01'}}");
            listeEnfants.append(i == 0 ? "" : ", ").append("'e").append(i).append("'");
        }
        String json = """
                {'individus': {%s},
                 'familles': {'f': {'parents': ['p'], 'enfants': [%s]}},
                 'foyers_fiscaux': {'ff': {'declarants': ['p'], 'personnes_a_charge': [%s]}},
                 'menages': {'m': {'personne_de_reference': ['p'], 'enfants': [%s], 'loyer': {'%s': %s},
                                   'statut_occupation_logement': {'%s': '%s'}, 'depcom': {'%s': '%s'}}}}
                """.formatted(individus, listeEnfants, listeEnfants, listeEnfants, mois, loyer, mois, statut, mois, commune)
                .replace('\'', '"');
        new LecteurSituation().lire("t", Mois.de(mois), JSON.readTree(json), s);
        return calculateur.calculer(s, trace);
    }

    private Resultats calculer(String mois, String statut, double loyer, String commune) {
        return calculer(mois, statut, loyer, commune, 0, "inactif", Trace.AUCUNE);
    }

    @Test
    void personne_seule_sans_ressources_un_menage_par_zone_loyer_au_dessus_du_plafond() {
        // Zone I : L = 329,71 (plafond), C = 59,97, Pp = P0 = 39,15 ; 350,53 − 5 = 345,53 ; après CRDS 343,80.
        assertThat(calculer("2025-01", "locataire_vide", 600, "75056").get(Variable.ALS)).isEqualTo(343.80);
        // Zone II : 287,35 + 59,97 − 39,15 − 5 = 303,17 → 301,65.
        assertThat(calculer("2025-01", "locataire_vide", 600, "13055").get(Variable.ALS)).isEqualTo(301.65);
        // Zone III : 269,32 + 59,97 − 39,15 − 5 = 285,14 → 283,71.
        Resultats zone3 = calculer("2025-01", "locataire_vide", 600, "15014");
        assertThat(zone3.get(Variable.ALS)).isEqualTo(283.71);
        assertThat(zone3.get(Variable.AIDE_LOGEMENT)).isEqualTo(283.71);
        assertThat(zone3.get(Variable.APL)).isZero();
        assertThat(zone3.get(Variable.ALF)).isZero();
    }

    @Test
    void loyer_pile_au_plafond_puis_un_euro_au_dessus() {
        // Zone II, personne seule : plafond 287,35. Loyer de 287 € : L = 287 → 346,97 − 39,15 − 5 = 302,82 → 301,31.
        assertThat(calculer("2025-01", "locataire_vide", 287, "13055").get(Variable.ALS)).isEqualTo(301.31);
        // Un euro de plus (288 €) : le loyer retenu est le plafond, 287,35 → 301,65 ; au-delà, l'aide ne bouge plus.
        assertThat(calculer("2025-01", "locataire_vide", 288, "13055").get(Variable.ALS)).isEqualTo(301.65);
        assertThat(calculer("2025-01", "locataire_vide", 289, "13055").get(Variable.ALS)).isEqualTo(301.65);
    }

    @Test
    void revalorisation_du_1er_octobre_2025() {
        // Septembre 2025 : barème d'octobre 2024 (343,80). Octobre 2025 : plafond 333,14, charges 60,59,
        // P0 39,56 : 393,73 − 39,56 − 5 = 349,17 → 347,42.
        assertThat(calculer("2025-09", "locataire_vide", 600, "75056").get(Variable.ALS)).isEqualTo(343.80);
        assertThat(calculer("2025-10", "locataire_vide", 600, "75056").get(Variable.ALS)).isEqualTo(347.42);
    }

    @Test
    void famille_avec_deux_enfants_allocation_de_logement_familiale() {
        // Zone I, 2 personnes à charge : plafond 449,43 + 65,21 = 514,64 ; C = 59,97 + 2 × 13,60 = 87,17 ;
        // P0 = 8,5 % × 601,81 = 51,15 ; 601,81 − 51,15 − 5 = 545,66 → 542,93.
        Resultats r = calculer("2025-01", "locataire_vide", 700, "75056", 2, "inactif", Trace.AUCUNE);
        assertThat(r.get(Variable.ALF)).isEqualTo(542.93);
        assertThat(r.get(Variable.ALS)).isZero();
    }

    @Test
    void etudiant_forfait_de_ressources_et_taux_de_participation() {
        // Étudiant de 20 ans : R = 8 600 (forfait 2025). Zone II, loyer 400 : L = 287,35, RL = 100 %,
        // TL = 0,45 % × 30 % + 0,68 % × 25 % = 0,305 %, Tp = 2,83 + 0,305 = 3,135 % ;
        // Pp = 39,15 + 3,135 % × (8 600 − 5 235) = 144,64 ; 347,32 − 144,64 − 5 = 197,68 → 196,69.
        Explication explication = new Explication();
        Resultats r = calculer("2025-01", "locataire_vide", 400, "13055", 0, "etudiant", explication);
        assertThat(r.get(Variable.ALS)).isCloseTo(196.69, within(0.005));
        assertThat(explication.de(Variable.AIDE_LOGEMENT)).extracting(Explication.Ligne::texte)
                .anySatisfy(t -> assertThat(t).contains("Tp = TF 2,83 % + TL 0,305 % = 3,135 %").endsWith("144,64 €"))
                .anySatisfy(t -> assertThat(t).startsWith("Forfait de ressources de l'étudiant").endsWith("8 600,00 €"));
    }

    @Test
    void meuble_loyer_reel_des_deux_tiers() {
        // Zone III, meublé de 360 € : loyer réel 240 € (sous le plafond) ; 240 + 59,97 − 39,15 − 5 = 255,82 → 254,54.
        assertThat(calculer("2025-01", "locataire_meuble", 360, "15014").get(Variable.ALS)).isEqualTo(254.54);
    }

    @Test
    void apl_en_hlm_diminuee_de_98_pour_cent_de_la_reduction_de_loyer_de_solidarite() {
        // Zone III, personne seule sans ressources, juillet 2025 : 285,14 avant RLS ; RLS 32,61 (depuis le
        // 1er juin 2025), dont 98 % (31,96) déduits : 253,18 → 251,92 après CRDS.
        Resultats r = calculer("2025-07", "locataire_hlm", 536, "15014");
        assertThat(r.get(Variable.APL)).isEqualTo(251.92);
        assertThat(r.get(Variable.ALS)).isZero();
        // En mai 2025, la RLS valait encore 45,36 € : 285,14 − 98 % × 45,36 = 240,687 → 240,687 × 0,995 = 239,48.
        assertThat(calculer("2025-05", "locataire_hlm", 536, "15014").get(Variable.APL)).isEqualTo(239.48);
    }

    @Test
    void degressivite_puis_suppression_quand_le_loyer_est_tres_au_dessus_du_plafond() {
        // Zone II, personne seule : dégressivité au-delà de 2,5 × 287,35 = 718,38, suppression au-delà de
        // 3,1 × 287,35 = 890,79. Loyer 718 : aide pleine (301,65).
        assertThat(calculer("2025-01", "locataire_vide", 718, "13055").get(Variable.ALS)).isEqualTo(301.65);
        // Loyer 804 : coefficient 1 − (804 − 718,38) / (890,79 − 718,38) = 0,5034 ; 308,17 × 0,5034 = 155,13 ;
        // − 5 = 150,13 → 149,38.
        assertThat(calculer("2025-01", "locataire_vide", 804, "13055").get(Variable.ALS)).isEqualTo(149.38);
        // Loyer 891, un euro au-dessus du loyer de suppression : plus d'aide, et l'explication dit pourquoi.
        Explication explication = new Explication();
        assertThat(calculer("2025-01", "locataire_vide", 891, "13055", 0, "inactif", explication).get(Variable.AIDE_LOGEMENT)).isZero();
        assertThat(explication.refus(Variable.AIDE_LOGEMENT).raison()).contains("891,00").contains("890,79").contains("supprimée");
    }

    @Test
    void un_proprietaire_n_a_pas_d_aide_et_l_explication_dit_pourquoi() {
        Explication explication = new Explication();
        Resultats r = calculer("2025-01", "proprietaire", 0, "75056", 0, "inactif", explication);
        assertThat(r.get(Variable.AIDE_LOGEMENT)).isZero();
        Explication.Condition refus = explication.refus(Variable.AIDE_LOGEMENT);
        assertThat(refus.nom()).isEqualTo("locataire");
        assertThat(refus.raison()).contains("réservées aux locataires").contains("propriétaire");
    }

    @Test
    void l_explication_donne_les_etapes_chiffrees() {
        Explication explication = new Explication();
        calculer("2025-01", "locataire_vide", 600, "75056", 0, "inactif", explication);
        assertThat(explication.de(Variable.AIDE_LOGEMENT)).extracting(Explication.Ligne::texte)
                .anySatisfy(t -> assertThat(t).startsWith("Loyer retenu L").endsWith("329,71 €"))
                .anySatisfy(t -> assertThat(t).startsWith("Forfait de charges C").endsWith("59,97 €"))
                .anySatisfy(t -> assertThat(t).startsWith("Participation personnelle Pp").endsWith("39,15 €"));
        assertThat(explication.de(Variable.ALS)).extracting(Explication.Ligne::texte)
                .anySatisfy(t -> assertThat(t).endsWith("343,80 €"));
    }

    @Test
    void deux_familles_dans_un_menage_une_seule_aide_pour_le_logement() {
        // Deux personnes seules sans revenus partagent un logement de Paris (600 €) : l'aide, attachée au
        // logement, n'est calculée que pour la première famille (343,80 €, comme pour une personne seule).
        String json = """
                {'individus': {'p': {'date_naissance': {'ETERNITY': '1980-06-01'}}, 'q': {'date_naissance': {'ETERNITY': '1985-06-01'}}},
                 'familles': {'f1': {'parents': ['p']}, 'f2': {'parents': ['q']}},
                 'foyers_fiscaux': {'ff1': {'declarants': ['p']}, 'ff2': {'declarants': ['q']}},
                 'menages': {'m': {'personne_de_reference': ['p'], 'autres': ['q'], 'loyer': {'2025-01': 600},
                                   'statut_occupation_logement': {'2025': 'locataire_vide'}, 'depcom': {'2025': '75056'}}}}
                """.replace('\'', '"');
        new LecteurSituation().lire("t", new Mois(2025, 1), JSON.readTree(json), s);
        Explication explication = new Explication();
        Resultats r = calculateur.calculer(s, explication);
        assertThat(r.get(Variable.ALS)).isEqualTo(343.80);
        assertThat(r.get(Variable.AIDE_LOGEMENT)).isEqualTo(343.80);
    }
    @Test
    void bareme_2024_personne_seule_sans_ressources() {
        // Janvier 2024, zone I : plafond 319,30 (1er octobre 2023), C = 58,08, P0 = 37,91 (8,5 % × 377,38 = 32,08
        // reste en deçà du forfait) ; 319,30 + 58,08 − 37,91 − 5 = 334,47 → 332,80 après CRDS.
        assertThat(calculer("2024-01", "locataire_vide", 600, "75056").get(Variable.ALS)).isEqualTo(332.80);
        // Septembre 2024, dernier mois de ce barème : même montant ; octobre 2024 : 343,80 (barème suivant).
        assertThat(calculer("2024-09", "locataire_vide", 600, "75056").get(Variable.ALS)).isEqualTo(332.80);
        assertThat(calculer("2024-10", "locataire_vide", 600, "75056").get(Variable.ALS)).isEqualTo(343.80);
    }

    @Test
    void bareme_2024_loyer_pile_au_plafond_puis_un_euro_au_dessus() {
        // Zone II, personne seule, plafond 278,28 : loyer 278 → 278 + 58,08 − 37,91 − 5 = 293,17 → 291,70 ;
        // loyer 279 : loyer retenu 278,28 → 293,45 → 291,98 ; au-delà, plus rien ne change.
        assertThat(calculer("2024-03", "locataire_vide", 278, "13055").get(Variable.ALS)).isEqualTo(291.70);
        assertThat(calculer("2024-03", "locataire_vide", 279, "13055").get(Variable.ALS)).isEqualTo(291.98);
        assertThat(calculer("2024-03", "locataire_vide", 280, "13055").get(Variable.ALS)).isEqualTo(291.98);
    }

    @Test
    void bareme_2024_famille_avec_deux_enfants_charges_par_personne_a_charge() {
        // Zone I, 2 personnes à charge : plafond 435,24 + 63,15 = 498,39 ; C = 58,08 + 2 × 13,17 = 84,42 ;
        // dépense 582,81, P0 = 8,5 % × 582,81 = 49,54 (au-dessus du forfait de 37,91) ;
        // 582,81 − 49,54 − 5 = 528,27 → 525,63.
        Resultats r = calculer("2024-06", "locataire_vide", 700, "75056", 2, "inactif", Trace.AUCUNE);
        assertThat(r.get(Variable.ALF)).isEqualTo(525.63);
    }

    @Test
    void bareme_2024_etudiant_forfait_de_ressources_et_r0() {
        // Étudiant de 19 ans, janvier 2024 : R = 8 500 (forfait 2024), R0 = 5 186. Zone II, loyer 400 :
        // L = 278,28, RL = 100 %, Tp = 3,135 % ; Pp = 37,91 + 3,135 % × (8 500 − 5 186) = 141,80 ;
        // 278,28 + 58,08 − 141,80 − 5 = 189,56 → 188,61.
        Explication explication = new Explication();
        Resultats r = calculer("2024-01", "locataire_vide", 400, "13055", 0, "etudiant", explication);
        assertThat(r.get(Variable.ALS)).isCloseTo(188.61, within(0.005));
        assertThat(explication.de(Variable.AIDE_LOGEMENT)).extracting(Explication.Ligne::texte)
                .anySatisfy(t -> assertThat(t).startsWith("Forfait de ressources de l'étudiant").endsWith("8 500,00 €"))
                .anySatisfy(t -> assertThat(t).startsWith("Abattement forfaitaire R0").endsWith("5 186,00 €"));
    }

    @Test
    void avant_2024_la_periode_est_refusee_et_un_bareme_sans_valeur_nomme_son_parametre() {
        assertThatThrownBy(() -> calculer("2023-09", "locataire_vide", 600, "75056"))
                .hasMessageContaining("period").hasMessageContaining("à partir de 2024-01");
        // Dans le champ, un mois de la période de référence lu avant le premier barème saisi nomme le paramètre.
        assertThatThrownBy(() -> MOTEUR.legislation().parametre("aides_logement.forfait_charges.base")
                .a(new Mois(2023, 9)))
                .hasMessageContaining("aides_logement.forfait_charges.base").hasMessageContaining("2023-09");
    }
}
