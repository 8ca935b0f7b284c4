package fr.passerelle.moteur.calcul;

/**
 * Ce que les formules racontent de leur calcul. La trace {@link #AUCUNE} ne garde rien : les formules
 * testent {@link #active()} avant de composer un libellé, pour que l'explication ne coûte rien quand
 * personne ne la demande.
 */
public interface Trace {

    boolean active();

    /** Une étape chiffrée : « Montant forfaitaire pour 1 adulte et 2 enfants », 1 163,74. */
    void etape(Variable variable, String libelle, double montant);

    /** Une condition d'ouverture du droit, remplie ou non, avec la raison lisible à voix haute. */
    void condition(Variable variable, String nom, boolean remplie, String raison);

    Trace AUCUNE = new Trace() {
        @Override
        public boolean active() {
            return false;
        }

        @Override
        public void etape(Variable variable, String libelle, double montant) {
        }

        @Override
        public void condition(Variable variable, String nom, boolean remplie, String raison) {
        }
    };
}
