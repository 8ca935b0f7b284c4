package fr.passerelle.echeances.internal.domaine;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Calcul de l'échéancier d'une personne sur les 12 mois à venir, à partir des règles et de sa situation. */
public final class Echeancier {

    public static final int HORIZON_JOURS = 366;
    static final List<Integer> RAPPELS_RENDEZ_VOUS = List.of(2);

    private final List<Regle> regles;

    public Echeancier(List<Regle> regles) {
        this.regles = List.copyOf(regles);
    }

    public List<Regle> regles() {
        return regles;
    }

    public List<Echeance> calculer(Situation situation, LocalDate aujourdhui) {
        LocalDate limite = aujourdhui.plusDays(HORIZON_JOURS);
        List<Echeance> echeances = new ArrayList<>();
        for (Regle regle : regles) {
            if (!situation.remplit(regle.condition())) {
                continue;
            }
            switch (regle.calcul()) {
                case "dates_fixes" -> {
                    for (int annee = aujourdhui.getYear(); annee <= limite.getYear(); annee++) {
                        for (String jour : regle.dates()) {
                            LocalDate date = MonthDay.parse("--" + jour).atYear(annee);
                            if (!date.isBefore(aujourdhui) && !date.isAfter(limite)) {
                                echeances.add(echeance(regle, regle.code(), date));
                            }
                        }
                    }
                }
                // Avance positive : N jours avant la date saisie (tant qu'elle n'est pas passée) ; négative : N jours
                // après (tant que ce délai court).
                case "date_saisie" -> situation.dateSaisie(regle.source())
                        .filter(date -> !plusTard(date, date.minusDays(regle.avanceJours())).isBefore(aujourdhui))
                        .ifPresent(date -> echeances.add(echeance(regle, regle.code(),
                                plusTard(date.minusDays(regle.avanceJours()), aujourdhui))));
                case "expiration" -> {
                    for (Piece piece : situation.pieces()) {
                        if (piece.type().name().equals(regle.source()) && !piece.expireLe().isBefore(aujourdhui)) {
                            echeances.add(echeance(regle, regle.code() + "-" + piece.id(),
                                    plusTard(piece.expireLe().minusDays(regle.avanceJours()), aujourdhui)));
                        }
                    }
                }
                default -> throw new IllegalStateException(regle.calcul());
            }
        }
        for (RendezVous rdv : situation.rendezVous()) {
            LocalDate jour = rdv.le().toLocalDate();
            if (!jour.isBefore(aujourdhui) && !jour.isAfter(limite)) {
                echeances.add(new Echeance("rdv-" + rdv.id() + ":" + jour, "rendez-vous", rdv.objet(), jour,
                        rdv.le().toLocalTime(), "Rendez-vous : " + rdv.lieu() + (rdv.confirme() ? " (confirmé)" : ""),
                        "les papiers demandés pour ce rendez-vous", rdv.lieu(), RAPPELS_RENDEZ_VOUS));
            }
        }
        echeances.sort(Comparator.comparing(Echeance::date)
                .thenComparing(e -> e.heure() == null ? java.time.LocalTime.MIN : e.heure())
                .thenComparing(Echeance::cle));
        return echeances;
    }

    private static LocalDate plusTard(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Echeance echeance(Regle regle, String prefixe, LocalDate date) {
        return new Echeance(prefixe + ":" + date, regle.code(), regle.titre(), date, null, regle.explication(),
                regle.aPreparer(), regle.organisme(), regle.rappels());
    }
}
