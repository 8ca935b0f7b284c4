package fr.passerelle.moteur.situation;

/** La famille au sens des CAF : le ou les parents (allocataire et conjoint) et les enfants dont ils ont la charge. */
public final class Famille {
    public String id;
    public final Groupe parents = new Groupe();
    public final Groupe enfants = new Groupe();

    void vider() {
        id = null;
        parents.vider();
        enfants.vider();
    }
}
