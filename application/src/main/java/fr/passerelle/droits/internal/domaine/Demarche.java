package fr.passerelle.droits.internal.domaine;

import java.util.List;

/**
 * Que faire pour demander un droit : l'organisme, la démarche (en ligne, par téléphone, au guichet), les pièces
 * à préparer, le numéro officiel. Données versionnées dans {@code donnees/demarches.yaml}, chacune avec sa source.
 */
public record Demarche(String code, String organisme, String commentFaire, String enLigne, String telephone,
                       String telephoneInfo, List<String> pieces, String source) {

    public Demarche {
        pieces = pieces == null ? List.of() : List.copyOf(pieces);
    }

    /** Numéro à composer ({@code tel:} sans espaces). */
    public String telephoneLien() {
        return telephone == null ? null : "tel:" + telephone.replace(" ", "");
    }
}
