package fr.passerelle.ateliers.internal.domaine;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Les résultats d'un atelier ou d'une campagne : personnes rencontrées, droits découverts et leur montant annuel,
 * démarches faites, suivis créés dans les dossiers et, parmi eux, ceux encore ouverts 30 jours après l'atelier.
 *
 * <p>Droits d'une fiche : ceux du questionnaire « Mes droits » relié à la fiche (nombre et montant annuel estimés par
 * le moteur) ; à défaut (pas de questionnaire fait sur la tablette), le nombre saisi par le bénévole, sans montant.
 * Un suivi compte comme « ouvert après 30 jours » quand 30 jours au moins ont passé depuis sa création et que sa
 * démarche n'est pas terminée dans le dossier ; un suivi plus jeune est compté à part (« trop tôt pour le dire »).
 */
public final class ResultatsAteliers {

    public static final Duration DELAI_SUIVI = Duration.ofDays(30);

    /** Une fiche du jour J. @param droitsQuestionnaire null si aucun questionnaire n'est relié à la fiche */
    public record Fiche(long atelierId, int droitsSaisis, Integer droitsQuestionnaire, BigDecimal montantAnnuel, int demarches) {

        public int droits() {
            return droitsQuestionnaire != null ? droitsQuestionnaire : droitsSaisis;
        }
    }

    /** Un suivi créé dans un dossier : la démarche et sa date de création. */
    public record Suivi(long atelierId, long demarcheId, Instant creeLe) {
    }

    public record Chiffres(String libelle, int inscrits, int personnes, int droits, BigDecimal montantAnnuel, int demarches,
                           int suivis, int suivisOuvertsApres30Jours, int suivisRecents) {

        public String montantEnEuros() {
            return euros(montantAnnuel);
        }

        public static Chiffres vide(String libelle) {
            return new Chiffres(libelle, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0);
        }

        public Chiffres plus(Chiffres autre) {
            return new Chiffres(libelle, inscrits + autre.inscrits, personnes + autre.personnes, droits + autre.droits,
                    montantAnnuel.add(autre.montantAnnuel), demarches + autre.demarches, suivis + autre.suivis,
                    suivisOuvertsApres30Jours + autre.suivisOuvertsApres30Jours, suivisRecents + autre.suivisRecents);
        }
    }

    private ResultatsAteliers() {
    }

    /**
     * Les chiffres d'un atelier.
     *
     * @param ouvertes   parmi les démarches des suivis, celles qui ne sont pas terminées (relu dans les dossiers)
     * @param maintenant l'instant du calcul (horloge injectée)
     */
    public static Chiffres atelier(String libelle, long atelierId, int inscrits, Collection<Fiche> fiches,
                                   Collection<Suivi> suivis, Set<Long> ouvertes, Instant maintenant) {
        int personnes = 0;
        int droits = 0;
        int demarches = 0;
        BigDecimal montant = BigDecimal.ZERO;
        for (Fiche f : fiches) {
            if (f.atelierId() != atelierId) {
                continue;
            }
            personnes++;
            droits += f.droits();
            demarches += f.demarches();
            montant = montant.add(f.montantAnnuel() == null ? BigDecimal.ZERO : f.montantAnnuel());
        }
        int crees = 0;
        int ouvertsApres = 0;
        int recents = 0;
        Instant limite = maintenant.minus(DELAI_SUIVI);
        for (Suivi s : suivis) {
            if (s.atelierId() != atelierId) {
                continue;
            }
            crees++;
            if (s.creeLe().isAfter(limite)) {
                recents++;
            } else if (ouvertes.contains(s.demarcheId())) {
                ouvertsApres++;
            }
        }
        return new Chiffres(libelle, inscrits, personnes, droits, montant, demarches, crees, ouvertsApres, recents);
    }

    /** La somme des ateliers d'une campagne. */
    public static Chiffres campagne(String libelle, List<Chiffres> ateliers) {
        return ateliers.stream().reduce(Chiffres.vide(libelle), Chiffres::plus);
    }

    /** Les démarches de ces suivis (pour les relire dans les dossiers en une fois). */
    public static Set<Long> demarches(Collection<Suivi> suivis) {
        return suivis.stream().map(Suivi::demarcheId).collect(java.util.stream.Collectors.toSet());
    }

    /** Pour les tests et les pages : la forme « 12 345 € » d'un montant annuel arrondi à l'euro. */
    public static String euros(BigDecimal montant) {
        return String.format(java.util.Locale.FRANCE, "%,d €", montant.setScale(0, java.math.RoundingMode.HALF_UP).longValue())
                .replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
