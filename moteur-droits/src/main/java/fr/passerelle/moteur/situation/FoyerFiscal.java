package fr.passerelle.moteur.situation;

/** Le foyer fiscal : les déclarants et les personnes à charge d'une même déclaration de revenus. */
public final class FoyerFiscal {
    public String id;
    public final Groupe declarants = new Groupe();
    public final Groupe personnesACharge = new Groupe();
    /** Revenu fiscal de référence déjà calculé, par année de la fenêtre (NaN : pas encore calculé). */
    public final double[] memoRevenuFiscalDeReference = new double[Fenetre.ANNEES];

    FoyerFiscal() {
        oublierCalculs();
    }

    void oublierCalculs() {
        java.util.Arrays.fill(memoRevenuFiscalDeReference, Double.NaN);
    }

    void vider() {
        id = null;
        declarants.vider();
        personnesACharge.vider();
        oublierCalculs();
    }
}
