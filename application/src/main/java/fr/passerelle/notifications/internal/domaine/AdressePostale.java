package fr.passerelle.notifications.internal.domaine;

import java.util.ArrayList;
import java.util.List;

/** Adresse postale française, dans l'ordre des lignes d'une enveloppe à fenêtre. */
public record AdressePostale(String nom, String ligne1, String ligne2, String codePostal, String commune) {

    public AdressePostale {
        nom = obligatoire("adresseNom", nom, "Indiquez le nom à écrire sur l'enveloppe.");
        ligne1 = obligatoire("adresseLigne1", ligne1, "Indiquez le numéro et la rue.");
        ligne2 = ligne2 == null || ligne2.isBlank() ? null : ligne2.strip();
        codePostal = obligatoire("adresseCodePostal", codePostal, "Indiquez le code postal.");
        if (!codePostal.matches("\\d{5}")) {
            throw new EntreeInvalide("adresseCodePostal", "Le code postal doit comporter 5 chiffres, par exemple 33130.");
        }
        commune = obligatoire("adresseCommune", commune, "Indiquez la commune.");
    }

    private static String obligatoire(String champ, String valeur, String raison) {
        if (valeur == null || valeur.isBlank()) {
            throw new EntreeInvalide(champ, raison);
        }
        if (valeur.strip().length() > 38) {
            // Norme postale : 38 caractères par ligne au plus.
            throw new EntreeInvalide(champ, "Une ligne d'adresse ne peut pas dépasser 38 caractères.");
        }
        return valeur.strip();
    }

    public List<String> lignes() {
        List<String> lignes = new ArrayList<>();
        lignes.add(nom);
        lignes.add(ligne1);
        if (ligne2 != null) {
            lignes.add(ligne2);
        }
        lignes.add(codePostal + " " + commune.toUpperCase(java.util.Locale.FRENCH));
        return lignes;
    }

    /** Les lignes séparées par des retours à la ligne (colonne « destinataire » d'une notification). */
    public String enUneLigne() {
        return String.join("\n", lignes());
    }
}
