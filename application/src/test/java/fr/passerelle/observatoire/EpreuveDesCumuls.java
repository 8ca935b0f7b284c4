package fr.passerelle.observatoire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import fr.passerelle.dossiers.internal.domaine.StatutDroit;
import fr.passerelle.dossiers.internal.persistance.DossierJdbc;
import fr.passerelle.observatoire.internal.TableauxDeBord;
import fr.passerelle.observatoire.internal.domaine.Filtre;
import fr.passerelle.observatoire.internal.persistance.CumulsJdbc;

/**
 * Les cumuls par jour (V92, ADR 0018) tenus par les événements du module dossiers donnent les chiffres attendus et
 * sont exactement ceux que le recalcul depuis les vues donne, après un ajout, un changement de statut qui change le
 * jour, un nouveau montant, un échange à minuit passé heure de Paris et l'effacement d'un dossier. Jouée sur H2
 * ({@code ObservatoireWebTest}) et sur PostgreSQL ({@code ObservatoirePostgresTest}). Département 90, année 2023 :
 * absents des autres scénarios.
 */
final class EpreuveDesCumuls {

    private static final String ENTETE_DROITS = "Prestation;Découverts;Demandés;Accordés;Montant annuel accordé (€)\r\n";
    private static final String ENTETE_CONTACT = "Structure;Canal;Échanges;Réglés au premier contact;Part réglée (%)\r\n";

    private final JdbcClient jdbc;
    private final DossierJdbc dossiers;
    private final CumulsJdbc cumuls;
    private final TableauxDeBord tableaux;

