package fr.passerelle.proactif.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.stereotype.Component;

import fr.passerelle.comptes.Annuaire;
import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.comptes.Role;
import fr.passerelle.dossiers.DossierVu;
import fr.passerelle.dossiers.Dossiers;
import fr.passerelle.notifications.Canal;
import fr.passerelle.notifications.DemandeNotification;
import fr.passerelle.notifications.Notifications;
import fr.passerelle.proactif.internal.domaine.ConstatLu;
import fr.passerelle.proactif.internal.domaine.PrestationExpliquee;
import fr.passerelle.proactif.internal.domaine.ReferencePersonne;
import fr.passerelle.proactif.internal.persistance.DepistagesJdbc;

/**
 * Des constats aux personnes. Appelé dans la transaction de la partition : la notification planifiée, la tâche de
 * l'aidant et le constat sont enregistrés ensemble, ou pas du tout.
 */
@Component
class SuiteDesConstats {

    static final String MODELE = "constat-droit";

    private final DepistagesJdbc stockage;
    private final Notifications notifications;
    private final Annuaire annuaire;
    private final Dossiers dossiers;
    private final Clock horloge;

    SuiteDesConstats(DepistagesJdbc stockage, Notifications notifications, Annuaire annuaire, Dossiers dossiers, Clock horloge) {
        this.stockage = stockage;
        this.notifications = notifications;
        this.annuaire = annuaire;
        this.dossiers = dossiers;
        this.horloge = horloge;
    }

    /** Clé d'idempotence de la notification : l'identifiant stable du constat (ménage/prestation/mois). */
    static String cle(String identifiant) {
        return "constat:" + identifiant;
    }

    void donnerSuite(long depistageId, long partitionId, ConstatLu constat) {
        Optional<CompteConnecte> personne = personneSuivie(constat.menage());
        if (personne.isEmpty() || !constat.aDemander()) {
            // Personne inconnue ici, droit à vérifier ou attribution sans demande : c'est l'administration qui agit.
            long constatId = stockage.enregistrerConstat(depistageId, partitionId, constat, personne.map(CompteConnecte::id).orElse(null),
                    "EXPORT", null);
            if (personne.isPresent() && "A_VERIFIER".equals(constat.nature())) {
                // Un droit perçu peut-être perdu d'une personne suivie : la personne n'est pas inquiétée par un message
                // (à vérifier, jamais à couper) ; l'aidant qui suit son dossier le vérifie avec elle.
                creerTaches(constatId, constat, dossiers.dePersonne(personne.get().id()), horloge.instant());
            }
            return;
        }
        long compteId = personne.get().id();
        Instant maintenant = horloge.instant();
        var aidants = dossiers.dePersonne(compteId);
        Optional<Canal> canal = notifications.planifier(new DemandeNotification(cle(constat.identifiant()), compteId, MODELE,
                variables(personne.get(), constat, !aidants.isEmpty()), maintenant));
        long constatId = stockage.enregistrerConstat(depistageId, partitionId, constat, compteId,
                canal.isPresent() ? "PREVENU" : "NON_PREVENU_SANS_CANAL", canal.map(Enum::name).orElse(null));
        creerTaches(constatId, constat, aidants, maintenant);
    }

    /** Une tâche par dossier qui suit la personne, jamais deux pour le même constat et le même dossier. */
    private void creerTaches(long constatId, ConstatLu constat, List<DossierVu> aidants, Instant maintenant) {
        for (DossierVu dossier : aidants) {
            if (!stockage.tacheExiste(constat.identifiant(), dossier.id())) {
                stockage.creerTache(constatId, dossier.structureId(), dossier.id(), maintenant);
            }
        }
    }

    private Optional<CompteConnecte> personneSuivie(String menage) {
        OptionalLong compte = ReferencePersonne.compte(menage);
        if (compte.isEmpty()) {
            return Optional.empty();
        }
        return annuaire.parIdentifiant(compte.getAsLong()).filter(c -> c.role() == Role.USAGER);
    }

    private static Map<String, String> variables(CompteConnecte personne, ConstatLu c, boolean accompagnee) {
        PrestationExpliquee p = PrestationExpliquee.de(c.prestation()).orElseThrow(
                () -> new IllegalStateException("prestation sans explication : " + c.prestation()));
        String montant = p.montantEnMots(c.montantCentimes());
        Map<String, String> v = new LinkedHashMap<>();
        v.put("prenom", prenom(personne.nomAffiche()));
        v.put("demarche", montant.isEmpty() ? p.libelle() : p.libelle() + ", " + montant);
        v.put("a_preparer", p.commentDemander());
        v.put("lieu", accompagnee ? "la structure qui vous accompagne déjà (voir Mon dossier)"
                : "un espace France services près de chez vous (france-services.gouv.fr)");
        v.put("organisme", p.organisme().libelle());
        return v;
    }

    private static String prenom(String nomAffiche) {
        String n = nomAffiche == null ? "" : nomAffiche.strip();
        int espace = n.indexOf(' ');
        return espace > 0 ? n.substring(0, espace) : n;
    }
}
