package fr.passerelle.dossiers.internal.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.passerelle.comptes.Annuaire;
import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.dossiers.internal.domaine.CanalEchange;
import fr.passerelle.dossiers.internal.domaine.DemarcheEnCours;
import fr.passerelle.dossiers.internal.domaine.Diagnostic;
import fr.passerelle.dossiers.internal.domaine.Echange;
import fr.passerelle.dossiers.internal.domaine.Identite;
import fr.passerelle.dossiers.internal.domaine.Nir;
import fr.passerelle.dossiers.internal.domaine.QuestionAutonomie;
import fr.passerelle.dossiers.internal.domaine.StatutDemarche;
import fr.passerelle.dossiers.internal.persistance.DossierJdbc;
import fr.passerelle.mandats.Perimetre;
import fr.passerelle.structures.ReferentielStructures;
import fr.passerelle.structures.Structure;
import fr.passerelle.structures.TypeStructure;

/**
 * Données de démonstration (profil {@code demo}) : le dossier de Camille (usager de démonstration, compte lié) à la
 * France services de Bègles, celle de l'aidant de démonstration, et un dossier du CCAS de Bordeaux que cet aidant
 * ne doit jamais voir. Pas de mandat : l'aidant le recueille (module mandats). Idempotent.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo.actif", havingValue = "true")
class DossiersDemo {

    static final String USAGER = "usager@demo.passerelle.fr";
    private static final Logger JOURNAL = LoggerFactory.getLogger(DossiersDemo.class);

    private final DossierJdbc dossiers;
    private final ReferentielStructures referentiel;
    private final Annuaire annuaire;
    private final Clock horloge;

    DossiersDemo(DossierJdbc dossiers, ReferentielStructures referentiel, Annuaire annuaire, Clock horloge) {
        this.dossiers = dossiers;
        this.referentiel = referentiel;
        this.annuaire = annuaire;
        this.horloge = horloge;
    }

    /** Après les comptes de démonstration (créés au démarrage, avant que l'application soit prête). */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    void creer() {
        Optional<CompteConnecte> usager = annuaire.usagerParEmail(USAGER);
        if (usager.isEmpty() || !dossiers.deCompte(usager.get().id()).isEmpty()) {
            return;
        }
        Structure begles = referentiel.enregistrer(new Structure(null, "France services de Bègles",
                TypeStructure.FRANCE_SERVICES, "Bègles", "33130"));
        Structure ccas = referentiel.enregistrer(new Structure(null, "CCAS de Bordeaux", TypeStructure.CCAS, "Bordeaux", "33000"));
        Instant maintenant = horloge.instant();
        long camille = dossiers.creer(begles.id(), new Identite("Usager", "Camille", LocalDate.of(1984, 12, 3), "Bègles",
                Optional.of("06 12 34 56 78"), Optional.of(USAGER), Optional.of(Nir.lire("284123306304537"))),
                Optional.of(usager.get().id()), maintenant.minus(Duration.ofDays(20)));
        dossiers.joindreDroit(camille, "css", "Complémentaire santé solidaire", 0, "par mois", maintenant.minus(Duration.ofDays(20)));
        dossiers.ajouterDemarche(camille, new DemarcheEnCours(0, "Demande de complémentaire santé solidaire", "CPAM de la Gironde",
                StatutDemarche.EN_COURS, "Envoyer le dernier avis d'imposition (l'aidant, sur ameli.fr)", Perimetre.SANTE),
                maintenant.minus(Duration.ofDays(20)));
        dossiers.ajouterPiece(camille, "Dernier avis d'imposition");
        dossiers.ajouterPiece(camille, "Pièce d'identité");
        dossiers.ajouterEchange(camille, new Echange(0, CanalEchange.GUICHET, "Karim Aidant", maintenant.minus(Duration.ofDays(20)),
                "Première venue : point sur les droits, dossier de complémentaire santé commencé.", false));
        dossiers.enregistrerDiagnostic(camille, new Diagnostic(EnumSet.of(QuestionAutonomie.EQUIPEMENT, QuestionAutonomie.COURRIEL),
                false, "Karim Aidant", maintenant.minus(Duration.ofDays(20))));
        dossiers.creer(ccas.id(), new Identite("Durand", "Jean", LocalDate.of(1962, 7, 5), "Bordeaux", Optional.empty(),
                Optional.empty(), Optional.empty()), Optional.empty(), maintenant.minus(Duration.ofDays(5)));
        JOURNAL.info("Dossiers de démonstration créés (dossier n° {} lié à {})", camille, USAGER);
    }
}
