package fr.passerelle.observatoire.internal.domaine;

import java.util.List;
import java.util.Locale;

/**
 * Graphique en barres horizontales, écrit en SVG par le serveur (pas de JavaScript). Le SVG est une image
 * ({@code role="img"}) avec un titre ; les données exactes sont dans le tableau qui le suit et le résumé le précède.
 */
public final class GraphiqueSvg {

    public record Barre(String libelle, double valeur) {
    }

    private static final int LARGEUR = 720;
    private static final int MARGE_LIBELLE = 260;
    private static final int ZONE = 380;
    private static final int HAUTEUR_BARRE = 22;
    private static final int PAS = 30;

    private GraphiqueSvg() {
    }

    /**
     * @param maximum valeur de l'axe à droite (100 pour des pourcentages), ou 0 pour le plus grand des valeurs
     * @param cible  trait vertical d'objectif (par exemple 80 %), ou {@code null}
     */
    public static String barres(String id, String titre, List<Barre> barres, String unite, double maximum, Double cible) {
        double max = maximum > 0 ? maximum : barres.stream().mapToDouble(Barre::valeur).max().orElse(1);
        if (max <= 0) {
            max = 1;
        }
        int hauteur = Math.max(1, barres.size()) * PAS + 30;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-titre\" viewBox=\"0 0 ").append(LARGEUR).append(' ').append(hauteur)
                .append("\" width=\"100%\" class=\"observatoire-graphique\">");
        svg.append("<title id=\"").append(id).append("-titre\">").append(echapper(titre)).append("</title>");
        int y = 10;
        for (Barre b : barres) {
            int largeur = (int) Math.round(Math.max(0, b.valeur()) / max * ZONE);
            svg.append("<text x=\"").append(MARGE_LIBELLE - 8).append("\" y=\"").append(y + 16)
                    .append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#161616\">")
                    .append(echapper(court(b.libelle()))).append("</text>");
            svg.append("<rect x=\"").append(MARGE_LIBELLE).append("\" y=\"").append(y).append("\" width=\"").append(largeur)
                    .append("\" height=\"").append(HAUTEUR_BARRE).append("\" fill=\"#000091\"/>");
            svg.append("<text x=\"").append(MARGE_LIBELLE + largeur + 6).append("\" y=\"").append(y + 16)
                    .append("\" font-size=\"13\" fill=\"#161616\">").append(echapper(nombre(b.valeur()) + unite)).append("</text>");
            y += PAS;
        }
        if (cible != null) {
            int x = MARGE_LIBELLE + (int) Math.round(cible / max * ZONE);
            svg.append("<line x1=\"").append(x).append("\" y1=\"4\" x2=\"").append(x).append("\" y2=\"").append(y)
                    .append("\" stroke=\"#ce0500\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
            svg.append("<text x=\"").append(x + 4).append("\" y=\"").append(y + 16)
                    .append("\" font-size=\"13\" fill=\"#ce0500\">").append(echapper("cible " + nombre(cible) + unite))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String nombre(double v) {
        return v == Math.rint(v) ? String.format(Locale.FRANCE, "%,d", (long) v).replace('\u202f', ' ')
                : String.format(Locale.FRANCE, "%.1f", v);
    }

    private static String court(String s) {
        return s.length() > 38 ? s.substring(0, 37) + "…" : s;
    }

    static String echapper(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
