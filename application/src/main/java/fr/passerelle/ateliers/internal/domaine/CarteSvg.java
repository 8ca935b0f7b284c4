package fr.passerelle.ateliers.internal.domaine;

import java.util.List;
import java.util.Locale;

/**
 * Carte SVG, générée côté serveur (sans JavaScript), des communes classées : un point par commune, rouge pour une
 * zone blanche, bleu sinon, plus gros pour les dix premières. Projection équirectangulaire corrigée de la latitude
 * moyenne, cadrée sur les communes montrées. Elle a un titre et une description ; la liste équivalente est le
 * tableau de la page.
 */
public final class CarteSvg {

    private static final int LARGEUR = 640;
    private static final int HAUTEUR = 640;
    private static final int MARGE = 16;

    private CarteSvg() {
    }

    public static String dessiner(List<CommuneClassee> communes, String titre) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(LARGEUR).append(' ').append(HAUTEUR)
                .append("\" width=\"").append(LARGEUR).append("\" height=\"").append(HAUTEUR)
                .append("\" role=\"img\" aria-labelledby=\"titre description\">\n")
                .append("<title id=\"titre\">").append(echapper(titre)).append("</title>\n")
                .append("<desc id=\"description\">").append(communes.size())
                .append(" communes : points rouges pour les zones blanches (plus de 30 minutes d'un France services), bleus sinon.")
                .append(" La même liste est donnée sous forme de tableau sur la page.</desc>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#f6f6f6\"/>\n");
        if (communes.isEmpty()) {
            return svg.append("</svg>\n").toString();
        }
        double minLat = Double.MAX_VALUE, maxLat = -Double.MAX_VALUE, minLon = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE;
        for (CommuneClassee c : communes) {
            minLat = Math.min(minLat, c.commune().latitude());
            maxLat = Math.max(maxLat, c.commune().latitude());
            minLon = Math.min(minLon, c.commune().longitude());
            maxLon = Math.max(maxLon, c.commune().longitude());
        }
        double cosinus = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double etendueX = Math.max(0.05, (maxLon - minLon) * cosinus);
        double etendueY = Math.max(0.05, maxLat - minLat);
        double echelle = Math.min((LARGEUR - 2 * MARGE) / etendueX, (HAUTEUR - 2 * MARGE) / etendueY);
        for (int i = communes.size() - 1; i >= 0; i--) {
            CommuneClassee c = communes.get(i);
            double x = MARGE + (c.commune().longitude() - minLon) * cosinus * echelle;
            double y = HAUTEUR - MARGE - (c.commune().latitude() - minLat) * echelle;
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"%s\"><title>%s</title></circle>%n",
                    x, y, c.rang() <= 10 || i < 10 ? 6 : 3, c.zoneBlanche() ? "#ce0500" : "#000091",
                    echapper(c.rang() + ". " + c.commune().nom() + " (" + c.commune().departement() + ") : " + c.raisons())));
        }
        return svg.append("</svg>\n").toString();
    }

    static String echapper(String texte) {
        return texte.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
