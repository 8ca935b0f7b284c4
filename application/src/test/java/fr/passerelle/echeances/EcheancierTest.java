package fr.passerelle.echeances;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.passerelle.echeances.internal.domaine.Echeance;
import fr.passerelle.echeances.internal.domaine.Echeancier;
import fr.passerelle.echeances.internal.domaine.Icalendar;
import fr.passerelle.echeances.internal.domaine.Piece;
import fr.passerelle.echeances.internal.domaine.RendezVous;
import fr.passerelle.echeances.internal.domaine.Situation;
import fr.passerelle.echeances.internal.domaine.TypePiece;
import fr.passerelle.echeances.internal.persistance.ReglesYaml;

/** Règles en données → échéancier, et son export iCalendar. */
class EcheancierTest {

    static final Echeancier ECHEANCIER = new Echeancier(ReglesYaml.lire("echeances/regles.yml"));
    static final LocalDate AUJOURDHUI = LocalDate.of(2026, 3, 1);

    @Test
    void les_regles_sont_lues_depuis_les_donnees() {
        assertThat(ECHEANCIER.regles()).extracting(r -> r.code())
                .contains("dtr", "impots", "ars", "cheque-energie", "css", "aah", "carte-identite", "passeport",
                        "titre-sejour", "carte-vitale");
    }

    @Test
    void les_droits_trouves_par_le_moteur_donnent_leurs_echeances() {
        LocalDate enregistree = LocalDate.of(2026, 2, 20);
        Situation moteur = Situation.vide(1, "Camille")
                .avecDroitsDuMoteur(java.util.Set.of("ppa", "css", "ars", "cheque_energie"), enregistree, 1);
        List<Echeance> e = ECHEANCIER.calculer(moteur, AUJOURDHUI);
        assertThat(e).extracting(Echeance::regle).contains("dtr", "css-demande", "ars", "cheque-energie", "impots")
                .doesNotContain("css");
        assertThat(moteur.droitsMoteurLisibles()).containsExactly("prime d'activité", "complémentaire santé solidaire",
                "allocation de rentrée scolaire", "chèque énergie");
        // La demande de complémentaire santé solidaire : dans le mois qui suit l'enregistrement de la situation.
        assertThat(e).filteredOn(x -> x.regle().equals("css-demande")).extracting(Echeance::date)
                .containsExactly(LocalDate.of(2026, 3, 22));
        // Sa date de fin connue : le renouvellement annuel remplace la demande.
        Situation avecFin = new Situation(1, "Camille", false, false, LocalDate.of(2026, 12, 31), null, 0, false,
                List.of(), List.of()).avecDroitsDuMoteur(java.util.Set.of("css"), enregistree, 0);
        assertThat(ECHEANCIER.calculer(avecFin, AUJOURDHUI)).extracting(Echeance::regle).contains("css")
                .doesNotContain("css-demande");
        // ARS trouvée sans enfant de 16 à 18 ans : rien à déclarer à la rentrée ; délai de demande passé : plus rien.
        Situation sansAdo = Situation.vide(1, "Camille").avecDroitsDuMoteur(java.util.Set.of("ars", "css"),
                LocalDate.of(2026, 1, 2), 0);
        assertThat(ECHEANCIER.calculer(sansAdo, AUJOURDHUI)).extracting(Echeance::regle).containsOnly("impots");
    }

    @Test
    void situation_vide_seule_la_declaration_d_impot() {
        List<Echeance> e = ECHEANCIER.calculer(Situation.vide(1, "Camille"), AUJOURDHUI);
        assertThat(e).extracting(Echeance::regle).containsOnly("impots");
        assertThat(e).extracting(Echeance::date).containsExactly(LocalDate.of(2026, 5, 20));
    }

    @Test
    void rsa_css_aah_enfants_energie_pieces_et_rendez_vous() {
        Situation s = new Situation(1, "Camille", true, true, LocalDate.of(2026, 9, 30), LocalDate.of(2027, 1, 31), 2, true,
                List.of(new Piece(5L, TypePiece.TITRE_SEJOUR, LocalDate.of(2026, 6, 15)),
                        new Piece(6L, TypePiece.CARTE_IDENTITE, LocalDate.of(2020, 1, 1))),
                List.of(new RendezVous(9L, 1, LocalDateTime.of(2026, 3, 10, 14, 30), "France services de Bègles",
                        "Dossier de retraite", "aidant@demo", false)));
        List<Echeance> e = ECHEANCIER.calculer(s, AUJOURDHUI);
        // Une seule déclaration trimestrielle pour RSA et prime d'activité.
        assertThat(e.stream().filter(x -> x.regle().equals("dtr")).map(Echeance::date)).containsExactly(
                LocalDate.of(2026, 4, 15), LocalDate.of(2026, 7, 15), LocalDate.of(2026, 10, 15), LocalDate.of(2027, 1, 15));
        assertThat(e).filteredOn(x -> x.regle().equals("css")).extracting(Echeance::date).containsExactly(LocalDate.of(2026, 8, 1));
        // AAH : 6 mois avant une révision le 31 janvier 2027 → 4 août 2026.
        assertThat(e).filteredOn(x -> x.regle().equals("aah")).extracting(Echeance::date).containsExactly(LocalDate.of(2026, 8, 4));
        assertThat(e).filteredOn(x -> x.regle().equals("titre-sejour")).extracting(Echeance::date)
                .containsExactly(LocalDate.of(2026, 4, 16));
        assertThat(e).filteredOn(x -> x.regle().equals("carte-identite")).isEmpty();
        assertThat(e).filteredOn(x -> x.regle().equals("ars")).extracting(Echeance::date).containsExactly(LocalDate.of(2026, 8, 31));
        assertThat(e).filteredOn(x -> x.regle().equals("cheque-energie")).extracting(Echeance::date)
                .containsExactly(LocalDate.of(2026, 3, 31));
        assertThat(e.get(0).regle()).isEqualTo("rendez-vous");
        assertThat(e.get(0).heure()).hasToString("14:30");
        assertThat(e).isSortedAccordingTo(java.util.Comparator.comparing(Echeance::date));
    }

    @Test
    void une_echeance_dont_l_avance_est_passee_est_a_faire_aujourd_hui() {
        Situation s = new Situation(1, "Camille", false, false, LocalDate.of(2026, 3, 20), null, 0, false, List.of(), List.of());
        assertThat(ECHEANCIER.calculer(s, AUJOURDHUI)).filteredOn(x -> x.regle().equals("css"))
                .extracting(Echeance::date).containsExactly(AUJOURDHUI);
    }

    @Test
    void export_icalendar_conforme() {
        Situation s = new Situation(1, "Camille", true, false, null, null, 0, false, List.of(),
                List.of(new RendezVous(9L, 1, LocalDateTime.of(2026, 3, 10, 14, 30), "France services, Bègles",
                        "Dossier ; retraite", "aidant@demo", false)));
        String ics = Icalendar.ecrire(ECHEANCIER.calculer(s, AUJOURDHUI), Instant.parse("2026-03-01T09:00:00Z"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("DTSTART;TZID=Europe/Paris:20260310T143000", "SUMMARY:Dossier \\; retraite",
                        "DTSTART;VALUE=DATE:20260415", "DTEND;VALUE=DATE:20260416", "UID:dtr:2026-04-15@passerelle",
                        "DTSTAMP:20260301T090000Z", "TRIGGER:-P1D");
        for (String ligne : ics.split("\r\n")) {
            assertThat(ligne.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(ics.replace("\r\n ", "")).contains("Rendez-vous : France services\\, Bègles");
    }
}
