package fr.passerelle.proactif.internal.domaine;

import java.util.ArrayList;
import java.util.List;

/**
 * Le découpage d'un fichier de population en partitions de lignes consécutives. Les numéros de ligne restent ceux
 * du fichier (en-tête CSV = ligne 1), pour que les rejets nomment la bonne ligne.
 */
public final class Decoupage {

    /** Les lignes d'une partition et le numéro, dans le fichier, de la première. */
    public record Morceau(long premiereLigne, List<String> lignes) {
    }

    private Decoupage() {
    }

    /**
     * @param lignes       toutes les lignes du fichier
     * @param avecEntete   la première ligne est un en-tête (CSV) : elle n'entre dans aucune partition
     * @param taille       nombre de lignes par partition (au moins 1)
     */
    public static List<Morceau> decouper(List<String> lignes, boolean avecEntete, int taille) {
        if (taille < 1) {
            throw new IllegalArgumentException("taille de partition : au moins 1 ligne (reçu " + taille + ")");
        }
        List<Morceau> morceaux = new ArrayList<>();
        int debut = avecEntete ? 1 : 0;
        for (int i = debut; i < lignes.size(); i += taille) {
            morceaux.add(new Morceau(i + 1L, List.copyOf(lignes.subList(i, Math.min(lignes.size(), i + taille)))));
        }
        return morceaux;
    }
}
