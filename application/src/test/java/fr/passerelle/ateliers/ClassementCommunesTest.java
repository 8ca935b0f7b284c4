package fr.passerelle.ateliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import fr.passerelle.ateliers.internal.domaine.ClassementCommunes;
import fr.passerelle.ateliers.internal.domaine.CommuneClassee;
import fr.passerelle.ateliers.internal.domaine.CommuneDuTerritoire;
import fr.passerelle.ateliers.internal.domaine.GrilleSites;
import fr.passerelle.ateliers.internal.domaine.ImportQpv;
import fr.passerelle.ateliers.internal.domaine.PointFranceServices;
import fr.passerelle.ateliers.internal.domaine.Trajet;
import fr.passerelle.ateliers.internal.persistance.TerritoireJdbc;

/** Classement des communes où aller : données réelles (communes importées, sites de V10) et cas construits. */
class ClassementCommunesTest {

    static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 26);

    @Test
    void la_grille_trouve_le_meme_site_que_le_parcours_complet_sur_les_vraies_donnees() {
        List<PointFranceServices> sites = SitesDeV10.lire();
        List<CommuneDuTerritoire> communes = TerritoireJdbc.lireCommunes();
        assertThat(sites).hasSize(2845);
        assertThat(communes).hasSizeGreaterThan(34_000);
        GrilleSites grille = new GrilleSites(sites);
        Random hasard = new Random(7);
        for (int i = 0; i < 3000; i++) {
            CommuneDuTerritoire c = communes.get(hasard.nextInt(communes.size()));
            double attendu = sites.stream().mapToDouble(s -> Trajet.distanceKm(c.latitude(), c.longitude(), s.latitude(), s.longitude()))
                    .min().orElseThrow();
            assertThat(grille.plusProche(c.latitude(), c.longitude()).distanceKm()).as(c.nom()).isCloseTo(attendu, within(1e-9));
        }
    }

    @Test
    void toutes_les_communes_sont_classees_zones_blanches_d_abord() {
        ClassementCommunes classement = new ClassementCommunes(TerritoireJdbc.lireCommunes(), new GrilleSites(SitesDeV10.lire()));
        List<CommuneClassee> resultat = classement.classer(AUJOURDHUI, Map.of(), Map.of());
        assertThat(resultat).hasSize(classement.nombreDeCommunes());
        long zonesBlanches = resultat.stream().filter(CommuneClassee::zoneBlanche).count();
        assertThat(zonesBlanches).isPositive();
        assertThat(resultat.subList(0, (int) zonesBlanches)).allMatch(CommuneClassee::zoneBlanche);
        assertThat(resultat.subList((int) zonesBlanches, resultat.size())).noneMatch(CommuneClassee::zoneBlanche);
        assertThat(resultat.get(0).rang()).isEqualTo(1);
        assertThat(resultat.get(resultat.size() - 1).rang()).isEqualTo(resultat.size());
        // Bordeaux a un France services à moins de 30 minutes et n'est pas rurale.
        CommuneClassee bordeaux = resultat.stream().filter(c -> c.commune().code().equals("33063")).findFirst().orElseThrow();
        assertThat(bordeaux.zoneBlanche()).isFalse();
        assertThat(bordeaux.rurale()).isFalse();
    }

    static CommuneDuTerritoire commune(String code, double lat, double lon, int population, double superficie) {
        return new CommuneDuTerritoire(code, "Commune " + code, code.substring(0, 2), lat, lon, superficie, population);
    }

    @Test
    void rurale_qpv_et_ateliers_passes_changent_le_rang() {
        GrilleSites grille = new GrilleSites(List.of(new PointFranceServices(1, "Site", 45.0, 0.0)));
        // 0,5° de latitude ≈ 55 km ≈ 86 min : zone blanche. 0,05° ≈ 5,6 km : proche.
        CommuneDuTerritoire loin = commune("33001", 45.5, 0.0, 300, 30);
        CommuneDuTerritoire loinVisitee = commune("33002", 45.5, 0.001, 300, 30);
        CommuneDuTerritoire procheRurale = commune("33003", 45.05, 0.0, 500, 20);
        CommuneDuTerritoire procheUrbaine = commune("33004", 45.05, 0.001, 500, 2);
        CommuneDuTerritoire procheUrbaineQpv = commune("33005", 45.05, 0.002, 500, 2);
        ClassementCommunes classement = new ClassementCommunes(
                List.of(procheUrbaine, procheRurale, loinVisitee, loin, procheUrbaineQpv), grille);
        List<CommuneClassee> r = classement.classer(AUJOURDHUI, Map.of("33002", AUJOURDHUI.minusMonths(3)), Map.of("33005", 2));
        assertThat(r).extracting(c -> c.commune().code()).containsExactly("33001", "33005", "33003", "33002", "33004");
        assertThat(r.get(0).zoneBlanche()).isTrue();
        assertThat(r.get(0).minutes()).isGreaterThan(30);
        assertThat(r.get(2).rurale()).isTrue();
        assertThat(r.get(3).visiteeRecemment()).isTrue();
        assertThat(r.get(3).raisons()).contains("dernier atelier (passé ou prévu) le 26/08/2026");
        assertThat(r.get(1).raisons()).contains("2 quartiers prioritaires");
    }

    @Test
    void import_qpv_nomme_la_ligne_et_le_champ_et_n_importe_rien_en_cas_d_erreur() {
        String csv = """
                code_qp;lib_qp;insee_com
                QN03301M;Les Aubiers;33063
                QN03302M;;33063
                QN03303M;Le Lac;99999
                QN03301M;Doublon;33063
                QN03304M;Trop;de;champs
                """;
        ImportQpv.Resultat r = ImportQpv.lire(csv, code -> code.equals("33063"));
        assertThat(r.valide()).isFalse();
        assertThat(r.quartiers()).isEmpty();
        assertThat(r.erreurs()).containsExactly(
                "Ligne 3, champ lib_qp : le nom du quartier est vide ou dépasse 200 caractères.",
                "Ligne 4, champ insee_com : la commune « 99999 » est inconnue (absente de la liste des communes).",
                "Ligne 5, champ code_qp : le quartier « QN03301M » figure déjà plus haut.",
                "Ligne 6 : 3 champs attendus (code_qp, lib_qp, insee_com), 4 trouvés.");
        ImportQpv.Resultat bon = ImportQpv.lire("code_qp,lib_qp,insee_com\nQN03301M,\"Les Aubiers\",33063\n", code -> true);
        assertThat(bon.valide()).isTrue();
        assertThat(bon.quartiers()).containsExactly(new ImportQpv.QuartierPrioritaire("QN03301M", "Les Aubiers", "33063"));
        assertThat(ImportQpv.lire("code;nom\n", c -> true).erreurs()).singleElement().asString().startsWith("Ligne 1 : l'en-tête");
    }
}
