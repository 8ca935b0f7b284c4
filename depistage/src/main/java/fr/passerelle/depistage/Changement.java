package fr.passerelle.depistage;

import fr.passerelle.moteur.calcul.Variable;

/**
 * Ce qu'un changement de législation (ou de date d'effet) fait au droit d'un ménage pour une prestation.
 * Montants en centimes, unité du moteur.
 */
public record Changement(String identifiant, String menage, String departement, Variable prestation, Sens sens,
                         long avantCentimes, long apresCentimes, boolean percu) {

    public enum Sens {
        DEVIENT_ELIGIBLE("devient_eligible"), DEVIENT_INELIGIBLE("devient_ineligible"), MONTANT_MODIFIE("montant_modifie");

        private final String code;

        Sens(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public long differenceAnnuelleCentimes() {
        return Prestations.versee(prestation) ? Prestations.annuelEnCentimes(prestation, apresCentimes - avantCentimes) : 0;
    }

    /** Les changements d'un ménage entre deux dépistages ; rien si aucun montant ne bouge. */
    public static java.util.List<Changement> entre(ResultatMenage avant, ResultatMenage apres, long[] percuCentimes) {
        java.util.List<Changement> changements = new java.util.ArrayList<>(2);
        for (Variable v : Prestations.DEPISTEES) {
            long a = avant.calcule(v);
            long b = apres.calcule(v);
            if (a == b) {
                continue;
            }
            Sens sens = a == 0 ? Sens.DEVIENT_ELIGIBLE : b == 0 ? Sens.DEVIENT_INELIGIBLE : Sens.MONTANT_MODIFIE;
            changements.add(new Changement(Constat.identifiant(apres.menage(), v, apres.periode()), apres.menage(), apres.departement(),
                    v, sens, a, b, percuCentimes[v.ordinal()] > 0));
        }
        return changements;
    }
}
