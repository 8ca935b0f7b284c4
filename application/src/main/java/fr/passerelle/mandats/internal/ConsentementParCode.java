package fr.passerelle.mandats.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.mandats.PersonnesMandantes.Mandant;
import fr.passerelle.mandats.internal.domaine.CodeConsentement;
import fr.passerelle.mandats.internal.domaine.Mandat;
import fr.passerelle.mandats.internal.domaine.MandatInvalide;
import fr.passerelle.mandats.internal.domaine.ModeConsentement;
import fr.passerelle.mandats.internal.persistance.MandatJdbc;
import fr.passerelle.notifications.Canal;
import fr.passerelle.notifications.DemandeNotification;
import fr.passerelle.notifications.Notifications;

/**
 * Consentement par code : un code à 6 chiffres part par SMS au portable de la personne (celui de son dossier) ; la
 * personne le lit à l'aidant, qui le saisit au guichet. Les essais faux sont enregistrés même si la saisie est
 * refusée (sinon on pourrait essayer sans fin).
 */
@Service
@Transactional(noRollbackFor = MandatInvalide.class)
public class ConsentementParCode {

    static final String MODELE = "mandat-code";

    private final ServiceMandats mandats;
    private final MandatJdbc stockage;
    private final Notifications notifications;
    private final SecureRandom hasard = new SecureRandom();

    public ConsentementParCode(ServiceMandats mandats, MandatJdbc stockage, Notifications notifications) {
        this.mandats = mandats;
        this.stockage = stockage;
        this.notifications = notifications;
    }

    /** Envoie un nouveau code (il remplace le précédent) ; renvoie l'instant où il expire. */
    public Instant envoyer(CompteConnecte aidant, long dossierId, long mandatId) {
        Mandant mandant = mandats.dossierDeLaStructure(aidant, dossierId, "envoi d'un code de mandat");
        Mandat mandat = mandats.enAttente(aidant, dossierId, mandatId, ModeConsentement.CODE_SMS);
        Instant maintenant = mandats.maintenant();
        CodeConsentement.Emission emission = CodeConsentement.emettre(mandatId, maintenant, hasard);
        stockage.remplacerCode(emission.code());
        notifications.planifierVers(new DemandeNotification(MODELE + ":" + mandatId + ":" + maintenant.toEpochMilli(),
                mandant.compteUsagerId().orElse(0L), MODELE, Map.of("code", emission.enClair()), maintenant),
                Canal.SMS, mandat.telephone().orElseThrow());
        mandats.tracer(aidant, dossierId, "code de mandat envoyé par SMS", true, "mandat n° " + mandatId);
        return emission.code().expireLe();
    }

    /** Le dernier code envoyé pour ce mandat (pour afficher jusqu'à quelle heure il vaut). */
    @Transactional(readOnly = true)
    public Optional<CodeConsentement> codeEnCours(long mandatId) {
        return stockage.code(mandatId);
    }

    /**
     * Le code lu par la personne : juste, le mandat devient actif ; faux, expiré ou trop d'essais, refusé avec la
     * raison (champ « code ») et l'échec est journalisé.
     */
    public Mandat saisir(CompteConnecte aidant, long dossierId, long mandatId, String saisi) {
        Mandat mandat = mandats.enAttente(aidant, dossierId, mandatId, ModeConsentement.CODE_SMS);
        CodeConsentement code = stockage.code(mandatId).orElseThrow(() -> new MandatInvalide("code",
                "Aucun code n'a été envoyé pour ce mandat : envoyez un code."));
        CodeConsentement.Verification verification = code.verifier(saisi, mandats.maintenant());
        if (verification.code().essais() != code.essais()) {
            stockage.enregistrerEssais(verification.code());
        }
        if (!verification.juste()) {
            mandats.tracer(aidant, dossierId, "code de mandat refusé", false,
                    "mandat n° " + mandatId + " : " + verification.raison());
            throw new MandatInvalide("code", verification.raison());
        }
        return mandats.activer(mandat, aidant);
    }
}
