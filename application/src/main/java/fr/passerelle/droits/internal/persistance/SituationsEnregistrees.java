package fr.passerelle.droits.internal.persistance;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.passerelle.echeances.SituationDroitsModifiee;
import fr.passerelle.droits.internal.domaine.Questionnaire;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Les réponses enregistrées avec consentement, une situation par compte (table {@code situation_enregistree}).
 * Chaque enregistrement ou effacement publie {@link SituationDroitsModifiee} (l'échéancier se recalcule).
 */
@Repository
public class SituationsEnregistrees {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock horloge;
    private final ApplicationEventPublisher evenements;

    SituationsEnregistrees(JdbcClient jdbc, Clock horloge, ApplicationEventPublisher evenements) {
        this.jdbc = jdbc;
        this.horloge = horloge;
        this.evenements = evenements;
    }

    @Transactional
    public void enregistrer(long compteId, Questionnaire q) {
        ObjectNode json = JSON.createObjectNode();
        ObjectNode valeurs = json.putObject("valeurs");
        q.valeurs().forEach(valeurs::put);
        var enfants = json.putArray("agesEnfants");
        q.agesEnfants().forEach(enfants::add);
        String texte = JSON.writeValueAsString(json);
        Instant maintenant = Instant.now(horloge);
        int modifiees = jdbc.sql("UPDATE situation_enregistree SET reponses = :r, mise_a_jour_le = :m WHERE compte_id = :c")
                .param("r", texte).param("m", java.sql.Timestamp.from(maintenant)).param("c", compteId).update();
        if (modifiees == 0) {
            jdbc.sql("INSERT INTO situation_enregistree (compte_id, reponses, consentement_le, mise_a_jour_le) VALUES (:c, :r, :m, :m)")
                    .param("c", compteId).param("r", texte).param("m", java.sql.Timestamp.from(maintenant)).update();
        }
        evenements.publishEvent(new SituationDroitsModifiee(compteId, false));
    }

    /** Quand la situation a été enregistrée ou modifiée pour la dernière fois. */
    public Optional<Instant> enregistreeLe(long compteId) {
        return jdbc.sql("SELECT mise_a_jour_le FROM situation_enregistree WHERE compte_id = :c").param("c", compteId)
                .query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant);
    }

    public Optional<Questionnaire> lire(long compteId) {
        return jdbc.sql("SELECT reponses FROM situation_enregistree WHERE compte_id = :c").param("c", compteId)
                .query(String.class).optional().map(SituationsEnregistrees::questionnaire);
    }

    /** Une situation lue et la date de sa dernière mise à jour. */
    public record SituationLue(Questionnaire questionnaire, Instant misAJourLe) {
    }

    public Optional<SituationLue> lireDatee(long compteId) {
        return jdbc.sql("SELECT reponses, mise_a_jour_le FROM situation_enregistree WHERE compte_id = :c").param("c", compteId)
                .query((rs, i) -> new SituationLue(questionnaire(rs.getString(1)), rs.getTimestamp(2).toInstant())).optional();
    }

    /** Les comptes qui ont une situation enregistrée, par identifiant croissant. */
    public List<Long> comptes() {
        return jdbc.sql("SELECT compte_id FROM situation_enregistree ORDER BY compte_id").query(Long.class).list();
    }

    @Transactional
    public boolean effacer(long compteId) {
        boolean efface = jdbc.sql("DELETE FROM situation_enregistree WHERE compte_id = :c").param("c", compteId).update() > 0;
        if (efface) {
            evenements.publishEvent(new SituationDroitsModifiee(compteId, true));
        }
        return efface;
    }

    private static Questionnaire questionnaire(String texte) {
        JsonNode json = JSON.readTree(texte);
        Map<String, String> valeurs = new LinkedHashMap<>();
        json.path("valeurs").properties().forEach(e -> valeurs.put(e.getKey(), e.getValue().asString()));
        List<String> enfants = json.path("agesEnfants").valueStream().map(JsonNode::asString).toList();
        return Questionnaire.depuis(valeurs, enfants);
    }
}
