package fr.passerelle.droits;

import java.util.List;

/**
 * Couverture du territoire par les sites France services (table {@code france_services}, communes de
 * {@code donnees/communes.csv}) : pour chaque commune, le temps de trajet estimé jusqu'au site le plus proche,
 * calculé comme l'aide à proximité de « Mes droits ». Lu par l'observatoire (onglet « Territoires »).
 */
public interface CouvertureFranceServices {

    /** Au-delà de ce temps de trajet, une commune est dite éloignée d'un site France services. */
    int LOIN_MINUTES = 30;

    /** Une entrée par commune (code INSEE), calculée une fois au premier appel puis gardée en mémoire. */
    List<CommuneDesservie> communes();

    /** Une commune et le temps de trajet estimé (voiture) jusqu'au site France services le plus proche. */
    record CommuneDesservie(String codeInsee, String nom, String departement, int minutesDuSiteLePlusProche) {

        public boolean eloignee() {
            return minutesDuSiteLePlusProche > LOIN_MINUTES;
        }
    }
}
