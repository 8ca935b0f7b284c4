package fr.passerelle.saisines.internal.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.passerelle.comptes.Annuaire;
import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.dossiers.DossierVu;
import fr.passerelle.dossiers.Dossiers;
import fr.passerelle.mandats.Perimetre;
import fr.passerelle.saisines.internal.domaine.Auteur;
import fr.passerelle.saisines.internal.domaine.IssueSaisine;
import fr.passerelle.saisines.internal.domaine.LettreRectification;
import fr.passerelle.saisines.internal.domaine.MessageSaisine;
import fr.passerelle.saisines.internal.domaine.NatureMessage;
import fr.passerelle.saisines.internal.domaine.NouvelleSaisine;
import fr.passerelle.saisines.internal.domaine.Saisine;
import fr.passerelle.saisines.internal.persistance.LettresJdbc;
import fr.passerelle.saisines.internal.persistance.SaisinesJdbc;
import fr.passerelle.structures.Organisation;
import fr.passerelle.structures.ReferentielStructures;
import fr.passerelle.structures.TypeOrganisation;

/**
 * Données de démonstration (profil {@code demo}) sur le dossier de démonstration de la personne
 * usager@demo.passerelle.fr (fourni par le module dossiers) : une saisine de la CAF en retard, une saisine de la
 * CAF close après une demande de pièce, une saisine de la CPAM (invisible pour l'agent de la CAF) et une lettre de
 * droit à l'erreur. Idempotent ; rien si le dossier de démonstration n'existe pas.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo.actif", havingValue = "true")
class SaisinesDemo {

    static final String USAGER = "usager@demo.passerelle.fr";
    static final String AIDANT = "aidant@demo.passerelle.fr";
    static final String AGENT = "agent@demo.passerelle.fr";
    private static final Logger JOURNAL = LoggerFactory.getLogger(SaisinesDemo.class);

    private final SaisinesJdbc saisines;
    private final LettresJdbc lettres;
    private final Dossiers dossiers;
    private final Annuaire annuaire;
    private final ReferentielStructures referentiel;
    private final Clock horloge;

    SaisinesDemo(SaisinesJdbc saisines, LettresJdbc lettres, Dossiers dossiers, Annuaire annuaire,
                 ReferentielStructures referentiel, Clock horloge) {
        this.saisines = saisines;
        this.lettres = lettres;
        this.dossiers = dossiers;
        this.annuaire = annuaire;
        this.referentiel = referentiel;
        this.horloge = horloge;
    }

    /** Après l'événement « application prête » (dont les dossiers de démonstration) : la disponibilité le suit. */
    @EventListener
    @Transactional
    void creer(AvailabilityChangeEvent<ReadinessState> evenement) {
        if (evenement.getState() != ReadinessState.ACCEPTING_TRAFFIC) {
            return;
        }
        Optional<CompteConnecte> usager = annuaire.usagerParEmail(USAGER);
        Optional<CompteConnecte> aidant = annuaire.professionnelParEmail(AIDANT);
        Optional<CompteConnecte> agent = annuaire.professionnelParEmail(AGENT);
        if (usager.isEmpty() || aidant.isEmpty() || agent.isEmpty() || agent.get().organisationId().isEmpty()) {
            return;
        }
        List<DossierVu> dossiersDeCamille = dossiers.dePersonne(usager.get().id()).stream()
                .filter(d -> aidant.get().structureId().map(s -> s == d.structureId()).orElse(false)).toList();
        if (dossiersDeCamille.isEmpty()) {
            JOURNAL.info("Pas de dossier de démonstration pour {} : aucune saisine de démonstration", USAGER);
            return;
        }
        DossierVu dossier = dossiersDeCamille.get(0);
        if (!saisines.duDossier(dossier.id()).isEmpty()) {
            return;
        }
        Organisation caf = referentiel.organisation(agent.get().organisationId().get()).orElseThrow();
        Organisation cpam = referentiel.enregistrer(new Organisation(null, "CPAM de la Gironde", TypeOrganisation.CPAM, "Gironde"));
        Instant maintenant = horloge.instant().truncatedTo(ChronoUnit.MICROS);
        CompteConnecte a = aidant.get();
        CompteConnecte g = agent.get();

        // 1. CAF, sans réponse depuis 12 jours : en retard (délai de la CAF : 10 jours).
        saisines.inserer(Saisine.ouvrir(dossier.id(), dossier.structureId(), a.id(), a.nomAffiche(), dossier.nomComplet(),
                caf, new NouvelleSaisine("Prime d'activité : versement interrompu depuis mars",
                        "La prime d'activité n'est plus versée depuis mars, sans courrier ni message dans l'espace CAF.",
                        "Deux appels au 3230 (attente trop longue), un message sur caf.fr resté sans réponse.", true),
                maintenant.minus(Duration.ofDays(12))));

        // 2. CAF, pièce demandée puis fournie, close résolue.
        Instant debut = maintenant.minus(Duration.ofDays(30));
        Saisine close = saisines.inserer(Saisine.ouvrir(dossier.id(), dossier.structureId(), a.id(), a.nomAffiche(),
                dossier.nomComplet(), caf, new NouvelleSaisine("Aide au logement : changement d'adresse non pris en compte",
                        "Le déménagement a été déclaré en ligne mais l'aide est toujours calculée sur l'ancien loyer.",
                        "Déclaration refaite une fois ; rendez-vous en agence impossible avant deux mois.", true), debut));
        message(close, Auteur.AGENT, g, NatureMessage.DEMANDE_PIECE,
                "Merci de joindre le nouveau bail signé (toutes les pages).", debut.plus(Duration.ofDays(2)));
        message(close, Auteur.AIDANT, a, NatureMessage.MESSAGE,
                "Voici le bail, apporté par la personne ce matin (pièce remise en agence le même jour).", debut.plus(Duration.ofDays(3)));
        message(close, Auteur.AGENT, g, NatureMessage.CLOTURE,
                "Adresse mise à jour, aide recalculée : le rappel sera versé le 5 du mois prochain.", debut.plus(Duration.ofDays(6)));
        saisines.mettreAJour(close.pieceDemandee().messageDeLAidant(debut.plus(Duration.ofDays(3)))
                .close(IssueSaisine.RESOLUE, debut.plus(Duration.ofDays(6))));

        // 3. CPAM (un mandat « santé » est nécessaire pour la voir ; l'agent de la CAF ne la voit jamais).
        saisines.inserer(Saisine.ouvrir(dossier.id(), dossier.structureId(), a.id(), a.nomAffiche(), dossier.nomComplet(),
                cpam, new NouvelleSaisine("Complémentaire santé solidaire : dossier bloqué",
                        "La demande est « en cours d'instruction » depuis deux mois.",
                        "Avis d'imposition renvoyé sur ameli.fr, appel au 3646.", true), maintenant.minus(Duration.ofDays(3))));

        // 4. Lettre de droit à l'erreur à la CAF, envoyée, sans réponse encore.
        lettres.inserer(new LettreRectification(null, dossier.id(), dossier.structureId(), a.id(), a.nomAffiche(),
                dossier.nomComplet(), caf.id(), caf.nom(), Perimetre.PRESTATIONS_SOCIALES,
                "J'ai déclaré 900 € de salaire pour le mois de février.", "Mon salaire de février était de 1 150 €.",
                LocalDate.ofInstant(maintenant.minus(Duration.ofDays(40)), horloge.getZone()), maintenant.minus(Duration.ofDays(8)),
                Optional.of(LocalDate.ofInstant(maintenant.minus(Duration.ofDays(7)), horloge.getZone())), Optional.empty(),
                Optional.empty()));
        JOURNAL.info("Saisines de démonstration créées sur le dossier n° {}", dossier.id());
    }

    private void message(Saisine saisine, Auteur auteur, CompteConnecte compte, NatureMessage nature, String texte, Instant le) {
        saisines.ajouter(new MessageSaisine(null, saisine.id(), auteur, compte.id(), compte.nomAffiche(), nature, texte, le));
    }
}
