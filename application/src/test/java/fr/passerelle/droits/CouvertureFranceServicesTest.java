package fr.passerelle.droits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import fr.passerelle.droits.internal.domaine.AideDeProximite;
import fr.passerelle.droits.internal.domaine.Commune;
import fr.passerelle.droits.internal.domaine.RepertoireCommunes;
import fr.passerelle.droits.internal.domaine.SiteFranceServices;

/** Le site le plus proche calculé avec élagage (pour toute la France) donne le même temps que le tri complet. */
class CouvertureFranceServicesTest {

    @Test
    void le_plus_proche_elague_egale_le_tri_complet() {
        Random hasard = new Random(7);
        List<SiteFranceServices> sites = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            sites.add(new SiteFranceServices(i, "Site " + i, "rue", "00000", "Ville", 42 + hasard.nextDouble() * 9,
                    -4.5 + hasard.nextDouble() * 12, null, null, Map.of(), "Fixe"));
        }
        AideDeProximite aide = new AideDeProximite(sites);
        List<Commune> communes = RepertoireCommunes.depuisRessource().toutes();
        for (int i = 0; i < communes.size(); i += 97) {
            Commune c = communes.get(i);
            assertThat(aide.minutesDuPlusProche(c.latitude(), c.longitude()))
                    .as(c.libelle()).isEqualTo(aide.plusProches(c, LocalDate.of(2026, 11, 23), 1).get(0).minutes());
        }
        assertThat(new CouvertureFranceServices.CommuneDesservie("48095", "Mende", "48", 31).eloignee()).isTrue();
        assertThat(new CouvertureFranceServices.CommuneDesservie("48095", "Mende", "48", 30).eloignee()).isFalse();
    }
}
