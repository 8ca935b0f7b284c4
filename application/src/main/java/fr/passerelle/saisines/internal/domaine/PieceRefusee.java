package fr.passerelle.saisines.internal.domaine;

/**
 * Pièce refusée : la raison pour l'aidant nomme le fichier ; le motif pour le journal ne le nomme pas (un nom de
 * fichier peut contenir le nom de la personne, et le journal ne garde aucune donnée personnelle).
 */
public class PieceRefusee extends SaisieRefusee {

    private final String motif;

    public PieceRefusee(String raison, String motif) {
        super("pieces", raison);
        this.motif = motif;
    }

    public String motif() {
        return motif;
    }
}
