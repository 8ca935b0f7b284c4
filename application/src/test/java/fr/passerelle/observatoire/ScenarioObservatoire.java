package fr.passerelle.observatoire;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scénario de l'observatoire dont la bonne réponse est connue (départements 48 et 23, années 2024 et 2025, absents
 * des données de démonstration), semé directement en SQL dans les tables des autres modules.
 */
final class ScenarioObservatoire {

    private final JdbcClient jdbc;
    long s48;
    long s23;

    ScenarioObservatoire(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void semer() {
        s48 = structure("Observatoire essai Mende", "48000");
        s23 = structure("Observatoire essai Guéret", "23000");
        Instant juin = Instant.parse("2025-06-15T10:00:00Z");
        // Mende : 20 RSA (12 accordés à 600 €/mois, 3 demandés, 2 refusés, 3 à demander), 10 APL accordées à 1 200 €/an.
        for (int i = 0; i < 30; i++) {
            long d = dossier(s48);
            if (i < 20) {
                droit(d, "rsa", "RSA", 600, "par mois", i < 12 ? "ACCORDE" : i < 15 ? "DEMANDE" : i < 17 ? "REFUSE" : "A_DEMANDER", juin);
            } else {
                droit(d, "apl", "APL", 1200, "par an", "ACCORDE", juin);
            }
        }
        long dossierMende = dossier(s48);
        // 50 échanges au guichet (40 réglés au premier contact), 10 au téléphone (5 réglés).
        for (int i = 0; i < 50; i++) {
            echange(dossierMende, "GUICHET", i < 40, Instant.parse("2025-03-10T09:00:00Z"));
        }
        for (int i = 0; i < 10; i++) {
            echange(dossierMende, "TELEPHONE", i < 5, Instant.parse("2025-03-10T09:00:00Z"));
        }
        // Bornes : 31/12/2024 à 23 h 30 UTC = 1er janvier 0 h 30 à Paris (dans 2025) ; 22 h 30 UTC = 23 h 30 (hors 2025).
        echange(dossierMende, "TELEPHONE", false, Instant.parse("2024-12-31T23:30:00Z"));
        echange(dossierMende, "TELEPHONE", true, Instant.parse("2024-12-31T22:30:00Z"));
        // Guéret : 5 RSA à demander, 4 échanges au guichet dont 1 réglé.
        for (int i = 0; i < 5; i++) {
            droit(dossier(s23), "rsa", "RSA", 600, "par mois", "A_DEMANDER", juin);
        }
        long dossierGueret = dossier(s23);
        for (int i = 0; i < 4; i++) {
            echange(dossierGueret, "GUICHET", i == 0, Instant.parse("2025-03-10T09:00:00Z"));
        }
        // Démarches à Mende : « Demande de RSA en ligne » 4 bloquées et 6 en cours en 2025, 1 bloquée en 2024.
        for (int i = 0; i < 10; i++) {
            demarche(dossierMende, "Demande de RSA en ligne", i < 4 ? "BLOQUEE" : "EN_COURS", juin);
        }
        demarche(dossierMende, "Demande de RSA en ligne", "BLOQUEE", Instant.parse("2024-06-15T10:00:00Z"));
        // Notifications de 2024 : courriel 8 délivrées, 1 échec définitif, 1 annulée ; SMS 3 délivrées, 1 échec temporaire.
        for (int i = 0; i < 10; i++) {
            notification("EMAIL", i < 8 ? "DELIVREE" : i == 8 ? "ECHEC_DEFINITIF" : "ANNULEE", i == 8 ? "boîte pleine" : null);
        }
        for (int i = 0; i < 4; i++) {
            notification("SMS", i < 3 ? "DELIVREE" : "ECHEC_TEMPORAIRE", i < 3 ? null : "réseau indisponible");
        }
        // Saisines de Mende auprès de la CAF en 2025 : une close en 48 h, une autre en 96 h, une ouverte.
        saisine(s48, dossierMende, Instant.parse("2025-02-01T10:00:00Z"), Instant.parse("2025-02-03T10:00:00Z"));
        saisine(s48, dossierMende, Instant.parse("2025-02-01T10:00:00Z"), Instant.parse("2025-02-05T10:00:00Z"));
        saisine(s48, dossierMende, Instant.parse("2025-02-01T10:00:00Z"), null);
    }

    long structure(String nom, String codePostal) {
        jdbc.sql("INSERT INTO structure (nom, type, commune, code_postal, cree_le) VALUES (:n, 'FRANCE_SERVICES', :n, :cp, :le)")
                .param("n", nom).param("cp", codePostal).param("le", Instant.parse("2024-01-01T00:00:00Z").atOffset(ZoneOffset.UTC)).update();
        return jdbc.sql("SELECT id FROM structure WHERE nom = :n").param("n", nom).query(Long.class).single();
    }

    long dossier(long structure) {
        jdbc.sql("INSERT INTO dossier (structure_id, cree_le) VALUES (:s, :le)").param("s", structure)
                .param("le", Instant.parse("2024-01-01T00:00:00Z").atOffset(ZoneOffset.UTC)).update();
        return jdbc.sql("SELECT MAX(id) FROM dossier").query(Long.class).single();
    }

    void droit(long dossier, String code, String libelle, double montant, String periodicite, String statut, Instant le) {
        jdbc.sql("INSERT INTO dossier_droit (dossier_id, code, libelle, montant, periodicite, statut, mis_a_jour_le) "
                        + "VALUES (:d, :c, :l, :m, :p, :s, :le)")
                .param("d", dossier).param("c", code).param("l", libelle).param("m", montant).param("p", periodicite)
                .param("s", statut).param("le", le.atOffset(ZoneOffset.UTC)).update();
    }

    void echange(long dossier, String canal, boolean regle, Instant le) {
        jdbc.sql("INSERT INTO dossier_echange (dossier_id, canal, par, le, objet, regle_au_premier_contact) "
                        + "VALUES (:d, :c, 'essai', :le, 'objet', :r)")
                .param("d", dossier).param("c", canal).param("le", le.atOffset(ZoneOffset.UTC)).param("r", regle).update();
    }

    void demarche(long dossier, String intitule, String statut, Instant le) {
        jdbc.sql("INSERT INTO dossier_demarche (dossier_id, intitule, organisation, statut, prochaine_etape, perimetre, mis_a_jour_le) "
                        + "VALUES (:d, :i, 'CAF', :s, 'suite', 'PRESTATIONS_SOCIALES', :le)")
                .param("d", dossier).param("i", intitule).param("s", statut).param("le", le.atOffset(ZoneOffset.UTC)).update();
    }

    int notifications;

    void notification(String canal, String statut, String raison) {
        var le = Instant.parse("2024-05-02T08:00:00Z").atOffset(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO notification (cle, personne_id, canal, destinataire, modele_code, modele_version, objet, corps, "
                        + "statut, raison, prevue_le, cree_le, mise_a_jour_le) VALUES (:cle, 1, :c, 'x', 'essai', 1, 'o', 'c', :s, :r, :le, :le, :le)")
                .param("cle", "observatoire-essai-" + (notifications++)).param("c", canal).param("s", statut).param("r", raison)
                .param("le", le).update();
    }

    void saisine(long structure, long dossier, Instant ouverte, Instant close) {
        jdbc.sql("INSERT INTO saisine (dossier_id, structure_id, aidant_id, aidant_nom, personne_nom, organisation_id, organisation_nom, "
                        + "type_organisation, perimetre, objet, blocage, tentatives, consentement_partage, etat, issue, ouverte_le, close_le) "
                        + "VALUES (:d, :s, 1, 'aidant', 'personne', 1, 'CAF essai', 'CAF', 'PRESTATIONS_SOCIALES', 'objet', 'blocage', "
                        + "'tentatives', TRUE, :etat, :issue, :o, :c)")
                .param("d", dossier).param("s", structure).param("etat", close == null ? "OUVERTE" : "CLOSE")
                .param("issue", close == null ? null : "RESOLUE").param("o", ouverte.atOffset(ZoneOffset.UTC))
                .param("c", close == null ? null : close.atOffset(ZoneOffset.UTC)).update();
    }
}
