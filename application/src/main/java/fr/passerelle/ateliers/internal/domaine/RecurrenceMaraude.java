package fr.passerelle.ateliers.internal.domaine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Une maraude revient au même endroit selon sa propre règle, sans lien avec les trimestres : par exemple « les 1er
 * et 3e dimanches du mois » (distribution de repas chauds). {@code semaines} : rangs du jour dans le mois (1 à 5).
 */
public record RecurrenceMaraude(DayOfWeek jour, Set<Integer> semaines, LocalDate du, LocalDate au) {

    public RecurrenceMaraude {
        semaines = Set.copyOf(new TreeSet<>(semaines));
        if (semaines.isEmpty() || semaines.stream().anyMatch(s -> s < 1 || s > 5)) {
            throw new IllegalArgumentException("Semaines du mois : choisissez au moins un rang entre 1 et 5.");
        }
        if (au.isBefore(du)) {
            throw new IllegalArgumentException("Fin : la date de fin est avant la date de début.");
        }
        if (du.plusYears(2).isBefore(au)) {
            throw new IllegalArgumentException("Fin : une maraude se planifie sur deux ans au plus.");
        }
    }

    public List<LocalDate> dates() {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate mois = du.withDayOfMonth(1); !mois.isAfter(au); mois = mois.plusMonths(1)) {
            for (int rang : new TreeSet<>(semaines)) {
                LocalDate d = mois.with(TemporalAdjusters.dayOfWeekInMonth(rang, jour));
                if (d.getMonth() == mois.getMonth() && !d.isBefore(du) && !d.isAfter(au)) {
                    dates.add(d);
                }
            }
        }
        return dates;
    }
}
