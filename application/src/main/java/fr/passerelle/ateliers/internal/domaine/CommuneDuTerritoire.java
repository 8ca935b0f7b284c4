package fr.passerelle.ateliers.internal.domaine;

import java.util.Objects;

/** Une commune de plein exercice : coordonnées de son centre, superficie, population (INSEE 2021). */
public record CommuneDuTerritoire(String code, String nom, String departement, double latitude, double longitude,
                                  double superficieKm2, int population) {

    public CommuneDuTerritoire {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nom, "nom");
        if (superficieKm2 <= 0) {
            throw new IllegalArgumentException("superficie nulle pour la commune " + code);
        }
    }

    /** Habitants au km². */
    public double densite() {
        return population / superficieKm2;
    }
}