    EpreuveDesCumuls(JdbcClient jdbc, DossierJdbc dossiers, CumulsJdbc cumuls, TableauxDeBord tableaux) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.cumuls = cumuls;
        this.tableaux = tableaux;
    }

    void jouer() {
        ScenarioObservatoire scenario = new ScenarioObservatoire(jdbc, dossiers);
        long belfort = scenario.structure("Cumuls essai Belfort", "90000");
        long d1 = scenario.dossier(belfort);
        long d2 = scenario.dossier(belfort);
        scenario.echange(d1, "GUICHET", true, Instant.parse("2023-03-10T09:00:00Z"));
        // 31 mars 22 h 30 UTC = 1er avril 0 h 30 à Paris (heure d'été) : compté en avril.
        scenario.echange(d1, "TELEPHONE", false, Instant.parse("2023-03-31T22:30:00Z"));
        scenario.echange(d2, "GUICHET", true, Instant.parse("2023-03-11T09:00:00Z"));
        dossiers.joindreDroit(d1, "rsa", "RSA", 500, "par mois", Instant.parse("2023-03-01T10:00:00Z"));
        dossiers.changerStatutDroit(d1, idDuDroit(d1, "rsa"), StatutDroit.ACCORDE, Instant.parse("2023-04-02T10:00:00Z"));
        dossiers.joindreDroit(d2, "apl", "APL", 100, "par an", Instant.parse("2023-03-05T10:00:00Z"));
        dossiers.changerStatutDroit(d2, idDuDroit(d2, "apl"), StatutDroit.DEMANDE, Instant.parse("2023-03-06T10:00:00Z"));
        long demarche = dossiers.ajouterDemarche(d1, new fr.passerelle.dossiers.internal.domaine.DemarcheEnCours(0,
                "Demande de RSA en ligne", "CAF", fr.passerelle.dossiers.internal.domaine.StatutDemarche.A_FAIRE, "se connecter",
                fr.passerelle.mandats.Perimetre.PRESTATIONS_SOCIALES), Instant.parse("2023-03-02T10:00:00Z"));
        dossiers.mettreAJourDemarche(d1, demarche, fr.passerelle.dossiers.internal.domaine.StatutDemarche.BLOQUEE,
                "mot de passe perdu", Instant.parse("2023-04-03T10:00:00Z"));
        // Nouveau montant : le statut reste « demandé », la date change.
        dossiers.joindreDroit(d2, "apl", "APL", 120.5, "par an", Instant.parse("2023-03-07T10:00:00Z"));

        Filtre mars = Filtre.lire("2023-03-01", "2023-03-31", "90", tableaux.aujourdhui());
        Filtre avril = Filtre.lire("2023-04-01", "2023-04-30", "90", tableaux.aujourdhui());
        assertThat(droits(mars)).isEqualTo(ENTETE_DROITS + "APL;1;1;0;0.00\r\n");
        assertThat(droits(avril)).isEqualTo(ENTETE_DROITS + "RSA;1;1;1;6000.00\r\n");
        assertThat(contact(mars)).isEqualTo(ENTETE_CONTACT + "Cumuls essai Belfort;GUICHET;2;2;100.0\r\n");
        assertThat(contact(avril)).isEqualTo(ENTETE_CONTACT + "Cumuls essai Belfort;TELEPHONE;1;0;0.0\r\n");
        assertThat(demarches(mars)).doesNotContain("Demande de RSA en ligne");
        assertThat(demarches(avril)).contains("Demande de RSA en ligne;1;1;100.0;0;");
        memesCasesQueLeRecalcul(belfort);

        dossiers.effacer(d1, Instant.parse("2023-05-01T10:00:00Z"));
        assertThat(droits(avril)).isEqualTo(ENTETE_DROITS);
        assertThat(demarches(avril)).doesNotContain("Demande de RSA en ligne");
        assertThat(contact(avril)).isEqualTo(ENTETE_CONTACT);
        assertThat(contact(mars)).isEqualTo(ENTETE_CONTACT + "Cumuls essai Belfort;GUICHET;1;1;100.0\r\n");
        assertThat(droits(mars)).isEqualTo(ENTETE_DROITS + "APL;1;1;0;0.00\r\n");
        memesCasesQueLeRecalcul(belfort);
        droitsDemandesParPersonne(scenario, belfort);
    }

    /**
     * La date du dernier droit demandé ou accordé d'une personne (V96), qui dit si un constat du dépistage est résolu,
     * suit le dossier relié à son compte, les changements de statut et l'effacement.
     */
    private void droitsDemandesParPersonne(ScenarioObservatoire scenario, long structure) {
        long compte = scenario.compte("cumuls.usager@observatoire.test", "USAGER", null);
        long d3 = scenario.dossier(structure);
        dossiers.joindreDroit(d3, "ppa", "Prime d'activité", 200, "par mois", Instant.parse("2023-06-01T10:00:00Z"));
        long ppa = idDuDroit(d3, "ppa");
        dossiers.changerStatutDroit(d3, ppa, StatutDroit.DEMANDE, Instant.parse("2023-06-02T10:00:00Z"));
        assertThat(demandes(compte)).isEmpty();
        dossiers.lierCompte(d3, compte);
        assertThat(demandes(compte)).containsExactly("ppa " + Instant.parse("2023-06-02T10:00:00Z"));
        dossiers.changerStatutDroit(d3, ppa, StatutDroit.REFUSE, Instant.parse("2023-06-03T10:00:00Z"));
        assertThat(demandes(compte)).isEmpty();
        dossiers.changerStatutDroit(d3, ppa, StatutDroit.ACCORDE, Instant.parse("2023-06-04T10:00:00Z"));
        assertThat(demandes(compte)).containsExactly("ppa " + Instant.parse("2023-06-04T10:00:00Z"));
        List<String> tenues = demandes(compte);
        cumuls.recalculer();
        assertThat(demandes(compte)).isEqualTo(tenues);
        dossiers.effacer(d3, Instant.parse("2023-06-05T10:00:00Z"));
        assertThat(demandes(compte)).isEmpty();
    }

    private List<String> demandes(long compte) {
        return jdbc.sql("SELECT code, dernier FROM obs_droit_demande WHERE compte_id = :c ORDER BY code").param("c", compte)
                .query((rs, n) -> rs.getString(1) + " " + rs.getObject(2, java.time.OffsetDateTime.class).toInstant())
                .list();
    }

    private long idDuDroit(long dossier, String code) {
        return dossiers.droits(dossier).stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow().id();
    }

    private String droits(Filtre f) {
        return tableaux.accesAuxDroits(f).tableau("droits-par-prestation").orElseThrow().csv();
    }

    private String demarches(Filtre f) {
        return tableaux.demarchesEnLigne(f).tableau("demarches").orElseThrow().csv();
    }

    private String contact(Filtre f) {
        return tableaux.qualiteDuContact(f).tableau("premier-contact").orElseThrow().csv();
    }

    private void memesCasesQueLeRecalcul(long structure) {
        List<Map<String, Object>> echanges = cases("obs_cumul_echange", structure);
        List<Map<String, Object>> droits = cases("obs_cumul_droit", structure);
        List<Map<String, Object>> demarches = cases("obs_cumul_demarche", structure);
        assertThat(echanges).isNotEmpty();
        cumuls.recalculer();
        assertThat(cases("obs_cumul_echange", structure)).isEqualTo(echanges);
        assertThat(cases("obs_cumul_droit", structure)).isEqualTo(droits);
        assertThat(cases("obs_cumul_demarche", structure)).isEqualTo(demarches);
    }

    private List<Map<String, Object>> cases(String table, long structure) {
        return jdbc.sql("SELECT * FROM " + table + " WHERE structure_id = :s ORDER BY 1, 2, 3, 4").param("s", structure)
                .query().listOfRows();
    }
}
