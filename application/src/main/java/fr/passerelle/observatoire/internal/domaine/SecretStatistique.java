package fr.passerelle.observatoire.internal.domaine;

import java.util.ArrayList;
import java.util.List;

/**
 * Secret statistique de l'export open data : aucune cellule ne montre moins de {@link #SEUIL} personnes.
 *
 * <p>Secret primaire : toute cellule (marges comprises) sous le seuil est masquée. Secret secondaire : un tableau à
 * marges est un ensemble d'équations (chaque ligne et chaque colonne somme à sa marge) ; une équation où une seule
 * valeur est masquée la révèle par différence. Tant qu'une ligne ou une colonne (avec sa marge) a exactement une
 * cellule masquée, on masque aussi sa plus petite cellule visible. Le masque ne fait que grandir : ça s'arrête.
 */
public final class SecretStatistique {

    public static final int SEUIL = 11;

    private SecretStatistique() {
    }

    /**
     * Le tableau open data : une ligne par libellé, une colonne par catégorie, plus la colonne « Total » et la ligne
     * « Total » ; les cellules masquées valent {@code null}.
     */
    public static Tableau appliquer(String id, String titre, String resume, List<String> entetesLibelles,
                                    List<List<String>> libelles, List<String> categories, long[][] effectifs) {
        long[][] complet = avecMarges(effectifs, categories.size());
        boolean[][] masque = masque(complet);
        List<String> entetes = new ArrayList<>(entetesLibelles);
        entetes.addAll(categories);
        entetes.add("Total");
        List<List<Object>> lignes = new ArrayList<>();
        for (int i = 0; i < complet.length; i++) {
            List<Object> ligne = new ArrayList<>();
            if (i < libelles.size()) {
                ligne.addAll(libelles.get(i));
            } else {
                ligne.add("Total");
                for (int k = 1; k < entetesLibelles.size(); k++) {
                    ligne.add("");
                }
            }
            for (int j = 0; j < complet[i].length; j++) {
                ligne.add(masque[i][j] ? null : complet[i][j]);
            }
            lignes.add(ligne);
        }
        return new Tableau(id, titre, resume, entetes, lignes);
    }

    static long[][] avecMarges(long[][] effectifs, int colonnes) {
        int r = effectifs.length;
        long[][] m = new long[r + 1][colonnes + 1];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < colonnes; j++) {
                m[i][j] = effectifs[i][j];
                m[i][colonnes] += effectifs[i][j];
                m[r][j] += effectifs[i][j];
                m[r][colonnes] += effectifs[i][j];
            }
        }
        return m;
    }

    /** Le masque d'un tableau dont la dernière ligne et la dernière colonne sont les marges. */
    public static boolean[][] masque(long[][] m) {
        int lignes = m.length;
        int colonnes = m[0].length;
        boolean[][] masque = new boolean[lignes][colonnes];
        for (int i = 0; i < lignes; i++) {
            for (int j = 0; j < colonnes; j++) {
                masque[i][j] = m[i][j] < SEUIL;
            }
        }
        boolean change = true;
        while (change) {
            change = false;
            for (int i = 0; i < lignes; i++) {
                change |= completer(m, masque, i, -1);
            }
            for (int j = 0; j < colonnes; j++) {
                change |= completer(m, masque, -1, j);
            }
        }
        return masque;
    }

    /** Si l'équation (ligne {@code i} ou colonne {@code j}) n'a qu'une cellule masquée, masque sa plus petite visible. */
    private static boolean completer(long[][] m, boolean[][] masque, int i, int j) {
        int taille = i >= 0 ? m[0].length : m.length;
        int masquees = 0;
        int plusPetite = -1;
        for (int k = 0; k < taille; k++) {
            int li = i >= 0 ? i : k;
            int co = i >= 0 ? k : j;
            if (masque[li][co]) {
                masquees++;
            } else if (plusPetite < 0 || m[li][co] < m[i >= 0 ? i : plusPetite][i >= 0 ? plusPetite : j]) {
                plusPetite = k;
            }
        }
        if (masquees != 1 || plusPetite < 0) {
            return false;
        }
        masque[i >= 0 ? i : plusPetite][i >= 0 ? plusPetite : j] = true;
        return true;
    }
}
