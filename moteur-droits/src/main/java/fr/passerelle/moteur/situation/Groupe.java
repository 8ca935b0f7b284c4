package fr.passerelle.moteur.situation;

/** Une liste d'indices d'individus sans allocation (parents d'une famille, déclarants d'un foyer…). */
public final class Groupe {

    private final int[] membres = new int[Situation.MAX_INDIVIDUS];
    private int taille;

    public int taille() {
        return taille;
    }

    public int get(int i) {
        return membres[i];
    }

    public void ajouter(int individu) {
        if (taille == membres.length) {
            throw new IllegalStateException("au plus " + membres.length + " personnes par groupe");
        }
        membres[taille++] = individu;
    }

    public boolean contient(int individu) {
        for (int i = 0; i < taille; i++) {
            if (membres[i] == individu) {
                return true;
            }
        }
        return false;
    }

    void vider() {
        taille = 0;
    }
}
