package fr.passerelle.structures;

import java.util.Objects;

/** Une structure d'accompagnement (lieu où des aidants reçoivent le public). */
public record Structure(Long id, String nom, TypeStructure type, String commune, String codePostal) {

    public Structure {
        Objects.requireNonNull(nom, "nom");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(commune, "commune");
        if (codePostal == null || !codePostal.matches("\\d{5}")) {
            throw new IllegalArgumentException("Code postal invalide : " + codePostal);
        }
    }

    /** Département déduit du code postal (deux premiers chiffres ; suffisant pour la recherche de proximité). */
    public String departement() {
        return codePostal.substring(0, 2);
    }
}
