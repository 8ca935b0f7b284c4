package fr.passerelle.notifications.internal.domaine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texte à variables entre doubles parenthèses, comme GOV.UK Notify : « Bonjour ((prenom)) ». Les variables
 * sont vérifiées à la saisie du modèle, jamais découvertes au moment de l'envoi.
 */
public final class Gabarit {

    /** Variables que les modules savent fournir, avec un exemple pour la prévisualisation. */
    public static final Map<String, String> VARIABLES_CONNUES = Map.of(
            "prenom", "Camille",
            "demarche", "Déclaration trimestrielle de ressources (RSA)",
            "date", "lundi 15 juin 2026",
            "a_preparer", "vos bulletins de salaire des 3 derniers mois",
            "organisme", "CAF",
            "lieu", "France services de Bègles",
            "heure", "14 h 30",
            "telephone_aide", "05 56 00 00 00",
            "code", "042917");

    private static final Pattern VARIABLE = Pattern.compile("\\(\\(([^()]*)\\)\\)");

    private final String texte;

    private Gabarit(String texte) {
        this.texte = texte;
    }

    /** Vérifie le texte du champ : parenthèses équilibrées, variables connues. */
    public static Gabarit lire(String champ, String texte) {
        if (texte == null || texte.isBlank()) {
            throw new EntreeInvalide(champ, "Le texte est vide.");
        }
        Matcher m = VARIABLE.matcher(texte);
        List<String> inconnues = new ArrayList<>();
        while (m.find()) {
            String nom = m.group(1).strip();
            if (!VARIABLES_CONNUES.containsKey(nom)) {
                inconnues.add("((" + m.group(1) + "))");
            }
        }
        if (!inconnues.isEmpty()) {
            throw new EntreeInvalide(champ, (inconnues.size() == 1 ? "La variable " + inconnues.get(0) + " n'existe pas. "
                    : "Les variables " + String.join(", ", inconnues) + " n'existent pas. ")
                    + "Variables possibles : " + String.join(", ", VARIABLES_CONNUES.keySet().stream().sorted()
                    .map(v -> "((" + v + "))").toList()) + ".");
        }
        String reste = m.replaceAll("");
        if (reste.contains("((") || reste.contains("))")) {
            throw new EntreeInvalide(champ, "Une variable est mal fermée : écrivez-la entre doubles parenthèses, "
                    + "par exemple ((prenom)).");
        }
        return new Gabarit(texte);
    }

    public Set<String> variables() {
        Set<String> noms = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(texte);
        while (m.find()) {
            noms.add(m.group(1).strip());
        }
        return noms;
    }

    /** Remplace chaque variable ; une variable sans valeur fournie est une erreur de l'appelant. */
    public String remplir(Map<String, String> valeurs) {
        Matcher m = VARIABLE.matcher(texte);
        StringBuilder sortie = new StringBuilder();
        while (m.find()) {
            String nom = m.group(1).strip();
            String valeur = valeurs.get(nom);
            if (valeur == null) {
                throw new IllegalArgumentException("valeur manquante pour la variable ((" + nom + "))");
            }
            m.appendReplacement(sortie, Matcher.quoteReplacement(valeur));
        }
        m.appendTail(sortie);
        return sortie.toString();
    }

    /** Aperçu avec les valeurs d'exemple. */
    public String apercu() {
        return remplir(VARIABLES_CONNUES);
    }

    public String texte() {
        return texte;
    }
}
