package fr.passerelle.remontees;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.passerelle.remontees.internal.domaine.Nature;
import fr.passerelle.remontees.internal.domaine.Origine;
import fr.passerelle.remontees.internal.domaine.RapportPropositions;
import fr.passerelle.remontees.internal.domaine.Remontee;

/** Agrégation par démarche, étape et nature ; ordre par personnes concernées ; exemples ; CSV sûr pour un tableur. */
class RapportPropositionsTest {

    static Remontee r(String admin, String demarche, String etape, Nature nature, String texte, int personnes) {
        return new Remontee(null, admin, demarche, etape, nature, texte, personnes, Origine.ATELIER, null, OffsetDateTime.parse("2027-01-01T10:00:00Z"));
    }

    @Test
    void les_difficultes_qui_touchent_le_plus_de_personnes_d_abord_avec_exemples() {
        List<Remontee> remontees = List.of(
                r("CAF", "Prime d'activité", "Ressources", Nature.JARGON, "« revenus nets imposables » incompris", 3),
                r("CAF", "prime d'activité ", "ressources", Nature.JARGON, "ne sait pas quoi mettre", 4),
                r("CAF", "Prime d'activité", "Ressources", Nature.JARGON, "ne sait pas quoi mettre", 1),
                r("CAF", "Aide au logement", null, Nature.PIECE_MANQUANTE, "=HYPERLINK(\"x\")", 2),
                r("CPAM", "Carte Vitale", null, Nature.IDENTITE_FRANCECONNECT, "pas de FranceConnect", 9));
        RapportPropositions rapport = RapportPropositions.pour("CAF", remontees);
        assertThat(rapport.lignes()).hasSize(2);
        RapportPropositions.Ligne premiere = rapport.lignes().get(0);
        assertThat(premiere.demarche()).isEqualTo("Prime d'activité");
        assertThat(premiere.signalements()).isEqualTo(3);
        assertThat(premiere.personnes()).isEqualTo(8);
        assertThat(premiere.exemples()).containsExactly("« revenus nets imposables » incompris", "ne sait pas quoi mettre");
        assertThat(rapport.personnes()).isEqualTo(10);
        String csv = rapport.csv();
        assertThat(csv).startsWith("administration;demarche;etape;nature;signalements;personnes;exemples\r\n")
                .contains("\"CAF\";\"Prime d'activité\";\"Ressources\";\"Jargon administratif\";3;8;")
                // Une formule n'est jamais exécutée par le tableur.
                .contains("\"'=HYPERLINK(\"\"x\"\")\"");
    }
}
