package fr.passerelle.echeances.internal.domaine;

import java.util.List;

/**
 * Règle d'échéance, lue depuis les données ({@code echeances/regles.yml}).
 *
 * @param calcul       {@code dates_fixes} (mois/jour chaque année), {@code date_saisie} (date saisie moins
 *                     {@code avanceJours}), {@code expiration} (date de fin d'une pièce moins {@code avanceJours})
 * @param condition    condition sur la situation (voir {@link Situation#remplit(String)})
 * @param dates        pour {@code dates_fixes} : « MM-JJ »
 * @param source       pour {@code date_saisie} : nom de la date ; pour {@code expiration} : type de pièce
 * @param rappels      jours avant l'échéance où envoyer un rappel
 */
public record Regle(String code, String titre, String calcul, String condition, List<String> dates, String source,
                    int avanceJours, String explication, String aPreparer, String organisme, List<Integer> rappels) {

    public Regle {
        dates = dates == null ? List.of() : List.copyOf(dates);
        rappels = rappels == null ? List.of() : List.copyOf(rappels);
        if (!List.of("dates_fixes", "date_saisie", "expiration").contains(calcul)) {
            throw new IllegalArgumentException("règle " + code + " : calcul inconnu " + calcul);
        }
    }
}
