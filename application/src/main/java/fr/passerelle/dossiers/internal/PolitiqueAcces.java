package fr.passerelle.dossiers.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.comptes.Role;
import fr.passerelle.dossiers.internal.domaine.Besoin;
import fr.passerelle.dossiers.internal.domaine.Couverture;
import fr.passerelle.dossiers.internal.domaine.Dossier;
import fr.passerelle.dossiers.internal.persistance.DossierJdbc;
import fr.passerelle.journal.EvenementJournal;
import fr.passerelle.journal.Journal;
import fr.passerelle.journal.ResultatAcces;
import fr.passerelle.mandats.AccesRefuse;
import fr.passerelle.mandats.DecisionAcces;
import fr.passerelle.mandats.Mandats;
import fr.passerelle.mandats.Perimetre;

/**
 * La règle centrale du module : un aidant ne lit ni ne change rien d'un dossier sans mandat actif de la personne
 * envers sa structure couvrant ce qu'il fait ; hors de sa structure, il ne voit rien, pas même l'en-tête. Chaque
 * décision (autorisée ou refusée) est écrite au journal, avec la raison — jamais de donnée de la personne.
 */
@Component
public class PolitiqueAcces {

    static final String LA_PERSONNE = "la personne";

    private final DossierJdbc dossiers;
    private final Mandats mandats;
    private final Journal journal;

    PolitiqueAcces(DossierJdbc dossiers, Mandats mandats, Journal journal) {
        this.dossiers = dossiers;
        this.mandats = mandats;
        this.journal = journal;
    }

    /**
     * Le dossier, s'il est de la structure de l'aidant (en-tête seulement : aucune décision de mandat).
     *
     * @throws AccesRefuse        si le compte n'est pas un aidant rattaché à une structure (journalisé)
     * @throws DossierIntrouvable si le dossier est inconnu, effacé ou d'une autre structure (journalisé)
     */
    public Dossier dossierDeLaStructure(CompteConnecte aidant, long dossierId, String action) {
        long structure = structureDe(aidant, Optional.of(dossierId), action);
        Optional<Dossier> dossier = dossiers.lire(dossierId);
        if (dossier.isEmpty() || !dossier.get().deLaStructure(structure)) {
            boolean existe = dossiers.structureDe(dossierId).isPresent();
            journaliser(aidant, existe ? Optional.of(dossierId) : Optional.empty(), action, ResultatAcces.REFUSE,
                    dossier.isPresent() ? "dossier d'une autre structure" : existe ? "dossier effacé" : "dossier inconnu (n° " + dossierId + ")");
            throw new DossierIntrouvable();
        }
        return dossier.get();
    }

    /** La structure de l'aidant ; refus journalisé si le compte n'est pas un aidant d'une structure. */
    public long structureDe(CompteConnecte compte, Optional<Long> dossierId, String action) {
        if (compte.role() != Role.AIDANT || compte.structureId().isEmpty()) {
            journaliser(compte, dossierId, action, ResultatAcces.REFUSE,
                    "réservé aux aidants d'une structure (rôle : " + compte.role().libelle().toLowerCase(java.util.Locale.ROOT) + ")");
            throw new AccesRefuse("Les dossiers sont réservés aux aidants, dans leur structure.");
        }
        return compte.structureId().get();
    }

    /** Décide et journalise ; ne lève pas si le mandat manque (l'appelant montre l'en-tête et la raison). */
    public Acces evaluer(CompteConnecte aidant, long dossierId, Besoin besoin, String action) {
        Dossier dossier = dossierDeLaStructure(aidant, dossierId, action);
        DecisionAcces decision = besoin.perimetre()
                .map(p -> mandats.decider(aidant, dossierId, p))
                .orElseGet(() -> couverture(aidant, dossierId).toutMandatActif());
        return journaliser(aidant, dossier, action, decision);
    }

    /** Comme {@link #evaluer}, mais lève {@link AccesRefuse} avec la raison si le mandat manque. */
    public Acces exiger(CompteConnecte aidant, long dossierId, Besoin besoin, String action) {
        Acces acces = evaluer(aidant, dossierId, besoin, action);
        if (!acces.autorise()) {
            throw new AccesRefuse(acces.refus().orElseThrow());
        }
        return acces;
    }

    /** La décision pour chaque périmètre (pour montrer du dossier exactement ce que couvrent les mandats). */
    public Couverture couverture(CompteConnecte aidant, long dossierId) {
        Map<Perimetre, DecisionAcces> decisions = new EnumMap<>(Perimetre.class);
        for (Perimetre p : Perimetre.values()) {
            decisions.put(p, mandats.decider(aidant, dossierId, p));
        }
        return new Couverture(decisions);
    }

    public Acces journaliser(CompteConnecte aidant, Dossier dossier, String action, DecisionAcces decision) {
        return switch (decision) {
            case DecisionAcces.Autorise a -> {
                journaliser(aidant, Optional.of(dossier.id()), action, ResultatAcces.AUTORISE, "mandat n° " + a.mandatId());
                yield new Acces(dossier, Optional.of(a.mandatId()), Optional.empty());
            }
            case DecisionAcces.Refuse r -> {
                journaliser(aidant, Optional.of(dossier.id()), action, ResultatAcces.REFUSE, r.raison());
                yield new Acces(dossier, Optional.empty(), Optional.of(r.raison()));
            }
        };
    }

    public void journaliser(CompteConnecte acteur, Optional<Long> dossierId, String action, ResultatAcces resultat,
                            String motif) {
        journal.ecrire(new EvenementJournal(acteur.id(), nomPublic(acteur, dossierId), dossierId, action, resultat, motif));
    }

    /**
     * Le nom de l'acteur tel que la personne le lira. Un usager n'est jamais nommé (son nom est une donnée
     * personnelle, et celui de la personne elle-même le serait deux fois) : « la personne » ou « un usager ».
     */
    private String nomPublic(CompteConnecte acteur, Optional<Long> dossierId) {
        if (acteur.role() != Role.USAGER) {
            return nomPublic(acteur);
        }
        boolean laPersonne = dossierId.flatMap(dossiers::lire).flatMap(Dossier::compteUsagerId)
                .filter(compte -> compte == acteur.id()).isPresent();
        return laPersonne ? LA_PERSONNE : "un usager";
    }

    /** Le nom d'un professionnel tel que la personne le lira : « Karim Aidant (France services de Bègles) ». */
    static String nomPublic(CompteConnecte acteur) {
        return acteur.rattachement().map(r -> acteur.nomAffiche() + " (" + r + ")").orElse(acteur.nomAffiche());
    }
}
