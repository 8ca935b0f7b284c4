package fr.passerelle.ateliers.internal.domaine;

/** Un site France services réduit à ce que le classement utilise : son nom et sa position. */
public record PointFranceServices(int id, String nom, double latitude, double longitude) {
}
