package fr.passerelle.depistage.internal;

import fr.passerelle.moteur.openfisca.EntreeInvalide;
import fr.passerelle.moteur.openfisca.LecteurSituation;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.periode.PeriodeInvalide;
import fr.passerelle.moteur.situation.Situation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * Une ligne JSON : {@code {"id", "period", "situation", "percoit"}} — la ligne de {@code bin/droits calcul}
 * (situation au format de l'API Web d'OpenFisca) et ce que le ménage perçoit déjà
 * ({@code {"rsa": 607.75, "cmu_c": 1}}, unité du moteur). Les autres champs de premier niveau sont ignorés
 * (les cas de référence portent {@code profile} et {@code outputs}).
 */
public final class LectureJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LecteurSituation lecteur = new LecteurSituation();

    /** Lit la ligne et remplit {@code travail} au mois du ménage : une entrée fautive est refusée avant tout calcul. */
    public MenageLu lire(String ligne, long numero, Situation travail) {
        JsonNode entree;
        try {
            entree = JSON.readTree(ligne);
        } catch (JacksonException e) {
            throw new EntreeInvalide(null, "ligne", "JSON illisible : " + e.getOriginalMessage());
        }
        if (entree == null || !entree.isObject()) {
            throw new EntreeInvalide(null, "ligne", "un objet JSON est attendu");
        }
        JsonNode noeudId = entree.get("id");
        if (noeudId != null && !noeudId.isString()) {
            throw new EntreeInvalide(null, "id", "une chaîne est attendue");
        }
        String id = Identifiants.verifier(noeudId == null ? null : noeudId.asString(), "id", numero);
        Mois periode;
        try {
            periode = Mois.de(entree.path("period").asString(null));
        } catch (PeriodeInvalide | NullPointerException e) {
            throw new EntreeInvalide(id, "period", "mois AAAA-MM attendu (" + e.getMessage() + ")");
        }
        JsonNode situation = entree.get("situation");
        if (situation == null || !situation.isObject()) {
            throw new EntreeInvalide(id, "situation", "un objet JSON est attendu");
        }
        long[] percus = Percus.vide();
        JsonNode percoit = entree.get("percoit");
        if (percoit != null && !percoit.isNull()) {
            if (!percoit.isObject()) {
                throw new EntreeInvalide(id, "percoit", "un objet {\"prestation\": montant} est attendu");
            }
            for (Map.Entry<String, JsonNode> p : percoit.properties()) {
                JsonNode valeur = p.getValue();
                double montant;
                if (valeur.isBoolean()) {
                    montant = valeur.asBoolean() ? 0.01 : 0;
                } else if (valeur.isNumber()) {
                    montant = valeur.asDouble();
                } else {
                    throw new EntreeInvalide(id, "percoit." + p.getKey(), "un montant (nombre) est attendu");
                }
                Percus.ajouter(percus, id, "percoit", p.getKey(), montant);
            }
        }
        lecteur.lire(id, periode, situation, travail);
        String departement = MenageLu.departement(travail.nombreMenages() > 0 ? travail.menage(0).depcom : null);
        return new MenageJson(id, periode, departement, percus, situation, lecteur, travail);
    }

    private static final class MenageJson extends MenageLu {
        private final JsonNode situation;
        private final LecteurSituation lecteur;
        private Situation chargee;
        private Mois moisCharge;

        MenageJson(String id, Mois periode, String departement, long[] percus, JsonNode situation, LecteurSituation lecteur, Situation chargee) {
            super(id, periode, departement, percus);
            this.situation = situation;
            this.lecteur = lecteur;
            this.chargee = chargee;
            this.moisCharge = periode;
        }

        @Override
        public void charger(Mois mois, Situation cible) {
            if (cible == chargee && mois.equals(moisCharge)) {
                return;
            }
            lecteur.lire(id, mois, situation, cible);
            chargee = cible;
            moisCharge = mois;
        }
    }
}
