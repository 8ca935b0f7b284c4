package fr.passerelle.echeances;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** Une échéance telle que les autres modules la montrent : quoi, avant quand, auprès de qui, quoi préparer. */
public record EcheanceVue(String titre, LocalDate date, Optional<LocalTime> heure, String organisme, String aPreparer) {
}
