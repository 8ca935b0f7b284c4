package fr.passerelle.droits.internal.domaine;

import java.util.List;
import java.util.Objects;

/**
 * Les réponses du questionnaire, vérifiées : la personne, son éventuel conjoint, ses enfants à charge,
 * leurs revenus, le logement et la commune. Aucune donnée d'identité (ni nom, ni adresse, ni date exacte).
 *
 * @param ageConjoint {@code null} pour une personne seule
 * @param loyer loyer mensuel hors charges (0 si la personne n'est pas locataire)
 */
public record Foyer(int age, Integer ageConjoint, List<Integer> agesEnfants,
                    RevenusMensuels revenus, RevenusMensuels revenusConjoint,
                    Handicap handicap, Handicap handicapConjoint,
                    Logement logement, double loyer, Commune commune) {

    public Foyer {
        Objects.requireNonNull(revenus);
        Objects.requireNonNull(logement);
        Objects.requireNonNull(commune);
        agesEnfants = List.copyOf(agesEnfants);
        if (revenusConjoint == null) {
            revenusConjoint = RevenusMensuels.AUCUN;
        }
        if (handicap == null) {
            handicap = Handicap.AUCUN;
        }
        if (handicapConjoint == null) {
            handicapConjoint = Handicap.AUCUN;
        }
    }

    public boolean enCouple() {
        return ageConjoint != null;
    }

    public int nombreEnfants() {
        return agesEnfants.size();
    }

    public double revenusDuTravail() {
        return revenus.salaireNet() + (enCouple() ? revenusConjoint.salaireNet() : 0);
    }

    /** Le même foyer, avec les revenus du travail de chacun multipliés par {@code facteur} (pour chercher un seuil). */
    public Foyer avecRevenusDuTravailMultipliesPar(double facteur) {
        return new Foyer(age, ageConjoint, agesEnfants, revenus.avecSalaire(revenus.salaireNet() * facteur),
                revenusConjoint.avecSalaire(revenusConjoint.salaireNet() * facteur), handicap, handicapConjoint,
                logement, loyer, commune);
    }
}
