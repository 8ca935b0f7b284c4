package fr.passerelle.dossiers.internal.domaine;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Diagnostic d'autonomie numérique : ce que la personne sait faire seule, et si un droit est sur le point d'être
 * perdu (échéance proche, renouvellement en retard).
 */
public record Diagnostic(Set<QuestionAutonomie> saitFaire, boolean droitMenace, String par, Instant le) {

    /** Au-dessous de ce nombre de savoir-faire, l'aidant fait pour la personne plutôt que de lui apprendre. */
    static final int SEUIL_APPRENTISSAGE = 3;

    public Diagnostic {
        saitFaire = saitFaire.isEmpty() ? EnumSet.noneOf(QuestionAutonomie.class) : EnumSet.copyOf(saitFaire);
        Objects.requireNonNull(par, "par");
        Objects.requireNonNull(le, "le");
    }

    public NiveauAutonomie niveau() {
        if (droitMenace) {
            return NiveauAutonomie.URGENCE_NUMERIQUE;
        }
        // Sans équipement, apprendre seule n'est pas possible tout de suite.
        if (saitFaire.size() < SEUIL_APPRENTISSAGE || !saitFaire.contains(QuestionAutonomie.EQUIPEMENT)) {
            return NiveauAutonomie.FAIRE_POUR;
        }
        return NiveauAutonomie.APPRENDRE_SEUL;
    }

    public boolean sait(QuestionAutonomie question) {
        return saitFaire.contains(question);
    }
}
