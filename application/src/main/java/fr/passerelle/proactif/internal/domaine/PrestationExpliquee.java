package fr.passerelle.proactif.internal.domaine;

import java.util.Map;
import java.util.Optional;

/**
 * Une prestation dépistée dite en mots simples : son nom, l'organisme qui détient le dossier (destinataire de
 * l'export), comment la demander, et si son montant est mensuel.
 */
public record PrestationExpliquee(String code, String libelle, Organisme organisme, String commentDemander, boolean mensuelle) {

    private static final Map<String, PrestationExpliquee> CONNUES = Map.ofEntries(
            caf("rsa", "le revenu de solidarité active (RSA)", "faire la demande de RSA sur caf.fr ou à la CAF"),
            caf("ppa", "la prime d'activité", "faire la demande de prime d'activité sur caf.fr"),
            caf("af", "les allocations familiales", "déclarer vos enfants à la CAF sur caf.fr"),
            caf("aide_logement", "une aide au logement (APL, ALS ou ALF)", "faire la demande d'aide au logement sur caf.fr"),
            caf("aah", "l'allocation aux adultes handicapés (AAH)", "déposer une demande à la MDPH de votre département"),
            caf("asf", "l'allocation de soutien familial (ASF)", "faire la demande d'ASF à la CAF"),
            caf("cf", "le complément familial", "déclarer votre situation à la CAF sur caf.fr"),
            new PrestationExpliquee("ars", "l'allocation de rentrée scolaire", Organisme.CAF,
                    "vérifier sur caf.fr que la scolarité de vos enfants est déclarée", false).entree(),
            caf("paje_base", "l'allocation de base de la PAJE", "faire la demande de PAJE sur caf.fr"),
            new PrestationExpliquee("cmu_c", "la complémentaire santé solidaire gratuite", Organisme.ASSURANCE_MALADIE,
                    "faire la demande sur ameli.fr ou à l'accueil de l'Assurance maladie", true).entree(),
            new PrestationExpliquee("css_participation_forfaitaire", "la complémentaire santé solidaire avec participation",
                    Organisme.ASSURANCE_MALADIE, "faire la demande sur ameli.fr ou à l'accueil de l'Assurance maladie", true).entree(),
            new PrestationExpliquee("cheque_energie", "le chèque énergie", Organisme.ETAT_ENERGIE,
                    "vérifier que votre déclaration de revenus est faite : le chèque est envoyé sans demande", false).entree(),
            new PrestationExpliquee("aspa", "l'allocation de solidarité aux personnes âgées (ASPA)", Organisme.RETRAITE,
                    "faire la demande auprès de votre caisse de retraite (Carsat ou MSA)", true).entree(),
            new PrestationExpliquee("bourse_college", "la bourse de collège", Organisme.EDUCATION_NATIONALE,
                    "faire la demande au collège ou sur le portail Scolarité services", false).entree(),
            new PrestationExpliquee("bourse_lycee", "la bourse de lycée", Organisme.EDUCATION_NATIONALE,
                    "faire la demande au lycée ou sur le portail Scolarité services", false).entree());

    private static Map.Entry<String, PrestationExpliquee> caf(String code, String libelle, String comment) {
        return new PrestationExpliquee(code, libelle, Organisme.CAF, comment, true).entree();
    }

    private Map.Entry<String, PrestationExpliquee> entree() {
        return Map.entry(code, this);
    }

    public static Optional<PrestationExpliquee> de(String code) {
        return Optional.ofNullable(CONNUES.get(code));
    }

    /** « environ 169 € par mois » ; rien pour un droit sans montant (complémentaire santé). */
    public String montantEnMots(long centimes) {
        if (centimes <= 0) {
            return "";
        }
        long euros = Math.round(centimes / 100.0);
        return "environ " + euros + " € " + (mensuelle ? "par mois" : "par an");
    }
}
