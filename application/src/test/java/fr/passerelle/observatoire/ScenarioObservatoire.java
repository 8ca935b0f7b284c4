package fr.passerelle.observatoire;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

import fr.passerelle.dossiers.internal.domaine.CanalEchange;
import fr.passerelle.dossiers.internal.domaine.DemarcheEnCours;
import fr.passerelle.dossiers.internal.domaine.Echange;
import fr.passerelle.dossiers.internal.domaine.StatutDemarche;
import fr.passerelle.dossiers.internal.domaine.StatutDroit;
import fr.passerelle.dossiers.internal.persistance.DossierJdbc;

/**
 * Scénario de l'observatoire dont la bonne réponse est connue (départements 48, 23 et 15, années 2024 et 2025, absents
 * des données de démonstration), semé directement en SQL dans les tables des autres modules.
 *
 * <p>Suite (ADR 0016) : deux organisations d'essai (CAF et CPAM de Lozère, chacune avec un agent), des ateliers et
 * leurs passages, deux dépistages proactifs et leurs constats, des appels reçus et des rappels.
 */
public final class ScenarioObservatoire {

    private final JdbcClient jdbc;
    private final DossierJdbc dossiers;
    long s48;
    long s23;
    long s15;
    long orgCaf;
    long orgCpam;
    public static final String AGENT_CAF = "agent.caf.essai@observatoire.test";
    static final String AGENT_CPAM = "agent.cpam.essai@observatoire.test";

