package fr.passerelle.depistage;

import fr.passerelle.moteur.periode.Mois;

/**
 * Les réglages d'un dépistage. {@code date} impose le mois de calcul à tous les ménages (nul : le mois de chaque
 * ménage) ; {@code dateComparee} non nul demande une comparaison (qui devient éligible ou inéligible entre
 * {@code date} et {@code dateComparee}) au lieu des constats.
 */
public record OptionsDepistage(FormatEntree format, Mois date, Mois dateComparee, ReglesAttribution regles) {

    public OptionsDepistage {
        if (dateComparee != null && date == null) {
            throw new IllegalArgumentException("une comparaison demande deux dates (--date et --comparer-a)");
        }
        if (regles == null) {
            throw new IllegalArgumentException("règles d'attribution absentes");
        }
    }

    public static OptionsDepistage simple(FormatEntree format) {
        return new OptionsDepistage(format, null, null, ReglesAttribution.parDefaut());
    }
}
