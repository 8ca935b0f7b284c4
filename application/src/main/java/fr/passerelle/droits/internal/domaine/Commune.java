package fr.passerelle.droits.internal.domaine;

/** Une commune (code INSEE) et l'un de ses codes postaux, avec les coordonnées de son centre. */
public record Commune(String codeInsee, String codePostal, String nom, String departement,
                      double latitude, double longitude) {

    /** « Bègles (33130) ». */
    public String libelle() {
        return nom + " (" + codePostal + ")";
    }

    /** Identifiant d'un choix dans la liste : code INSEE et code postal (une commune peut en avoir plusieurs). */
    public String cle() {
        return codeInsee + "-" + codePostal;
    }
}
