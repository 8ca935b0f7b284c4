package fr.passerelle.proactif.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import fr.passerelle.depistage.Prestations;
import fr.passerelle.proactif.internal.domaine.ConstatLu;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lit une ligne d'un fichier de constats déjà calculés ({@code constats.jsonl} de {@code bin/depistage depiste}, ou
 * les lignes {@code nature=constats} du job Spark ; format : {@code docs/depistage/format.md}) et la vérifie. Une
 * ligne fautive est refusée en entier avec le champ et la raison : le ménage est mis de côté, la lecture continue.
 */
public final class LectureConstats {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern MOIS = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");
    private static final String[][] NATURES = {{"a_demander", "A_DEMANDER"}, {"a_verifier", "A_VERIFIER"}, {"attributions", "ATTRIBUTION"}};

    /** Une ligne lue : ses constats, ou le champ fautif et la raison. */
    public sealed interface Lue {
        record Constats(String menage, List<ConstatLu> constats) implements Lue {
        }

        record Refusee(String menage, String champ, String raison) implements Lue {
        }
    }

    private LectureConstats() {
    }

    public static Lue lire(String ligne) {
        JsonNode n;
        try {
            n = JSON.readTree(ligne);
        } catch (JacksonException e) {
            return new Lue.Refusee(null, "ligne", "ce n'est pas un objet JSON lisible (" + premiereLigne(e.getOriginalMessage()) + ")");
        }
        if (n == null || !n.isObject()) {
            return new Lue.Refusee(null, "ligne", "ce n'est pas un objet JSON (une ligne = un ménage et ses constats)");
        }
        JsonNode menageLu = n.get("menage");
        if (menageLu == null || !menageLu.isString() || menageLu.asString().isBlank()) {
            return new Lue.Refusee(null, "menage", "obligatoire : l'identifiant du ménage (texte)");
        }
        String menage = menageLu.asString();
        if (menage.length() > 100 || menage.contains("/")) {
            return new Lue.Refusee(null, "menage", "1 à 100 caractères, sans « / » (reçu « " + court(menage) + " »)");
        }
        JsonNode periodeLue = n.get("periode");
        if (periodeLue == null || !periodeLue.isString() || !MOIS.matcher(periodeLue.asString()).matches()) {
            return new Lue.Refusee(menage, "periode", "obligatoire, sous la forme AAAA-MM (reçu " + recu(periodeLue) + ")");
        }
        String periode = periodeLue.asString();
        JsonNode departementLu = n.get("departement");
        if (departementLu == null || !departementLu.isString() || departementLu.asString().isBlank()
                || departementLu.asString().length() > 10) {
            return new Lue.Refusee(menage, "departement", "obligatoire : 2 ou 3 caractères (« 33 », « 971 », « 2A ») ou « inconnu » (reçu "
                    + recu(departementLu) + ")");
        }
        String departement = departementLu.asString();
        List<ConstatLu> constats = new ArrayList<>();
        for (String[] nature : NATURES) {
            JsonNode liste = n.get(nature[0]);
            if (liste == null || liste.isNull()) {
                continue;
            }
            if (!liste.isArray()) {
                return new Lue.Refusee(menage, nature[0], "doit être une liste de constats");
            }
            for (int i = 0; i < liste.size(); i++) {
                String chemin = nature[0] + "[" + i + "]";
                JsonNode c = liste.get(i);
                if (!c.isObject()) {
                    return new Lue.Refusee(menage, chemin, "doit être un objet {constat, prestation, …}");
                }
                JsonNode prestationLue = c.get("prestation");
                String prestation = prestationLue != null && prestationLue.isString() ? prestationLue.asString() : null;
                if (prestation == null || Prestations.parNom(prestation) == null) {
                    return new Lue.Refusee(menage, chemin + ".prestation", "prestation inconnue (reçu " + recu(prestationLue)
                            + " ; connues : " + Prestations.nomsConnus() + ")");
                }
                String attendu = menage + "/" + prestation + "/" + periode;
                JsonNode identifiant = c.get("constat");
                if (identifiant == null || !identifiant.isString() || !identifiant.asString().equals(attendu)) {
                    return new Lue.Refusee(menage, chemin + ".constat", "doit être « " + attendu + " » (ménage/prestation/mois ; reçu "
                            + recu(identifiant) + ")");
                }
                long montant = 0;
                long annuel = 0;
                String regle = null;
                if ("ATTRIBUTION".equals(nature[1])) {
                    JsonNode r = c.get("regle");
                    if (r == null || !r.isString() || r.asString().isBlank() || r.asString().length() > 100) {
                        return new Lue.Refusee(menage, chemin + ".regle", "obligatoire pour une attribution : l'identifiant de la règle (reçu "
                                + recu(r) + ")");
                    }
                    regle = r.asString();
                } else {
                    Long m = centimes(c.get("montant"));
                    if (m == null) {
                        return new Lue.Refusee(menage, chemin + ".montant", "obligatoire : un nombre positif ou nul en euros, point décimal (reçu "
                                + recu(c.get("montant")) + ")");
                    }
                    Long a = centimes(c.get("montant_annuel"));
                    if (a == null) {
                        return new Lue.Refusee(menage, chemin + ".montant_annuel", "obligatoire : un nombre positif ou nul en euros (reçu "
                                + recu(c.get("montant_annuel")) + ")");
                    }
                    montant = m;
                    annuel = a;
                }
                constats.add(new ConstatLu(attendu, menage, periode, departement, nature[1], prestation, montant, annuel, regle));
            }
        }
        if (constats.isEmpty()) {
            return new Lue.Refusee(menage, "a_demander", "aucun constat sur la ligne (a_demander, a_verifier et attributions vides)");
        }
        if (constats.stream().map(ConstatLu::identifiant).distinct().count() < constats.size()) {
            return new Lue.Refusee(menage, "constat", "le même constat (ménage/prestation/mois) figure deux fois sur la ligne");
        }
        return new Lue.Constats(menage, constats);
    }

    private static Long centimes(JsonNode montant) {
        if (montant == null || !montant.isNumber()) {
            return null;
        }
        BigDecimal euros = montant.decimalValue();
        if (euros.signum() < 0 || euros.compareTo(BigDecimal.valueOf(10_000_000)) > 0) {
            return null;
        }
        return euros.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static String recu(JsonNode valeur) {
        return valeur == null || valeur.isMissingNode() ? "rien" : "« " + court(valeur.toString()) + " »";
    }

    private static String court(String texte) {
        return texte.length() > 60 ? texte.substring(0, 60) + "…" : texte;
    }

    private static String premiereLigne(String message) {
        String m = message == null ? "" : message.strip();
        int fin = m.indexOf('\n');
        return court(fin > 0 ? m.substring(0, fin) : m);
    }
}
