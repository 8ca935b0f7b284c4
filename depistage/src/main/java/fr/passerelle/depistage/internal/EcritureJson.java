package fr.passerelle.depistage.internal;

import fr.passerelle.depistage.Attribution;
import fr.passerelle.depistage.Changement;
import fr.passerelle.depistage.Constat;
import fr.passerelle.depistage.Nature;
import fr.passerelle.depistage.Rejet;
import fr.passerelle.depistage.ResultatMenage;

import java.math.BigDecimal;

/**
 * Les lignes de sortie, écrites à la main (ordre des champs fixe, aucune allocation d'arbre JSON par ménage) :
 * la même ligne, octet pour octet, en embarqué et sur Spark.
 */
public final class EcritureJson {

    private EcritureJson() {
    }

    public static String constats(ResultatMenage r) {
        StringBuilder s = new StringBuilder(256);
        s.append("{\"menage\":");
        texte(s, r.menage());
        s.append(",\"periode\":\"").append(r.periode()).append("\",\"departement\":");
        texte(s, r.departement());
        for (Nature n : Nature.values()) {
            s.append(",\"").append(n.code()).append("\":[");
            boolean premier = true;
            for (Constat c : r.constats()) {
                if (c.nature() != n) {
                    continue;
                }
                if (!premier) {
                    s.append(',');
                }
                premier = false;
                s.append("{\"constat\":");
                texte(s, c.identifiant());
                s.append(",\"prestation\":\"").append(c.prestation().nom()).append("\",\"montant\":");
                euros(s, c.montantCentimes());
                s.append(",\"montant_annuel\":");
                euros(s, c.montantAnnuelCentimes());
                s.append('}');
            }
            s.append(']');
        }
        s.append(",\"attributions\":[");
        for (int i = 0; i < r.attributions().size(); i++) {
            Attribution a = r.attributions().get(i);
            if (i > 0) {
                s.append(',');
            }
            s.append("{\"constat\":");
            texte(s, a.identifiant());
            s.append(",\"prestation\":\"").append(a.prestation().nom()).append("\",\"regle\":");
            texte(s, a.regle());
            s.append('}');
        }
        return s.append("]}").toString();
    }

    public static String attribution(ResultatMenage r, Attribution a) {
        StringBuilder s = new StringBuilder(256);
        s.append("{\"constat\":");
        texte(s, a.identifiant());
        s.append(",\"menage\":");
        texte(s, r.menage());
        s.append(",\"periode\":\"").append(r.periode()).append("\",\"departement\":");
        texte(s, r.departement());
        s.append(",\"prestation\":\"").append(a.prestation().nom()).append("\",\"regle\":");
        texte(s, a.regle());
        s.append(",\"reference\":");
        texte(s, a.reference());
        return s.append('}').toString();
    }

    public static String rejet(Rejet r) {
        StringBuilder s = new StringBuilder(160);
        s.append("{\"ligne\":").append(r.ligne()).append(",\"menage\":");
        texte(s, r.menage());
        s.append(",\"champ\":");
        texte(s, r.champ());
        s.append(",\"raison\":");
        texte(s, r.raison());
        return s.append('}').toString();
    }

    public static String changement(Changement c) {
        StringBuilder s = new StringBuilder(200);
        s.append("{\"constat\":");
        texte(s, c.identifiant());
        s.append(",\"menage\":");
        texte(s, c.menage());
        s.append(",\"departement\":");
        texte(s, c.departement());
        s.append(",\"prestation\":\"").append(c.prestation().nom()).append("\",\"sens\":\"").append(c.sens().code()).append("\",\"avant\":");
        euros(s, c.avantCentimes());
        s.append(",\"apres\":");
        euros(s, c.apresCentimes());
        s.append(",\"difference_annuelle\":");
        euros(s, c.differenceAnnuelleCentimes());
        s.append(",\"percu\":").append(c.percu());
        return s.append('}').toString();
    }

    private static void euros(StringBuilder s, long centimes) {
        s.append(BigDecimal.valueOf(centimes, 2).toPlainString());
    }

    private static void texte(StringBuilder s, String t) {
        if (t == null) {
            s.append("null");
            return;
        }
        s.append('"');
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        s.append('"');
    }
}
