package fr.passerelle.droits.internal.domaine;

import java.util.ArrayList;
import java.util.List;

/** Les pages du questionnaire, dans l'ordre. Une page ne s'affiche que si les réponses la rendent nécessaire. */
public enum Etape {
    FOYER("foyer", "Vous et votre foyer"),
    FAMILLE("famille", "L'âge des personnes qui vivent avec vous"),
    REVENUS("revenus", "Vos revenus"),
    HANDICAP("handicap", "Handicap"),
    LOGEMENT("logement", "Votre logement"),
    LOYER("loyer", "Votre loyer");

    private final String segment;
    private final String titre;

    Etape(String segment, String titre) {
        this.segment = segment;
        this.titre = titre;
    }

    public String segment() {
        return segment;
    }

    public String titre() {
        return titre;
    }

    public static Etape parSegment(String segment) {
        for (Etape e : values()) {
            if (e.segment.equals(segment)) {
                return e;
            }
        }
        return null;
    }

    /** Cette page est-elle utile avec les réponses déjà données ? */
    public boolean utile(Questionnaire q) {
        return switch (this) {
            case FAMILLE -> q.enCouple() || q.nombreEnfantsDeclares() > 0;
            case LOYER -> q.locataire();
            default -> true;
        };
    }

    /** Les pages utiles, dans l'ordre. */
    public static List<Etape> parcours(Questionnaire q) {
        List<Etape> etapes = new ArrayList<>();
        for (Etape e : values()) {
            if (e.utile(q)) {
                etapes.add(e);
            }
        }
        return etapes;
    }
}