    /**
     * @param dossiers les droits et les échanges passent par le dépôt du module dossiers, comme dans l'application :
     *                 ses événements tiennent les cumuls de l'observatoire (V92, ADR 0018)
     */
    ScenarioObservatoire(JdbcClient jdbc, DossierJdbc dossiers) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
    }

    /** Pour le test navigateur (autre paquet) : le même scénario. */
    public static void semerPourNavigateur(JdbcClient jdbc, DossierJdbc dossiers) {
        new ScenarioObservatoire(jdbc, dossiers).semer();
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
        orgCaf = organisation("CAF essai Lozère", "CAF");
        orgCpam = organisation("CPAM essai Lozère", "CPAM");
        // Saisines de Mende auprès de la CAF en 2025 : une close en 48 h, une autre en 96 h, une ouverte.
        saisine(s48, dossierMende, orgCaf, "CAF", Instant.parse("2025-02-01T10:00:00Z"), Instant.parse("2025-02-03T10:00:00Z"));
        saisine(s48, dossierMende, orgCaf, "CAF", Instant.parse("2025-02-01T10:00:00Z"), Instant.parse("2025-02-05T10:00:00Z"));
        saisine(s48, dossierMende, orgCaf, "CAF", Instant.parse("2025-02-01T10:00:00Z"), null);
        // Saisines de Guéret auprès de la CPAM en 2025 : une close en 24 h, une ouverte.
        saisine(s23, dossierGueret, orgCpam, "CPAM", Instant.parse("2025-02-01T10:00:00Z"), Instant.parse("2025-02-02T10:00:00Z"));
        saisine(s23, dossierGueret, orgCpam, "CPAM", Instant.parse("2025-02-01T10:00:00Z"), null);
        semerSuite();
    }

    /**
     * Bonnes réponses (année 2025 sauf mention) :
     * <ul>
     * <li>Ateliers, Lozère : 1 tenu (confirmé, 12 personnes : 8 questionnaires, 6 droits, 4 démarches), 1 proposé sans
     * personne ni confirmation (ni tenu ni prévu), 1 prévu confirmé et 1 prévu proposé (2099) ; Creuse : 1 tenu
     * (seulement proposé, mais 1 personne enregistrée). CAF essai : tables au tenu et au prévu confirmé, 10 personnes à
     * sa table (7 + 3 passées aux deux) ; CPAM essai : table au tenu, 5 personnes.</li>
     * <li>Non-recours : dépistage de l'agent CAF (1er avril 2025, Lozère) : 12 RSA à 600 €/mois (8 personnes connues,
     * 5 résolues), 3 CSS en attribution (montant compté nul ; 2 connues, 1 résolue), 4 « à vérifier » (hors
     * non-recours) ; dépistage du coordinateur : 2 PPA à 1 000 €/an en Creuse et un RSA déjà constaté (compté une
     * fois).</li>
     * <li>Appels reçus : Mende 21 (17 décrochés, dont un le 1er janvier 0 h 30 heure de Paris non décroché), Guéret 10
     * (6 décrochés).</li>
     * <li>Rappels de 2024 : 4 demandés le 2 mai pour le 3 mai, faits en 2 h, 24 h et 96 h, un pas fait.</li>
     * </ul>
     */
    void semerSuite() {
        s15 = structure("Observatoire essai Aurillac", "15000");
        long agentCaf = compte(AGENT_CAF, "AGENT", orgCaf);
        compte(AGENT_CPAM, "AGENT", orgCpam);
        long coordinateur = compte("coordinateur.essai@observatoire.test", "COORDINATEUR", null);

        long t2 = campagne(2025, 2);
        long t3 = campagne(2025, 3);
        long futur = campagne(2099, 2);
        long tenu = atelier(t2, LocalDate.of(2025, 5, 17), "CONFIRME", "48095", "RURAL");
        table(tenu, orgCaf, "CAF essai Lozère");
        table(tenu, orgCpam, "CPAM essai Lozère");
        for (int i = 0; i < 12; i++) {
            String tables = i < 7 ? "CAF essai Lozère" : i < 10 ? "CAF essai Lozère ; CPAM essai Lozère" : "CPAM essai Lozère";
            passage(tenu, "essai-48-" + i, tables, i < 8, i < 6 ? 1 : 0, i < 4 ? 1 : 0);
        }
        atelier(t3, LocalDate.of(2025, 8, 16), "PROPOSE", "48095", "RURAL");
        long prevu = atelier(futur, LocalDate.of(2099, 5, 16), "CONFIRME", "48095", "RURAL");
        table(prevu, orgCaf, "CAF essai Lozère");
        atelier(futur, LocalDate.of(2099, 5, 17), "PROPOSE", "48095", "QUARTIER_PRIORITAIRE");
        long gueret = atelier(t2, LocalDate.of(2025, 5, 18), "PROPOSE", "23096", "QUARTIER_PRIORITAIRE");
        passage(gueret, "essai-23-0", "CAF de passage", false, 0, 0);
        // Questionnaires passés sur place : 3 reliés à une personne de Mende, 1 à Guéret, 1 jamais relié (pas compté).
        questionnaire(tenu, "essai-48-0", "jeton-48-0", "rsa", "RSA", "7200.00", "css", "Complémentaire santé solidaire", "0.00");
        questionnaire(tenu, "essai-48-1", "jeton-48-1", "rsa", "RSA", "6000.00");
        questionnaire(tenu, "essai-48-2", "jeton-48-2", "apl", "APL", "1800.00");
        questionnaire(gueret, "essai-23-0", "jeton-23-0", "ppa", "Prime d'activité", "1200.00");
        questionnaire(tenu, null, "jeton-48-perdu", "aah", "AAH", "12000.00");

        Instant lancement = Instant.parse("2025-04-01T08:00:00Z");
        Instant apres = Instant.parse("2026-01-15T10:00:00Z");
        long depistage = depistage(agentCaf, lancement);
        long partition = partition(depistage, Instant.parse("2025-04-01T09:00:00Z"));
        long[] usagers = new long[10];
        for (int i = 0; i < usagers.length; i++) {
            usagers[i] = compte("usager" + i + "@observatoire.test", "USAGER", null);
        }
        for (int i = 0; i < 12; i++) {
            constat(depistage, partition, "m" + i + "/rsa/2025-04", "48", "A_DEMANDER", "rsa", 720_000, i < 8 ? Long.valueOf(usagers[i]) : null);
        }
        for (int i = 0; i < 5; i++) {
            droit(dossierDe(usagers[i]), "rsa", "RSA", 600, "par mois", i < 3 ? "DEMANDE" : "ACCORDE", apres);
        }
        droit(dossierDe(usagers[5]), "rsa", "RSA", 600, "par mois", "ACCORDE", Instant.parse("2025-03-01T10:00:00Z"));
        long dossier6 = dossierDe(usagers[6]);
        droit(dossier6, "rsa", "RSA", 600, "par mois", "A_DEMANDER", apres);
        droit(dossier6, "ppa", "Prime d'activité", 100, "par mois", "ACCORDE", apres);
        for (int i = 0; i < 3; i++) {
            constat(depistage, partition, "c" + i + "/cmu_c/2025-04", "48", "ATTRIBUTION", "cmu_c", 50_000,
                    i == 0 ? Long.valueOf(usagers[8]) : i == 1 ? Long.valueOf(usagers[9]) : null);
        }
        droit(dossierDe(usagers[8]), "css", "Complémentaire santé solidaire", 0, "par an", "DEMANDE", apres);
        for (int i = 0; i < 4; i++) {
            constat(depistage, partition, "v" + i + "/aah/2025-04", "48", "A_VERIFIER", "aah", 1_000_000, null);
        }
        long second = depistage(coordinateur, Instant.parse("2025-06-01T08:00:00Z"));
        long partition2 = partition(second, Instant.parse("2025-06-01T09:00:00Z"));
        constat(second, partition2, "m0/rsa/2025-04", "48", "A_DEMANDER", "rsa", 720_000, usagers[0]);
        for (int i = 0; i < 2; i++) {
            constat(second, partition2, "p" + i + "/ppa/2025-06", "23", "A_DEMANDER", "ppa", 100_000, null);
        }

        for (int i = 0; i < 20; i++) {
            appelRecu(s48, Instant.parse("2025-03-10T09:00:00Z"), i < 17);
        }
        appelRecu(s48, Instant.parse("2024-12-31T23:30:00Z"), false);
        appelRecu(s48, Instant.parse("2024-12-31T22:30:00Z"), true);
        for (int i = 0; i < 10; i++) {
            appelRecu(s23, Instant.parse("2025-03-11T09:00:00Z"), i < 6);
        }

        Instant demande = Instant.parse("2024-05-02T08:00:00Z");
        rappel("r1", demande, Instant.parse("2024-05-02T10:00:00Z"));
        rappel("r2", demande, Instant.parse("2024-05-03T08:00:00Z"));
        rappel("r3", demande, Instant.parse("2024-05-06T08:00:00Z"));
        rappel("r4", demande, null);
    }

    long organisation(String nom, String type) {
        jdbc.sql("INSERT INTO organisation (nom, type, territoire, cree_le) VALUES (:n, :t, 'Lozère', :le)")
                .param("n", nom).param("t", type).param("le", Instant.parse("2024-01-01T00:00:00Z").atOffset(ZoneOffset.UTC)).update();
        return jdbc.sql("SELECT id FROM organisation WHERE nom = :n").param("n", nom).query(Long.class).single();
    }

    /** Un compte ; même mot de passe que les comptes de démonstration quand ils existent (pour se connecter). */
    long compte(String email, String role, Long organisation) {
        jdbc.sql("INSERT INTO compte (email, nom_affiche, role, mot_de_passe, organisation_id, cree_le) VALUES (:e, :e, :r, "
                        + "(SELECT mot_de_passe FROM compte WHERE email = 'agent@demo.passerelle.fr'), :o, :le)")
                .param("e", email).param("r", role).param("o", organisation)
                .param("le", Instant.parse("2024-01-01T00:00:00Z").atOffset(ZoneOffset.UTC)).update();
        return jdbc.sql("SELECT id FROM compte WHERE email = :e").param("e", email).query(Long.class).single();
    }

    long dossierDe(long compteUsager) {
        jdbc.sql("INSERT INTO dossier (structure_id, compte_usager_id, cree_le) VALUES (:s, :c, :le)").param("s", s15)
                .param("c", compteUsager).param("le", Instant.parse("2024-01-01T00:00:00Z").atOffset(ZoneOffset.UTC)).update();
        return jdbc.sql("SELECT MAX(id) FROM dossier").query(Long.class).single();
    }

    long campagne(int annee, int trimestre) {
        jdbc.sql("INSERT INTO campagne (annee, trimestre, creee_le) VALUES (:a, :t, :le)").param("a", annee).param("t", trimestre)
                .param("le", Instant.parse("2024-01-01T00:00:00Z").atOffset(ZoneOffset.UTC)).update();
        return jdbc.sql("SELECT id FROM campagne WHERE annee = :a AND trimestre = :t").param("a", annee).param("t", trimestre)
                .query(Long.class).single();
    }

    int ateliers;

    long atelier(long campagne, LocalDate jour, String statut, String codeCommune, String publicVise) {
        ateliers++;
        jdbc.sql("INSERT INTO atelier (campagne_id, public_vise, jour, statut, code_commune, nom_commune, code_sms) "
                        + "VALUES (:c, :p, :j, :s, :cc, 'essai', :sms)")
                .param("c", campagne).param("p", publicVise).param("j", jour).param("s", statut).param("cc", codeCommune)
                .param("sms", "OBS" + ateliers).update();
        return jdbc.sql("SELECT MAX(id) FROM atelier").query(Long.class).single();
    }

    void table(long atelier, long organisation, String administration) {
        jdbc.sql("INSERT INTO table_atelier (atelier_id, organisation_id, administration) VALUES (:a, :o, :n)")
                .param("a", atelier).param("o", organisation).param("n", administration).update();
    }

    /** @param droits code, libellé, montant annuel, répétés */
    void questionnaire(long atelier, String passageCle, String jeton, String... droits) {
        jdbc.sql("INSERT INTO questionnaire_atelier (jeton, atelier_id, pris_par, pris_le) VALUES (:j, :a, 'essai', :le)")
                .param("j", jeton).param("a", atelier)
                .param("le", Instant.parse("2025-05-17T10:00:00Z").atOffset(ZoneOffset.UTC)).update();
        for (int i = 0; i < droits.length; i += 3) {
            jdbc.sql("INSERT INTO droit_questionnaire (jeton, code, libelle, montant_annuel) VALUES (:j, :c, :l, :m)")
                    .param("j", jeton).param("c", droits[i]).param("l", droits[i + 1])
                    .param("m", new java.math.BigDecimal(droits[i + 2])).update();
        }
        if (passageCle != null) {
            jdbc.sql("UPDATE passage SET questionnaire_jeton = :j WHERE cle = :c").param("j", jeton).param("c", passageCle).update();
        }
    }

    void passage(long atelier, String cle, String tables, boolean questionnaire, int droits, int demarches) {
        jdbc.sql("INSERT INTO passage (atelier_id, cle, nom, tables_visitees, questionnaire, droits_decouverts, demarches_faites, "
                        + "saisi_par, saisi_le) VALUES (:a, :cle, 'personne', :t, :q, :d, :dm, 'essai', :le)")
                .param("a", atelier).param("cle", cle).param("t", tables).param("q", questionnaire).param("d", droits)
                .param("dm", demarches).param("le", Instant.parse("2025-05-17T10:00:00Z").atOffset(ZoneOffset.UTC)).update();
    }

    long depistage(long lancePar, Instant le) {
        jdbc.sql("INSERT INTO proactif_depistage (source, format, statut, lance_par, lance_le, termine_le) "
                        + "VALUES ('essai.jsonl', 'JSON', 'TERMINE', :p, :le, :le)")
                .param("p", lancePar).param("le", le.atOffset(ZoneOffset.UTC)).update();
        return jdbc.sql("SELECT MAX(id) FROM proactif_depistage").query(Long.class).single();
    }

    long partition(long depistage, Instant finie) {
        jdbc.sql("INSERT INTO proactif_partition (depistage_id, numero, premiere_ligne, nombre_lignes, lignes, statut, finie_le) "
                        + "VALUES (:d, 1, 1, 1, '', 'FINIE', :le)")
                .param("d", depistage).param("le", finie.atOffset(ZoneOffset.UTC)).update();
        return jdbc.sql("SELECT MAX(id) FROM proactif_partition").query(Long.class).single();
    }

    void constat(long depistage, long partition, String identifiant, String departement, String nature, String prestation,
                 long montantAnnuelCentimes, Long compte) {
        jdbc.sql("INSERT INTO proactif_constat (depistage_id, partition_id, identifiant, menage, periode, departement, nature, "
                        + "prestation, montant_centimes, montant_annuel_centimes, compte_id, suite) "
                        + "VALUES (:d, :p, :i, :m, '2025-04', :dep, :n, :pr, :mc, :ma, :c, :s)")
                .param("d", depistage).param("p", partition).param("i", identifiant).param("m", identifiant.split("/")[0])
                .param("dep", departement).param("n", nature).param("pr", prestation).param("mc", montantAnnuelCentimes / 12)
                .param("ma", montantAnnuelCentimes).param("c", compte).param("s", compte == null ? "EXPORT" : "PREVENU").update();
    }

    void appelRecu(long structure, Instant le, boolean decroche) {
        jdbc.sql("INSERT INTO appel_recu (structure_id, recu_le, decroche, saisi_par) VALUES (:s, :le, :d, 'essai')")
                .param("s", structure).param("le", le.atOffset(ZoneOffset.UTC)).param("d", decroche).update();
    }

    void rappel(String cle, Instant demande, Instant faitLe) {
        jdbc.sql("INSERT INTO appel_a_passer (cle, personne_id, telephone, motif, avant_le, fait, cree_le, fait_le) "
                        + "VALUES (:cle, 1, '0600000000', 'essai', :avant, :fait, :le, :faitLe)")
                .param("cle", "observatoire-essai-" + cle).param("avant", LocalDate.of(2024, 5, 3)).param("fait", faitLe != null)
                .param("le", demande.atOffset(ZoneOffset.UTC)).param("faitLe", faitLe == null ? null : faitLe.atOffset(ZoneOffset.UTC))
                .update();
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

    /** Le droit est trouvé un an plus tôt, puis passe à son statut à la date donnée (seule celle-ci compte). */
    void droit(long dossier, String code, String libelle, double montant, String periodicite, String statut, Instant le) {
        dossiers.joindreDroit(dossier, code, libelle, montant, periodicite, le.minus(java.time.Duration.ofDays(365)));
        long id = dossiers.droits(dossier).stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow().id();
        dossiers.changerStatutDroit(dossier, id, StatutDroit.valueOf(statut), le);
    }

    void echange(long dossier, String canal, boolean regle, Instant le) {
        dossiers.ajouterEchange(dossier, new Echange(0, CanalEchange.valueOf(canal), "essai", le, "objet", regle));
    }

    void demarche(long dossier, String intitule, String statut, Instant le) {
        dossiers.ajouterDemarche(dossier, new DemarcheEnCours(0, intitule, "CAF", StatutDemarche.valueOf(statut), "suite",
                fr.passerelle.mandats.Perimetre.PRESTATIONS_SOCIALES), le);
    }

    int notifications;

    void notification(String canal, String statut, String raison) {
        var le = Instant.parse("2024-05-02T08:00:00Z").atOffset(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO notification (cle, personne_id, canal, destinataire, modele_code, modele_version, objet, corps, "
                        + "statut, raison, prevue_le, cree_le, mise_a_jour_le) VALUES (:cle, 1, :c, 'x', 'essai', 1, 'o', 'c', :s, :r, :le, :le, :le)")
                .param("cle", "observatoire-essai-" + (notifications++)).param("c", canal).param("s", statut).param("r", raison)
                .param("le", le).update();
    }

    void saisine(long structure, long dossier, long organisation, String type, Instant ouverte, Instant close) {
        jdbc.sql("INSERT INTO saisine (dossier_id, structure_id, aidant_id, aidant_nom, personne_nom, organisation_id, organisation_nom, "
                        + "type_organisation, perimetre, objet, blocage, tentatives, consentement_partage, etat, issue, ouverte_le, close_le) "
                        + "VALUES (:d, :s, 1, 'aidant', 'personne', :org, 'essai', :type, 'PRESTATIONS_SOCIALES', 'objet', 'blocage', "
                        + "'tentatives', TRUE, :etat, :issue, :o, :c)")
                .param("d", dossier).param("s", structure).param("org", organisation).param("type", type).param("etat", close == null ? "OUVERTE" : "CLOSE")
                .param("issue", close == null ? null : "RESOLUE").param("o", ouverte.atOffset(ZoneOffset.UTC))
                .param("c", close == null ? null : close.atOffset(ZoneOffset.UTC)).update();
    }
}
