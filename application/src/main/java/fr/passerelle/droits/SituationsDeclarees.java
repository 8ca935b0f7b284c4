package fr.passerelle.droits;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Situation;

/**
 * Les situations « Mes droits » que les personnes ont enregistrées avec leur consentement, lues pour dépister leurs
 * droits (administration proactive). Seules les réponses du questionnaire sont exposées, sous la forme d'une
 * situation du moteur : ni nom ni identité. Une situation effacée par la personne n'est plus lue.
 */
public interface SituationsDeclarees {

    /** Les comptes qui ont une situation enregistrée, par identifiant croissant. */
    List<Long> comptes();

    /** La situation enregistrée de ce compte, si elle existe et si le questionnaire est complet. */
    Optional<SituationDeclaree> de(long compteUsagerId);

    /**
     * Une situation déclarée, prête à être chargée dans le moteur pour un mois donné.
     *
     * @param codeCommune code INSEE de la commune déclarée
     * @param misAJourLe  dernière mise à jour par la personne
     */
    record SituationDeclaree(long compteUsagerId, String codeCommune, Instant misAJourLe, Chargement chargement) {

        public SituationDeclaree {
            Objects.requireNonNull(codeCommune, "codeCommune");
            Objects.requireNonNull(misAJourLe, "misAJourLe");
            Objects.requireNonNull(chargement, "chargement");
        }

        /** Remplit {@code cible} (vidée d'abord) avec le foyer déclaré, pour le mois {@code mois}. */
        public void charger(Mois mois, Situation cible) {
            chargement.charger(mois, cible);
        }
    }

    /** Ce qui remplit une situation du moteur pour un mois. */
    @FunctionalInterface
    interface Chargement {
        void charger(Mois mois, Situation cible);
    }
}
