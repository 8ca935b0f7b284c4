package fr.passerelle.droits.internal.domaine;

/**
 * Ce qu'une personne reçoit chaque mois, en euros, comme elle le lit sur son compte ou ses relevés.
 *
 * @param salaireNet revenus du travail, nets (ce qui arrive sur le compte)
 * @param retraite pensions de retraite et d'invalidité
 * @param chomage allocations chômage
 * @param pensionAlimentaire pension alimentaire reçue
 */
public record RevenusMensuels(double salaireNet, double retraite, double chomage, double pensionAlimentaire) {

    public static final RevenusMensuels AUCUN = new RevenusMensuels(0, 0, 0, 0);

    public double total() {
        return salaireNet + retraite + chomage + pensionAlimentaire;
    }

    public RevenusMensuels avecSalaire(double salaire) {
        return new RevenusMensuels(salaire, retraite, chomage, pensionAlimentaire);
    }
}
