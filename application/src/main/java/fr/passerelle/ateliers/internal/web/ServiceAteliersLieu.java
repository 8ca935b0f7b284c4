package fr.passerelle.ateliers.internal.web;

import fr.passerelle.ateliers.internal.persistance.AteliersJdbc.AtelierLigne;

/** Le lieu d'un atelier en une ligne, pour le public. */
final class ServiceAteliersLieu {

    private ServiceAteliersLieu() {
    }

    static String lieu(AtelierLigne a) {
        String commune = a.nomCommune() == null ? "lieu bientôt annoncé" : a.nomCommune();
        String type = a.typeLieu() == null ? "" : a.typeLieu().libelle() + " : ";
        return a.adresse() == null ? commune : type + a.adresse() + ", " + commune;
    }
}
