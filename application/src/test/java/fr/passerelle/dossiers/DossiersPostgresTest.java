package fr.passerelle.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.passerelle.dossiers.internal.domaine.CanalEchange;
import fr.passerelle.dossiers.internal.domaine.Diagnostic;
import fr.passerelle.dossiers.internal.domaine.Echange;
import fr.passerelle.dossiers.internal.domaine.Identite;
import fr.passerelle.dossiers.internal.domaine.Nir;
import fr.passerelle.dossiers.internal.domaine.NiveauAutonomie;
import fr.passerelle.dossiers.internal.domaine.QuestionAutonomie;
import fr.passerelle.dossiers.internal.domaine.StatutDroit;
import fr.passerelle.dossiers.internal.persistance.DossierJdbc;
import fr.passerelle.persistance.PostgresDeTest;
import fr.passerelle.persistance.SchemaPostgres;
import fr.passerelle.structures.ReferentielStructures;
import fr.passerelle.structures.Structure;
import fr.passerelle.structures.TypeStructure;

/** Les migrations V34-V36 et la persistance des dossiers sur PostgreSQL 15 (schéma neuf, supprimé à la fin). */
@ExtendWith(PostgresDeTest.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "passerelle.notifications.ordonnanceur.actif=false")
@ActiveProfiles("test")
class DossiersPostgresTest {

    static final SchemaPostgres SCHEMA = SchemaPostgres.nouveau("dossiers");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registre) {
        SCHEMA.declarer(registre);
    }

    @AfterAll
    static void supprimerLeSchema() throws Exception {
        SCHEMA.supprimer();
    }

    @Autowired
    DossierJdbc dossiers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReferentielStructures referentiel;

    @Test
    void un_dossier_complet_s_ecrit_se_relit_se_cherche_et_s_efface_sur_postgresql() {
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
        long structure = referentiel.enregistrer(new Structure(null, "France services de Test", TypeStructure.FRANCE_SERVICES,
                "Bègles", "33130")).id();
        Instant le = Instant.parse("2026-06-10T08:00:00Z");
        long id = dossiers.creer(structure, new Identite("Le-Bihan", "Élodie", LocalDate.of(1984, 12, 3), "Bègles",
                Optional.of("06 12 34 56 78"), Optional.empty(), Optional.of(Nir.lire("284123306304537"))), Optional.empty(), le);
        assertThat(dossiers.lire(id)).hasValueSatisfying(d -> {
            assertThat(d.identite().nir()).contains(Nir.lire("284123306304537"));
            assertThat(d.creeLe()).isEqualTo(le);
        });
        assertThat(jdbc.sql("SELECT nir_chiffre FROM dossier_identite WHERE dossier_id = :d").param("d", id)
                .query(String.class).single()).doesNotContain("284123306304537");
        assertThat(dossiers.rechercher(structure, "ELODIE le bihan", 10)).extracting(d -> d.id()).containsExactly(id);
        assertThat(dossiers.rechercher(structure + 1000, "elodie", 10)).isEmpty();

        dossiers.joindreDroit(id, "rsa", "RSA", 600.5, "par mois", le);
        dossiers.joindreDroit(id, "rsa", "Revenu de solidarité active", 610, "par mois", le);
        long droit = dossiers.droits(id).get(0).id();
        assertThat(dossiers.changerStatutDroit(id, droit, StatutDroit.DEMANDE, le)).isTrue();
        assertThat(dossiers.droits(id)).singleElement().satisfies(d -> {
            assertThat(d.libelle()).isEqualTo("Revenu de solidarité active");
            assertThat(d.montant()).isEqualTo(610);
            assertThat(d.statut()).isEqualTo(StatutDroit.DEMANDE);
        });
        dossiers.ajouterEchange(id, new Echange(0, CanalEchange.SMS, "Karim", le, "premier", true));
        dossiers.ajouterEchange(id, new Echange(0, CanalEchange.ATELIER, "Karim", le.plusSeconds(60), "second", false));
        assertThat(dossiers.echanges(id)).extracting(Echange::objet).containsExactly("second", "premier");
        dossiers.ajouterPiece(id, "Avis d'imposition");
        dossiers.cocherPieces(id, Set.of(dossiers.pieces(id).get(0).id()));
        assertThat(dossiers.pieces(id)).singleElement().satisfies(p -> assertThat(p.reunie()).isTrue());
        dossiers.enregistrerDiagnostic(id, new Diagnostic(EnumSet.of(QuestionAutonomie.EQUIPEMENT), true, "Karim", le));
        assertThat(dossiers.diagnostic(id)).hasValueSatisfying(d -> assertThat(d.niveau()).isEqualTo(NiveauAutonomie.URGENCE_NUMERIQUE));

        dossiers.effacer(id, le.plusSeconds(3600));
        assertThat(dossiers.lire(id)).isEmpty();
        assertThat(dossiers.efface(id)).isTrue();
        assertThat(dossiers.structureDe(id)).contains(structure);
        assertThat(dossiers.droits(id)).isEmpty();
        assertThat(dossiers.echanges(id)).isEmpty();
    }
}
