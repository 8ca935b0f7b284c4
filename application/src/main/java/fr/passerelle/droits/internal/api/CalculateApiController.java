package fr.passerelle.droits.internal.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.passerelle.moteur.calcul.Calculateur;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.calcul.Resultats;
import fr.passerelle.moteur.calcul.Trace;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.openfisca.EntreeInvalide;
import fr.passerelle.moteur.openfisca.LecteurSituation;
import fr.passerelle.moteur.periode.Annee;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.periode.Periode;
import fr.passerelle.moteur.periode.PeriodeInvalide;
import fr.passerelle.moteur.situation.Situation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/v1/calculate}, comme l'API Web d'OpenFisca : la situation ({@code individus}, {@code familles},
 * {@code foyers_fiscaux}, {@code menages}) avec les variables demandées à {@code null} pour une période ; la
 * réponse est la même situation, valeurs remplies. Variables mensuelles : période mois ({@code 2025-01}) ;
 * variables annuelles ({@code ars}, {@code cheque_energie}, bourses) : année ({@code 2025}, calculée en janvier)
 * ou mois. La valeur rendue est celle du ménage entier (les situations ont en pratique une famille).
 */
@RestController
@Tag(name = "Calcul (compatible OpenFisca)")
class CalculateApiController {

    private static final List<String> ENTITES = List.of("individus", "familles", "foyers_fiscaux", "menages");

    private final Moteur moteur;
    private final LecteurSituation lecteur = new LecteurSituation();

    CalculateApiController(Moteur moteur) {
        this.moteur = moteur;
    }

    @Operation(summary = "Calcule les variables demandées (valeur null) d'une situation OpenFisca")
    @PostMapping(path = "/api/v1/calculate", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    JsonNode calculer(@RequestBody JsonNode situation) {
        if (situation == null || !situation.isObject()) {
            throw new EntreeInvalide(null, "situation", "un objet JSON est attendu");
        }
        ObjectNode reponse = ((ObjectNode) situation).deepCopy();
        Map<Mois, List<String[]>> parMois = new LinkedHashMap<>();
        for (String entite : ENTITES) {
            JsonNode ids = situation.get(entite);
            if (ids == null || !ids.isObject()) {
                continue;
            }
            for (Map.Entry<String, JsonNode> id : ids.properties()) {
                if (!id.getValue().isObject()) {
                    continue;
                }
                for (Map.Entry<String, JsonNode> var : id.getValue().properties()) {
                    Variable v = Variable.parNom(var.getKey());
                    if (v == null || !var.getValue().isObject()) {
                        continue;
                    }
                    for (Map.Entry<String, JsonNode> p : var.getValue().properties()) {
                        if (p.getValue().isNull()) {
                            String champ = entite + "." + id.getKey() + "." + var.getKey();
                            parMois.computeIfAbsent(mois(champ, v, p.getKey()), m -> new ArrayList<>())
                                    .add(new String[] {entite, id.getKey(), var.getKey(), p.getKey()});
                        }
                    }
                }
            }
        }
        if (parMois.isEmpty()) {
            throw new EntreeInvalide(null, "situation",
                    "aucune variable demandée : ajoutez par exemple \"rsa\": {\"2025-01\": null} à une famille");
        }
        Calculateur calculateur = moteur.calculateur();
        Situation s = new Situation();
        for (Map.Entry<Mois, List<String[]>> e : parMois.entrySet()) {
            lecteur.lire("situation", e.getKey(), situation, s);
            Resultats r = calculateur.calculer(s, Trace.AUCUNE);
            for (String[] d : e.getValue()) {
                Variable v = Variable.parNom(d[2]);
                ObjectNode valeurs = (ObjectNode) reponse.get(d[0]).get(d[1]).get(d[2]);
                if (v.booleenne()) {
                    valeurs.put(d[3], r.oui(v));
                } else {
                    valeurs.put(d[3], Math.round(r.get(v) * 100) / 100.0);
                }
            }
        }
        return reponse;
    }

    private static Mois mois(String champ, Variable v, String periode) {
        Periode p;
        try {
            p = Periode.analyser(periode);
        } catch (PeriodeInvalide e) {
            throw new EntreeInvalide(null, champ + " (" + periode + ")", e.getMessage());
        }
        if (p instanceof Mois m) {
            return m;
        }
        if (p instanceof Annee a && v.annuelle()) {
            return a.mois(1);
        }
        throw new EntreeInvalide(null, champ + " (" + periode + ")",
                "variable mensuelle : demandez un mois, par exemple " + (p instanceof Annee a ? a.mois(1) : "2025-01"));
    }
}
