package fr.passerelle.droits.internal.domaine;

import java.util.List;

/**
 * Un droit estimé pour le foyer.
 *
 * @param code nom de la variable OpenFisca ({@code rsa}, {@code aide_logement}…) ou {@code css}
 * @param montant montant estimé (mensuel, ou annuel si {@code annuel}) ; pour la complémentaire santé solidaire
 *                avec participation, ce que la personne paie par mois ({@code aPayer})
 * @param pourquoi deux à quatre phrases tirées de la trace du moteur
 * @param siCelaChange ce qui ouvrirait le droit (« si les revenus du travail baissent sous … »), ou {@code null}
 */
public record DroitEstime(String code, String libelle, Verdict verdict, double montant, boolean annuel,
                          boolean aPayer, List<String> pourquoi, String siCelaChange) {

    public DroitEstime {
        pourquoi = List.copyOf(pourquoi);
    }

    public String periodicite() {
        return annuel ? "par an" : "par mois";
    }

    public boolean avecMontant() {
        return verdict != Verdict.PAS_POUR_L_INSTANT && montant > 0;
    }
}
