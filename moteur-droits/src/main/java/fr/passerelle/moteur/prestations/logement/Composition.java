package fr.passerelle.moteur.prestations.logement;

/**
 * La composition du ménage telle que la lisent les barèmes des aides au logement : isolé ou couple,
 * et nombre de personnes à charge. Les barèmes ont une colonne « isolé », une « couple sans personne à
 * charge », puis des colonnes par nombre de personnes à charge (isolé ou couple indifféremment).
 */
final class Composition {

    private Composition() {
    }

    /** Libellé lisible : « personne seule », « couple », « 2 personnes à charge ». */
    static String libelle(boolean couple, int personnesACharge) {
        // « personne seule sans personne à charge », « couple avec 2 personnes à charge »
        if (personnesACharge == 0) {
            return couple ? "couple sans personne à charge" : "personne seule sans personne à charge";
        }
        return (couple ? "couple" : "personne seule") + " avec " + personnesACharge
                + (personnesACharge == 1 ? " personne à charge" : " personnes à charge");
    }
}
