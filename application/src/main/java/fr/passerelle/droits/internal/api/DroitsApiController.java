package fr.passerelle.droits.internal.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.passerelle.droits.internal.ServiceMesDroits;
import fr.passerelle.droits.internal.domaine.AideDeProximite.SiteProche;
import fr.passerelle.droits.internal.domaine.Commune;
import fr.passerelle.droits.internal.domaine.Demarche;
import fr.passerelle.droits.internal.domaine.DroitEstime;
import fr.passerelle.droits.internal.domaine.Estimation;
import fr.passerelle.droits.internal.domaine.Etape;
import fr.passerelle.droits.internal.domaine.Questionnaire;
import fr.passerelle.droits.internal.domaine.RepertoireCommunes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code POST /api/v1/droits} : les droits estimés avec leurs explications, les démarches et l'aide à proximité.
 * Les réponses passent par les mêmes vérifications que le questionnaire : mêmes messages, champ JSON nommé.
 */
@RestController
@Tag(name = "Mes droits")
class DroitsApiController {

    private final ServiceMesDroits service;
    private final RepertoireCommunes communes;

    DroitsApiController(ServiceMesDroits service, RepertoireCommunes communes) {
        this.service = service;
        this.communes = communes;
    }

    record Reponse(String mois, double totalMensuel, List<Droit> droits, List<Site> aideProximite, boolean aideLoin) {
    }

    record Droit(String code, String libelle, String verdict, String verdictLibelle, double montant,
                 String periodicite, boolean aPayer, List<String> pourquoi, String siCelaChange, Demarche demarche) {
    }

    record Site(String nom, String adresse, String codePostal, String commune, String telephone, double distanceKm,
                int minutes, String horairesDuJour, boolean plusDe30Minutes) {
    }

    @Operation(summary = "Estime les droits d'un foyer, avec pourquoi, que faire et où trouver de l'aide")
    @PostMapping(path = "/api/v1/droits", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Reponse droits(@RequestBody DemandeDroits demande) {
        Questionnaire q = new Questionnaire();
        Map<String, String> champs = remplir(q, demande);
        Map<String, String> erreurs = new LinkedHashMap<>();
        for (Etape e : Etape.parcours(q)) {
            q.verifier(e, communes).forEach((champ, message) ->
                    erreurs.putIfAbsent(champs.getOrDefault(champ, champ), message));
        }
        if (!erreurs.isEmpty()) {
            throw new ReponsesInvalides(erreurs);
        }
        for (Etape e : Etape.parcours(q)) {
            q.marquerValidee(e);
        }
        Estimation estimation = service.estimer(q.versFoyer(communes));
        List<Droit> droits = new ArrayList<>();
        for (DroitEstime d : estimation.droits()) {
            droits.add(new Droit(d.code(), d.libelle(), d.verdict().name(), d.verdict().libelle(), d.montant(),
                    d.annuel() ? "annuel" : "mensuel", d.aPayer(), d.pourquoi(), d.siCelaChange(),
                    estimation.demarches().get(d.code())));
        }
        List<Site> sites = new ArrayList<>();
        for (SiteProche p : estimation.sitesProches()) {
            sites.add(new Site(p.site().nom(), p.site().adresse(), p.site().codePostal(), p.site().commune(),
                    p.site().telephone(), Math.round(p.distanceKm() * 10) / 10.0, p.minutes(), p.horairesDuJour(), p.loin()));
        }
        return new Reponse(estimation.mois(), Math.round(estimation.totalMensuel() * 100) / 100.0, droits, sites,
                estimation.aideLoin());
    }

    /** Remplit le questionnaire ; rend la correspondance champ du questionnaire → champ JSON. */
    private Map<String, String> remplir(Questionnaire q, DemandeDroits d) {
        Map<String, String> champs = new LinkedHashMap<>();
        q.set("age", texte(d.age()));
        q.set("couple", d.conjoint() != null ? "oui" : "non");
        List<Integer> enfants = d.enfants() == null ? List.of() : d.enfants();
        q.set("enfants", Integer.toString(enfants.size()));
        champs.put("enfants", "enfants");
        for (int i = 0; i < enfants.size(); i++) {
            q.setAgeEnfant(i, texte(enfants.get(i)));
            champs.put("ageEnfant" + i, "enfants[" + i + "]");
        }
        revenus(q, d.revenus(), "", "revenus.", champs);
        q.set("handicap", d.handicap() == null ? "AUCUN" : d.handicap());
        if (d.conjoint() != null) {
            q.set("ageConjoint", texte(d.conjoint().age()));
            champs.put("ageConjoint", "conjoint.age");
            revenus(q, d.conjoint().revenus(), "Conjoint", "conjoint.revenus.", champs);
            q.set("handicapConjoint", d.conjoint().handicap() == null ? "AUCUN" : d.conjoint().handicap());
            champs.put("handicapConjoint", "conjoint.handicap");
        }
        q.set("logement", d.logement());
        q.set("loyer", texte(d.loyer()));
        if (d.codePostal() != null && !d.codePostal().isBlank()) {
            q.set("commune", d.codePostal());
            q.set("communeChoisie", d.codeInsee() == null ? "" : d.codeInsee() + "-" + d.codePostal().strip());
            champs.put("commune", "codePostal");
        } else if (d.codeInsee() != null) {
            Commune c = communes.parCodeInsee(d.codeInsee().strip()).orElse(null);
            q.set("commune", c == null ? d.codeInsee() : c.codePostal());
            q.set("communeChoisie", c == null ? "" : c.cle());
            champs.put("commune", "codeInsee");
        }
        q.resoudreCommune(communes);
        champs.put("communeChoisie", "codeInsee");
        return champs;
    }

    private static void revenus(Questionnaire q, DemandeDroits.Revenus r, String suffixe, String prefixe,
                                Map<String, String> champs) {
        DemandeDroits.Revenus v = r == null ? new DemandeDroits.Revenus(null, null, null, null) : r;
        q.set("salaire" + suffixe, texte(v.salaire()));
        q.set("retraite" + suffixe, texte(v.retraite()));
        q.set("chomage" + suffixe, texte(v.chomage()));
        q.set("pensionAlimentaire" + suffixe, texte(v.pensionAlimentaire()));
        for (String champ : Questionnaire.REVENUS) {
            champs.put(champ + suffixe, prefixe + champ);
        }
    }

    private static String texte(Number n) {
        if (n == null) {
            return "";
        }
        if (n instanceof Double d) {
            return d == Math.rint(d) && !d.isInfinite() ? Long.toString(d.longValue()) : String.format(java.util.Locale.ROOT, "%.2f", d);
        }
        return n.toString();
    }
}
