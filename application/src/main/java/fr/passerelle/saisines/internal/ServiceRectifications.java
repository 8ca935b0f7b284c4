package fr.passerelle.saisines.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.dossiers.DossierVu;
import fr.passerelle.dossiers.Dossiers;
import fr.passerelle.journal.EvenementJournal;
import fr.passerelle.journal.Journal;
import fr.passerelle.journal.ResultatAcces;
import fr.passerelle.mandats.AccesRefuse;
import fr.passerelle.saisines.internal.domaine.IssueRectification;
import fr.passerelle.saisines.internal.domaine.LettreRectification;
import fr.passerelle.saisines.internal.domaine.PerimetresParOrganisation;
import fr.passerelle.saisines.internal.domaine.SaisieRefusee;
import fr.passerelle.saisines.internal.persistance.LettresJdbc;
import fr.passerelle.structures.Organisation;
import fr.passerelle.structures.ReferentielStructures;

/**
 * Droit à l'erreur : l'aidant rédige avec la personne une lettre de rectification adressée à l'organisation
 * concernée (mandat exigé sur le périmètre de cette organisation), l'imprime, puis note l'envoi et la réponse.
 */
@Service
@Transactional(noRollbackFor = {SaisieInvalide.class, AccesRefuse.class})
public class ServiceRectifications {

    private final LettresJdbc stockage;
    private final Dossiers dossiers;
    private final Journal journal;
    private final ReferentielStructures referentiel;
    private final Clock horloge;

    public ServiceRectifications(LettresJdbc stockage, Dossiers dossiers, Journal journal,
                                 ReferentielStructures referentiel, Clock horloge) {
        this.stockage = stockage;
        this.dossiers = dossiers;
        this.journal = journal;
        this.referentiel = referentiel;
        this.horloge = horloge;
    }

    public LocalDate aujourdhui() {
        return LocalDate.now(horloge.withZone(ServiceSaisines.ZONE));
    }

    /** Les lettres du dossier dont le périmètre est couvert par un mandat actif. */
    @Transactional(readOnly = true)
    public List<LettreRectification> duDossier(AccesDossier acces) {
        return stockage.duDossier(acces.dossier().id()).stream()
                .filter(l -> acces.perimetres().contains(l.perimetre())).toList();
    }

    /**
     * @param declareLe vide si la date saisie n'est pas lisible (l'erreur est alors déjà dans {@code erreursDeLecture})
     */
    public LettreRectification rediger(CompteConnecte aidant, long dossierId, Optional<Long> organisationId,
                                       String ceQuiEtaitFaux, String ceQuiEstJuste, Optional<LocalDate> declareLe,
                                       Map<String, String> erreursDeLecture) {
        Map<String, String> erreurs = new LinkedHashMap<>(erreursDeLecture);
        Optional<Organisation> organisation = organisationId.flatMap(referentiel::organisation);
        if (organisationId.isEmpty()) {
            erreurs.put("organisation", "Choisissez l'organisation à qui écrire.");
        } else if (organisation.isEmpty()) {
            journal.ecrire(new EvenementJournal(aidant.id(), aidant.nomAffiche(), Optional.of(dossierId),
                    "lettre de rectification refusée", ResultatAcces.REFUSE,
                    "organisation inconnue (n° " + organisationId.get() + ")"));
            erreurs.put("organisation", "L'organisation n° " + organisationId.get()
                    + " n'existe pas dans Passerelle : choisissez-en une dans la liste.");
        }
        DossierVu dossier = null;
        if (organisation.isPresent()) {
            dossier = dossiers.ouvrir(aidant, dossierId, PerimetresParOrganisation.de(organisation.get().type()),
                    "lettre de rectification (droit à l'erreur)");
        }
        LettreRectification.erreurs(ceQuiEtaitFaux, ceQuiEstJuste, declareLe, aujourdhui())
                .forEach(erreurs::putIfAbsent);
        if (declareLe.isEmpty()) {
            erreurs.putIfAbsent("declareLe", "Indiquez la date à laquelle l'information fausse a été donnée.");
        }
        if (!erreurs.isEmpty()) {
            throw new SaisieInvalide(erreurs);
        }
        Organisation o = organisation.get();
        LettreRectification lettre = stockage.inserer(new LettreRectification(null, dossierId,
                aidant.structureId().orElseThrow(), aidant.id(), aidant.nomAffiche(), dossier.nomComplet(), o.id(),
                o.nom(), PerimetresParOrganisation.de(o.type()), ceQuiEtaitFaux.strip(), ceQuiEstJuste.strip(),
                declareLe.get(), horloge.instant().truncatedTo(ChronoUnit.MICROS), Optional.empty(), Optional.empty(),
                Optional.empty()));
        journal.ecrire(new EvenementJournal(aidant.id(), aidant.nomAffiche(), Optional.of(dossierId),
                "lettre de rectification rédigée", ResultatAcces.AUTORISE,
                "lettre n° " + lettre.id() + " à " + o.nom()));
        return lettre;
    }

    /** Une lettre du dossier, sous mandat couvrant son périmètre. */
    public LettreRectification lettre(CompteConnecte aidant, long dossierId, long lettreId, String action) {
        LettreRectification lettre = stockage.parId(lettreId).filter(l -> l.dossierId() == dossierId)
                .orElseThrow(() -> new Introuvable("lettre " + lettreId));
        dossiers.ouvrir(aidant, dossierId, lettre.perimetre(), action);
        return lettre;
    }

    public LettreRectification suivre(CompteConnecte aidant, long dossierId, long lettreId, Optional<LocalDate> envoyeeLe,
                                      Optional<LocalDate> reponseLe, Optional<IssueRectification> issue,
                                      Map<String, String> erreursDeLecture) {
        LettreRectification lettre = lettre(aidant, dossierId, lettreId, "suivi d'une lettre de rectification");
        if (!erreursDeLecture.isEmpty()) {
            throw new SaisieInvalide(erreursDeLecture);
        }
        LettreRectification suivie;
        try {
            suivie = lettre.suivie(envoyeeLe, reponseLe, issue, aujourdhui());
        } catch (SaisieRefusee refus) {
            throw new SaisieInvalide(Map.of(refus.champ(), refus.raison()));
        }
        stockage.enregistrerSuivi(suivie);
        journal.ecrire(new EvenementJournal(aidant.id(), aidant.nomAffiche(), Optional.of(dossierId),
                "suivi d'une lettre de rectification", ResultatAcces.AUTORISE, "lettre n° " + lettreId
                + suivie.issue().map(i -> " : " + i.libelle()).orElse("")));
        return suivie;
    }

}
