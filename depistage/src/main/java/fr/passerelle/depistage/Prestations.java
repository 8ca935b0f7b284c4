package fr.passerelle.depistage;

import fr.passerelle.moteur.calcul.Variable;

import java.util.List;

/**
 * Les prestations que le dépistage examine, sous les noms du moteur (ceux d'OpenFisca-France). Le détail des aides
 * au logement ({@code apl}, {@code als}, {@code alf}) n'est pas dépisté à part : {@code aide_logement} les contient.
 */
public final class Prestations {

    public static final List<Variable> DEPISTEES = List.of(
            Variable.RSA, Variable.PPA, Variable.AF, Variable.AIDE_LOGEMENT, Variable.AAH, Variable.ASF, Variable.CF,
            Variable.ARS, Variable.PAJE_BASE, Variable.CMU_C, Variable.CSS_PARTICIPATION_FORFAITAIRE,
            Variable.CHEQUE_ENERGIE, Variable.ASPA, Variable.BOURSE_COLLEGE, Variable.BOURSE_LYCEE);

    private Prestations() {
    }

    /** La prestation dépistée de ce nom, ou {@code null}. */
    public static Variable parNom(String nom) {
        Variable v = Variable.parNom(nom);
        return v != null && DEPISTEES.contains(v) ? v : null;
    }

    public static String nomsConnus() {
        return String.join(", ", DEPISTEES.stream().map(Variable::nom).toList());
    }

    /**
     * Un droit qui se compte en euros versés. La complémentaire santé solidaire gratuite est un droit oui/non, et le
     * montant de {@code css_participation_forfaitaire} est ce que la personne paie : ni l'une ni l'autre ne
     * s'additionnent aux montants versés de la synthèse.
     */
    public static boolean versee(Variable v) {
        return v != Variable.CMU_C && v != Variable.CSS_PARTICIPATION_FORFAITAIRE;
    }

    /** Montant annuel en centimes, depuis le montant du moteur (mensuel, ou annuel pour ARS, chèque énergie et bourses). */
    public static long annuelEnCentimes(Variable v, long centimes) {
        return v.annuelle() ? centimes : centimes * 12;
    }

    public static long enCentimes(double euros) {
        return Math.round(euros * 100);
    }
}
