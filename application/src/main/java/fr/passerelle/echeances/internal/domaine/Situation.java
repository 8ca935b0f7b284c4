package fr.passerelle.echeances.internal.domaine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Ce que l'échéancier sait de la personne : droits perçus (déclarés par elle ou son aidant, ou estimés par le
 * moteur de droits), dates saisies, enfants scolarisés, pièces et rendez-vous.
 */
public record Situation(long personneId, String prenom, boolean rsa, boolean primeActivite, LocalDate finCss,
                        LocalDate revisionAah, int enfantsScolarises, boolean chequeEnergie, List<Piece> pieces,
                        List<RendezVous> rendezVous) {

    public Situation {
        pieces = List.copyOf(pieces);
        rendezVous = List.copyOf(rendezVous);
        if (enfantsScolarises < 0 || enfantsScolarises > 15) {
            throw new IllegalArgumentException("nombre d'enfants scolarisés hors limites");
        }
    }

    public static Situation vide(long personneId, String prenom) {
        return new Situation(personneId, prenom, false, false, null, null, 0, false, List.of(), List.of());
    }

    /** Vrai si la condition d'une règle est remplie. */
    public boolean remplit(String condition) {
        return switch (condition) {
            case "toujours" -> true;
            case "rsa" -> rsa;
            case "prime_activite" -> primeActivite;
            case "rsa_ou_prime_activite" -> rsa || primeActivite;
            case "css" -> finCss != null;
            case "aah" -> revisionAah != null;
            case "enfants_scolarises" -> enfantsScolarises > 0;
            case "cheque_energie" -> chequeEnergie;
            default -> throw new IllegalArgumentException("condition inconnue : " + condition);
        };
    }

    /** Date saisie nommée dans une règle ({@code fin_css}, {@code revision_aah}). */
    public Optional<LocalDate> dateSaisie(String nom) {
        return Optional.ofNullable(switch (nom) {
            case "fin_css" -> finCss;
            case "revision_aah" -> revisionAah;
            default -> throw new IllegalArgumentException("date saisie inconnue : " + nom);
        });
    }
}
