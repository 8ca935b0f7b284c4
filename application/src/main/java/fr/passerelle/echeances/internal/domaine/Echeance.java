package fr.passerelle.echeances.internal.domaine;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Une échéance de l'échéancier : quoi faire, avant quand, auprès de qui, ce qu'il faut préparer, et quand la
 * rappeler (jours avant). {@code heure} n'est renseignée que pour un rendez-vous.
 */
public record Echeance(String cle, String regle, String titre, LocalDate date, LocalTime heure, String explication,
                       String aPreparer, String organisme, List<Integer> rappelsJoursAvant) {

    public Echeance {
        rappelsJoursAvant = List.copyOf(rappelsJoursAvant);
    }

    public boolean rendezVous() {
        return heure != null;
    }
}
