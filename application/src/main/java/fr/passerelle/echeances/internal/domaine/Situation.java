package fr.passerelle.echeances.internal.domaine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Ce que l'échéancier sait de la personne : droits perçus (déclarés par elle ou son aidant, ou estimés par le
 * moteur de droits), dates saisies, enfants scolarisés, pièces et rendez-vous.
 *
 * @param droitsMoteur   codes des droits que le moteur trouve à la situation enregistrée de « Mes droits »
 *                       ({@code rsa}, {@code ppa}, {@code css}, {@code ars}, {@code cheque_energie}…), vide sinon
 * @param moteurDepuis   jour où cette situation a été enregistrée ({@code null} sans situation enregistrée)
 * @param enfantsDe16a18 enfants de 16 à 18 ans d'après cette situation
 */
public record Situation(long personneId, String prenom, boolean rsa, boolean primeActivite, LocalDate finCss,
                        LocalDate revisionAah, int enfantsScolarises, boolean chequeEnergie, List<Piece> pieces,
                        List<RendezVous> rendezVous, Set<String> droitsMoteur, LocalDate moteurDepuis,
                        int enfantsDe16a18) {

    /** Situation saisie seulement (sans droits calculés par le moteur). */
    public Situation(long personneId, String prenom, boolean rsa, boolean primeActivite, LocalDate finCss,
                     LocalDate revisionAah, int enfantsScolarises, boolean chequeEnergie, List<Piece> pieces,
                     List<RendezVous> rendezVous) {
        this(personneId, prenom, rsa, primeActivite, finCss, revisionAah, enfantsScolarises, chequeEnergie, pieces,
                rendezVous, Set.of(), null, 0);
    }

    public Situation {
        pieces = List.copyOf(pieces);
        rendezVous = List.copyOf(rendezVous);
        droitsMoteur = droitsMoteur == null ? Set.of() : Set.copyOf(droitsMoteur);
        if (enfantsScolarises < 0 || enfantsScolarises > 15) {
            throw new IllegalArgumentException("nombre d'enfants scolarisés hors limites");
        }
    }

    public static Situation vide(long personneId, String prenom) {
        return new Situation(personneId, prenom, false, false, null, null, 0, false, List.of(), List.of());
    }

    /** La même situation, avec les droits que le moteur trouve à la situation enregistrée de « Mes droits ». */
    public Situation avecDroitsDuMoteur(Set<String> droits, LocalDate enregistreeLe, int enfants16a18) {
        return new Situation(personneId, prenom, rsa, primeActivite, finCss, revisionAah, enfantsScolarises,
                chequeEnergie, pieces, rendezVous, droits, enregistreeLe, enfants16a18);
    }

    /** Libellés, dans l'ordre, des droits trouvés par le moteur qui demandent une démarche régulière. */
    public List<String> droitsMoteurLisibles() {
        List<String> libelles = new java.util.ArrayList<>();
        if (moteur("rsa")) {
            libelles.add("RSA");
        }
        if (moteur("ppa")) {
            libelles.add("prime d'activité");
        }
        if (moteur("css")) {
            libelles.add("complémentaire santé solidaire");
        }
        if (moteur("ars") && enfantsDe16a18 > 0) {
            libelles.add("allocation de rentrée scolaire");
        }
        if (moteur("cheque_energie")) {
            libelles.add("chèque énergie");
        }
        return libelles;
    }

    private boolean moteur(String code) {
        return droitsMoteur.contains(code);
    }

    /** Vrai si la condition d'une règle est remplie (droit déclaré ou trouvé par le moteur). */
    public boolean remplit(String condition) {
        return switch (condition) {
            case "toujours" -> true;
            case "rsa" -> rsa || moteur("rsa");
            case "prime_activite" -> primeActivite || moteur("ppa");
            case "rsa_ou_prime_activite" -> rsa || primeActivite || moteur("rsa") || moteur("ppa");
            case "css" -> finCss != null;
            // Le moteur trouve la complémentaire santé solidaire, mais sa date de fin n'est pas connue.
            case "css_sans_date" -> finCss == null && moteur("css");
            case "aah" -> revisionAah != null;
            case "enfants_scolarises" -> enfantsScolarises > 0 || (moteur("ars") && enfantsDe16a18 > 0);
            case "cheque_energie" -> chequeEnergie || moteur("cheque_energie");
            default -> throw new IllegalArgumentException("condition inconnue : " + condition);
        };
    }

    /**
     * Date nommée dans une règle : saisie ({@code fin_css}, {@code revision_aah}) ou connue de Passerelle
     * ({@code situation_droits} : jour d'enregistrement de la situation de « Mes droits »).
     */
    public Optional<LocalDate> dateSaisie(String nom) {
        return Optional.ofNullable(switch (nom) {
            case "fin_css" -> finCss;
            case "revision_aah" -> revisionAah;
            case "situation_droits" -> moteurDepuis;
            default -> throw new IllegalArgumentException("date saisie inconnue : " + nom);
        });
    }
}
