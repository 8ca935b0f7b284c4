package fr.passerelle.ateliers.internal.domaine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Ce qui manque pour confirmer un atelier : une table sans agent, aucun bénévole formé avant le jour de l'atelier,
 * une salle de mairie sans accord du maire, pas de lieu. Chaque point est un message qui dit quoi faire.
 */
public final class Preparation {

    public record TablePreparee(String administration, int agents) {
    }

    public record BenevolePrepare(String nom, LocalDate formeLe) {

        public boolean formeAvant(LocalDate jour) {
            return formeLe != null && !formeLe.isAfter(jour);
        }
    }

    private Preparation() {
    }

    public static List<String> manques(LocalDate jour, TypeLieu lieu, LocalDate accordMaire, List<TablePreparee> tables,
                                       List<BenevolePrepare> benevoles) {
        List<String> manques = new ArrayList<>();
        if (lieu == null) {
            manques.add("Lieu : choisissez une salle, un bus, un camping-car ou un point en extérieur.");
        } else if (lieu == TypeLieu.SALLE_MAIRIE && accordMaire == null) {
            manques.add("Lieu : l'accord du maire pour la salle n'est pas enregistré.");
        }
        if (tables.isEmpty()) {
            manques.add("Tables : aucune administration n'a encore de table.");
        }
        for (TablePreparee t : tables) {
            if (t.agents() == 0) {
                manques.add("Table « " + t.administration() + " » : aucun agent. Ajoutez au moins un agent ou retirez la table.");
            }
        }
        if (benevoles.stream().noneMatch(b -> b.formeAvant(jour))) {
            manques.add("Bénévoles : aucun bénévole n'a suivi la formation avant le jour de l'atelier. L'atelier ne peut pas être confirmé.");
        }
        return manques;
    }
}
