package fr.passerelle.structures.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Formulaire « Trouver un lieu d'accompagnement près de chez moi » (les valeurs saisies sont réaffichées). */
public class RechercheStructureFormulaire {

    @NotBlank(message = "Code postal : indiquez le code postal de votre commune, par exemple 33130.")
    @Pattern(regexp = "\\s*(\\d{5})?\\s*",
            message = "Code postal : le code postal doit comporter exactement 5 chiffres, par exemple 33130.")
    private String codePostal;

    private String type;

    public String getCodePostal() {
        return codePostal;
    }

    public void setCodePostal(String codePostal) {
        this.codePostal = codePostal;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    String codePostalNormalise() {
        return codePostal == null ? "" : codePostal.strip();
    }
}
