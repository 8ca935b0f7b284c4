package fr.passerelle.depistage.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Le format plat (CSV, Parquet) : une ligne par ménage, colonnes nommées (ordre libre), voir
 * {@code docs/depistage/format.md}. Deux adultes au plus ({@code a1_…}, {@code a2_…}), six enfants au plus
 * ({@code e1_…} à {@code e6_…}).
 */
public final class FormatPlat {

    public static final int ADULTES = 2;
    public static final int ENFANTS = 6;
    public static final List<String> MENAGE = List.of("menage", "periode", "depcom", "statut_occupation_logement", "loyer", "couple", "percoit");
    public static final List<String> ADULTE = List.of("date_naissance", "activite", "salaire_n2", "salaire_n1", "salaire_n",
            "retraite_n2", "retraite_n1", "retraite_n", "taux_incapacite", "restriction_emploi");
    public static final List<String> ENFANT = List.of("date_naissance", "scolarite");
    public static final List<String> COLONNES = colonnes();

    private FormatPlat() {
    }

    private static List<String> colonnes() {
        List<String> c = new ArrayList<>(MENAGE);
        for (int a = 1; a <= ADULTES; a++) {
            for (String n : ADULTE) {
                c.add("a" + a + "_" + n);
            }
        }
        for (int e = 1; e <= ENFANTS; e++) {
            for (String n : ENFANT) {
                c.add("e" + e + "_" + n);
            }
        }
        return List.copyOf(c);
    }

    private static final java.util.Map<String, Integer> RANGS = rangs();

    private static java.util.Map<String, Integer> rangs() {
        java.util.Map<String, Integer> r = new java.util.HashMap<>();
        for (int i = 0; i < COLONNES.size(); i++) {
            r.put(COLONNES.get(i), i);
        }
        return r;
    }

    /** Rang de la colonne dans {@link #COLONNES}, -1 si elle n'est pas du format. */
    public static int rang(String colonne) {
        Integer r = RANGS.get(colonne);
        return r == null ? -1 : r;
    }

    public static String enTete() {
        return String.join(";", COLONNES);
    }

    /** Découpe une ligne CSV (séparateur « ; », guillemets doubles facultatifs, « "" » pour un guillemet). */
    public static String[] decouper(String ligne) {
        if (ligne.indexOf('"') < 0) {
            return decouperSansGuillemets(ligne);
        }
        List<String> champs = new ArrayList<>(COLONNES.size());
        StringBuilder courant = new StringBuilder();
        boolean entreGuillemets = false;
        for (int i = 0; i < ligne.length(); i++) {
            char c = ligne.charAt(i);
            if (entreGuillemets) {
                if (c == '"') {
                    if (i + 1 < ligne.length() && ligne.charAt(i + 1) == '"') {
                        courant.append('"');
                        i++;
                    } else {
                        entreGuillemets = false;
                    }
                } else {
                    courant.append(c);
                }
            } else if (c == '"') {
                entreGuillemets = true;
            } else if (c == ';') {
                champs.add(courant.toString());
                courant.setLength(0);
            } else {
                courant.append(c);
            }
        }
        if (entreGuillemets) {
            throw new fr.passerelle.moteur.openfisca.EntreeInvalide(null, "ligne", "guillemet ouvert non fermé");
        }
        champs.add(courant.toString());
        return champs.toArray(String[]::new);
    }

    private static String[] decouperSansGuillemets(String ligne) {
        int n = 1;
        for (int i = 0; i < ligne.length(); i++) {
            if (ligne.charAt(i) == ';') {
                n++;
            }
        }
        String[] champs = new String[n];
        int debut = 0;
        for (int k = 0; k < n; k++) {
            int fin = ligne.indexOf(';', debut);
            if (fin < 0) {
                fin = ligne.length();
            }
            champs[k] = ligne.substring(debut, fin);
            debut = fin + 1;
        }
        return champs;
    }
}
