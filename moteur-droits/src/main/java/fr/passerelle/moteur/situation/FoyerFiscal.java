package fr.passerelle.moteur.situation;

/** Le foyer fiscal : les déclarants et les personnes à charge d'une même déclaration de revenus. */
public final class FoyerFiscal {
    public String id;
    public final Groupe declarants = new Groupe();
    public final Groupe personnesACharge = new Groupe();

    void vider() {
        id = null;
        declarants.vider();
        personnesACharge.vider();
    }
}
