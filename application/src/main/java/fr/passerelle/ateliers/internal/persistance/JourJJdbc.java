package fr.passerelle.ateliers.internal.persistance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import fr.passerelle.ateliers.internal.domaine.ResultatsAteliers;
import fr.passerelle.droits.DroitDecouvert;

/**
 * Les personnes vues le jour J (table passage, V51), les questionnaires pris en compte et les suivis créés (V90), et les
 * chiffres par atelier et par campagne.
 */
@Component
public class JourJJdbc {

    public record Passage(long atelierId, String cle, String nom, Long inscriptionId, String tablesVisitees,
                          boolean questionnaire, int droitsDecouverts, int demarchesFaites, String demarchesTexte,
                          String rendezVousExpert, String saisiPar, OffsetDateTime saisiLe, String questionnaireJeton) {

        public Passage(long atelierId, String cle, String nom, Long inscriptionId, String tablesVisitees, boolean questionnaire,
                       int droitsDecouverts, int demarchesFaites, String demarchesTexte, String rendezVousExpert,
                       String saisiPar, OffsetDateTime saisiLe) {
            this(atelierId, cle, nom, inscriptionId, tablesVisitees, questionnaire, droitsDecouverts, demarchesFaites,
                    demarchesTexte, rendezVousExpert, saisiPar, saisiLe, null);
        }
    }

    /** Le questionnaire « Mes droits » pris en compte sur la tablette, relié à une fiche par son jeton. */
    public record QuestionnairePris(String jeton, long atelierId, List<DroitDecouvert> droits) {

        public double montantAnnuel() {
            return droits.stream().mapToDouble(DroitDecouvert::montantAnnuel).sum();
        }

        /** « 3 droit(s) trouvé(s), 4 512 € par an estimés par le moteur ». */
        public String resume() {
            return droits.size() + " droit(s) trouvé(s), " + ResultatsAteliers.euros(BigDecimal.valueOf(montantAnnuel()))
                    + " par an estimés par le moteur";
        }

        public List<String> lignes() {
            return droits.stream().map(d -> d.libelle() + " : " + (d.montantAnnuel() > 0
                    ? ResultatsAteliers.euros(BigDecimal.valueOf(d.montantAnnuel())) + " par an" : "montant à vérifier")).toList();
        }
    }

    /** Un suivi créé dans le dossier d'une personne depuis le jour J. */
    public record SuiviLigne(long id, long atelierId, String passageCle, String nom, long dossierId, long demarcheId,
                             String intitule, String consentement, String creePar, Instant creeLe) {

        public String creeLeTexte() {
            return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(creeLe.atZone(java.time.ZoneId.of("Europe/Paris")));
        }
    }

    /** Personnes vues, droits découverts, démarches faites. */
    public record Chiffres(String libelle, int personnesVues, int droitsDecouverts, int demarchesFaites, int inscrits) {
    }

    private final JdbcClient jdbc;

    JourJJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Enregistre le passage ; un renvoi avec la même clé ne crée rien (lecture préalable, et contrainte
     * {@code passage_cle_unique} si deux renvois se croisent). @return vrai si le passage est nouveau
     */
    public boolean enregistrer(Passage p) {
        if (jdbc.sql("SELECT COUNT(*) FROM passage WHERE cle = ?").param(p.cle()).query(Integer.class).single() > 0) {
            return false;
        }
        try {
            jdbc.sql("""
                    INSERT INTO passage (atelier_id, cle, nom, inscription_id, tables_visitees, questionnaire, droits_decouverts,
                                         demarches_faites, demarches_texte, rendez_vous_expert, saisi_par, saisi_le,
                                         questionnaire_jeton)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(p.atelierId(), p.cle(), p.nom(), p.inscriptionId(), p.tablesVisitees(), p.questionnaire(),
                            p.droitsDecouverts(), p.demarchesFaites(), p.demarchesTexte(), p.rendezVousExpert(), p.saisiPar(),
                            p.saisiLe(), p.questionnaireJeton())
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public List<Passage> passages(long atelierId) {
        return jdbc.sql("SELECT * FROM passage WHERE atelier_id = ? ORDER BY saisi_le, id").param(atelierId)
                .query((rs, n) -> new Passage(rs.getLong("atelier_id"), rs.getString("cle"), rs.getString("nom"),
                        rs.getObject("inscription_id", Long.class), rs.getString("tables_visitees"), rs.getBoolean("questionnaire"),
                        rs.getInt("droits_decouverts"), rs.getInt("demarches_faites"), rs.getString("demarches_texte"),
                        rs.getString("rendez_vous_expert"), rs.getString("saisi_par"),
                        rs.getObject("saisi_le", OffsetDateTime.class), rs.getString("questionnaire_jeton"))).list();
    }

    public Optional<Passage> passage(long atelierId, String cle) {
        return passages(atelierId).stream().filter(p -> p.cle().equals(cle)).findFirst();
    }

    // Questionnaires pris en compte

    public void enregistrerQuestionnaire(String jeton, long atelierId, String prisPar, OffsetDateTime prisLe,
                                         List<DroitDecouvert> droits) {
        jdbc.sql("INSERT INTO questionnaire_atelier (jeton, atelier_id, pris_par, pris_le) VALUES (?, ?, ?, ?)")
                .params(jeton, atelierId, prisPar, prisLe).update();
        Map<String, DroitDecouvert> parCode = new LinkedHashMap<>();
        droits.forEach(d -> parCode.putIfAbsent(d.code(), d));
        for (DroitDecouvert d : parCode.values()) {
            jdbc.sql("INSERT INTO droit_questionnaire (jeton, code, libelle, montant_annuel) VALUES (?, ?, ?, ?)")
                    .params(jeton, d.code(), d.libelle().length() > 200 ? d.libelle().substring(0, 200) : d.libelle(),
                            BigDecimal.valueOf(d.montantAnnuel()).setScale(2, RoundingMode.HALF_UP)).update();
        }
    }

    public Optional<QuestionnairePris> questionnaire(String jeton) {
        return jdbc.sql("SELECT atelier_id FROM questionnaire_atelier WHERE jeton = ?").param(jeton).query(Long.class).optional()
                .map(atelier -> new QuestionnairePris(jeton, atelier, jdbc.sql(
                                "SELECT code, libelle, montant_annuel FROM droit_questionnaire WHERE jeton = ? ORDER BY code")
                        .param(jeton).query((rs, n) -> new DroitDecouvert(rs.getString("code"), rs.getString("libelle"),
                                rs.getBigDecimal("montant_annuel").doubleValue())).list()));
    }

    /** La clé de la fiche déjà reliée à ce questionnaire, s'il y en a une. */
    public Optional<String> ficheDuQuestionnaire(String jeton) {
        return jdbc.sql("SELECT cle FROM passage WHERE questionnaire_jeton = ?").param(jeton).query(String.class).optional();
    }

    // Suivis

    public long creerSuivi(long atelierId, String passageCle, long dossierId, long demarcheId, String intitule,
                           String consentement, String creePar, OffsetDateTime creeLe) {
        GeneratedKeyHolder cle = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO suivi_atelier (atelier_id, passage_cle, dossier_id, demarche_id, intitule, consentement, cree_par, cree_le)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(atelierId, passageCle, dossierId, demarcheId, intitule, consentement, creePar, creeLe).update(cle, "id");
        return cle.getKey().longValue();
    }

    public List<SuiviLigne> suivis(Collection<Long> atelierIds) {
        if (atelierIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT s.*, p.nom FROM suivi_atelier s JOIN passage p ON p.cle = s.passage_cle
                WHERE s.atelier_id IN (:ids) ORDER BY s.cree_le, s.id""")
                .param("ids", atelierIds)
                .query((rs, n) -> new SuiviLigne(rs.getLong("id"), rs.getLong("atelier_id"), rs.getString("passage_cle"),
                        rs.getString("nom"), rs.getLong("dossier_id"), rs.getLong("demarche_id"), rs.getString("intitule"),
                        rs.getString("consentement"), rs.getString("cree_par"),
                        rs.getObject("cree_le", OffsetDateTime.class).toInstant())).list();
    }

    // Résultats

    /** Ce que chaque fiche apporte aux résultats : droits saisis, droits et montant du questionnaire relié. */
    public List<ResultatsAteliers.Fiche> fiches(Collection<Long> atelierIds) {
        if (atelierIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT p.atelier_id, p.droits_decouverts, p.demarches_faites, p.questionnaire_jeton,
                       (SELECT COUNT(*) FROM droit_questionnaire d WHERE d.jeton = p.questionnaire_jeton) AS droits_questionnaire,
                       (SELECT COALESCE(SUM(d.montant_annuel), 0) FROM droit_questionnaire d WHERE d.jeton = p.questionnaire_jeton) AS montant
                FROM passage p WHERE p.atelier_id IN (:ids) ORDER BY p.id""")
                .param("ids", atelierIds)
                .query((rs, n) -> new ResultatsAteliers.Fiche(rs.getLong("atelier_id"), rs.getInt("droits_decouverts"),
                        rs.getString("questionnaire_jeton") == null ? null : rs.getInt("droits_questionnaire"),
                        rs.getBigDecimal("montant"), rs.getInt("demarches_faites"))).list();
    }

    /** Le nombre d'inscrits de chaque atelier. */
    public Map<Long, Integer> inscrits(Collection<Long> atelierIds) {
        Map<Long, Integer> inscrits = new java.util.HashMap<>();
        if (!atelierIds.isEmpty()) {
            jdbc.sql("SELECT atelier_id, COUNT(*) AS n FROM inscription WHERE atelier_id IN (:ids) GROUP BY atelier_id")
                    .param("ids", atelierIds).query((rs, n) -> inscrits.put(rs.getLong("atelier_id"), rs.getInt("n"))).list();
        }
        return inscrits;
    }

    public Chiffres chiffres(long atelierId) {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM passage WHERE atelier_id = ?) AS vues,
                       (SELECT COALESCE(SUM(droits_decouverts), 0) FROM passage WHERE atelier_id = ?) AS droits,
                       (SELECT COALESCE(SUM(demarches_faites), 0) FROM passage WHERE atelier_id = ?) AS demarches,
                       (SELECT COUNT(*) FROM inscription WHERE atelier_id = ?) AS inscrits""")
                .params(atelierId, atelierId, atelierId, atelierId)
                .query((rs, n) -> new Chiffres("Atelier", rs.getInt("vues"), rs.getInt("droits"), rs.getInt("demarches"),
                        rs.getInt("inscrits"))).single();
    }

    public List<Chiffres> chiffresParCampagne(int annee) {
        return jdbc.sql("""
                SELECT c.trimestre,
                       (SELECT COUNT(*) FROM passage p JOIN atelier a ON a.id = p.atelier_id WHERE a.campagne_id = c.id) AS vues,
                       (SELECT COALESCE(SUM(p.droits_decouverts), 0) FROM passage p JOIN atelier a ON a.id = p.atelier_id WHERE a.campagne_id = c.id) AS droits,
                       (SELECT COALESCE(SUM(p.demarches_faites), 0) FROM passage p JOIN atelier a ON a.id = p.atelier_id WHERE a.campagne_id = c.id) AS demarches,
                       (SELECT COUNT(*) FROM inscription i JOIN atelier a ON a.id = i.atelier_id WHERE a.campagne_id = c.id) AS inscrits
                FROM campagne c WHERE c.annee = ? ORDER BY c.trimestre""")
                .param(annee)
                .query((rs, n) -> new Chiffres("Trimestre " + rs.getInt("trimestre"), rs.getInt("vues"), rs.getInt("droits"),
                        rs.getInt("demarches"), rs.getInt("inscrits"))).list();
    }
}
