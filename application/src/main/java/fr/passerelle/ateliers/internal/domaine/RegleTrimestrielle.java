package fr.passerelle.ateliers.internal.domaine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * La règle des campagnes : chaque trimestre, deux ateliers (un rural, un en quartier prioritaire ou en ville), tenus
 * <strong>entre le 15 et le 20</strong> d'un des trois mois du trimestre. Les propositions tombent le deuxième mois
 * du trimestre (février, mai, août, novembre), le premier jour ouvré à partir du 15 pour l'atelier rural et deux
 * jours plus tard pour l'autre (jamais un dimanche) ; le coordinateur les déplace ensuite dans la fenêtre.
 */
public final class RegleTrimestrielle {

    public static final int PREMIER_JOUR = 15;
    public static final int DERNIER_JOUR = 20;
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public record Proposition(int annee, int trimestre, PublicVise publicVise, LocalDate jour) {
    }

    private RegleTrimestrielle() {
    }

    public static int trimestre(LocalDate jour) {
        return (jour.getMonthValue() - 1) / 3 + 1;
    }

    /** Les propositions de l'année : 4 trimestres × 2 ateliers. */
    public static List<Proposition> propositions(int annee) {
        List<Proposition> propositions = new ArrayList<>();
        for (int t = 1; t <= 4; t++) {
            LocalDate rural = ouvre(LocalDate.of(annee, 3 * t - 1, PREMIER_JOUR));
            LocalDate ville = ouvre(rural.plusDays(2));
            propositions.add(new Proposition(annee, t, PublicVise.RURAL, rural));
            propositions.add(new Proposition(annee, t, PublicVise.QUARTIER_PRIORITAIRE, ville));
        }
        return propositions;
    }

    private static LocalDate ouvre(LocalDate jour) {
        return jour.getDayOfWeek() == DayOfWeek.SUNDAY ? jour.plusDays(1) : jour;
    }

    /** La raison du refus si la date n'est pas dans la fenêtre de ce trimestre, vide sinon. */
    public static Optional<String> refus(int annee, int trimestre, LocalDate jour) {
        if (jour.getYear() != annee || trimestre(jour) != trimestre) {
            return Optional.of("Date : le " + jour.format(JOUR) + " n'est pas dans le trimestre " + trimestre + " de " + annee
                    + ". Choisissez un jour du 15 au 20 de " + moisDuTrimestre(trimestre) + " " + annee + ".");
        }
        if (jour.getDayOfMonth() < PREMIER_JOUR || jour.getDayOfMonth() > DERNIER_JOUR) {
            return Optional.of("Date : le " + jour.format(JOUR) + " est hors de la fenêtre des ateliers (du 15 au 20 du mois). "
                    + "Choisissez un jour du 15 au 20 de " + moisDuTrimestre(trimestre) + " " + annee + ".");
        }
        return Optional.empty();
    }

    static String moisDuTrimestre(int trimestre) {
        return switch (trimestre) {
            case 1 -> "janvier, février ou mars";
            case 2 -> "avril, mai ou juin";
            case 3 -> "juillet, août ou septembre";
            default -> "octobre, novembre ou décembre";
        };
    }
}
