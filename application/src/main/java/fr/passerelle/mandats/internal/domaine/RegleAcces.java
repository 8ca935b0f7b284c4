package fr.passerelle.mandats.internal.domaine;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fr.passerelle.mandats.DecisionAcces;
import fr.passerelle.mandats.EtatMandat;
import fr.passerelle.mandats.Perimetre;

/**
 * La règle d'accès sous mandat, sans base ni Spring : un aidant n'agit sur le dossier d'une personne que si un
 * mandat actif, signé par elle envers la structure de l'aidant, couvre le périmètre. Les refus disent pourquoi, en
 * français simple, pour être lus à l'aidant (et à la personne dans son journal).
 */
public final class RegleAcces {

    private RegleAcces() {
    }

    /**
     * @param aidant             qui demande l'accès
     * @param structureDuDossier structure qui suit le dossier, vide si le dossier n'existe pas
     * @param mandats            les mandats du dossier, dans n'importe quel ordre
     */
    public static DecisionAcces decider(Demandeur aidant, long dossierId, Optional<Long> structureDuDossier,
                                        List<Mandat> mandats, Perimetre perimetre, Instant maintenant) {
        if (!aidant.aidant()) {
            return new DecisionAcces.Refuse("seul un aidant peut agir sous mandat");
        }
        if (aidant.structureId().isEmpty()) {
            return new DecisionAcces.Refuse("votre compte d'aidant n'est rattaché à aucune structure");
        }
        if (structureDuDossier.isEmpty()) {
            return new DecisionAcces.Refuse("aucun dossier n° " + dossierId);
        }
        long structure = aidant.structureId().get();
        if (structureDuDossier.get() != structure) {
            return new DecisionAcces.Refuse("ce dossier appartient à une autre structure");
        }
        List<Mandat> deLaStructure = mandats.stream().filter(m -> m.structureId() == structure).toList();
        Optional<Mandat> couvrant = deLaStructure.stream()
                .filter(m -> m.actifA(maintenant) && m.couvre(perimetre))
                .max(Comparator.comparing(Mandat::finLe));
        if (couvrant.isPresent()) {
            return new DecisionAcces.Autorise(couvrant.get().id(), couvrant.get().finLe());
        }
        if (deLaStructure.stream().anyMatch(m -> m.actifA(maintenant))) {
            return new DecisionAcces.Refuse("le mandat ne couvre pas : " + perimetre.nomCourt());
        }
        Optional<Mandat> dernierTermine = deLaStructure.stream()
                .filter(m -> m.etatA(maintenant) == EtatMandat.EXPIRE || m.etatA(maintenant) == EtatMandat.REVOQUE)
                .filter(m -> m.signeLe().isPresent())
                .max(Comparator.comparing(Mandat::termineLe));
        if (dernierTermine.isPresent()) {
            Mandat m = dernierTermine.get();
            return new DecisionAcces.Refuse(m.revocation()
                    .map(r -> "le mandat a été révoqué le " + DatesLisibles.jourEtHeure(r.le()) + " " + r.voie().phrase()
                            + (r.voie() == VoieRevocation.GUICHET ? " (enregistré par " + r.parNom() + ")" : ""))
                    .orElseGet(() -> "le mandat a expiré le " + DatesLisibles.jourEtHeure(m.finLe())));
        }
        if (deLaStructure.stream().anyMatch(m -> m.etatA(maintenant) == EtatMandat.EN_ATTENTE_DE_SIGNATURE)) {
            return new DecisionAcces.Refuse("aucun mandat : celui qui a été préparé n'est pas encore signé par la personne");
        }
        return new DecisionAcces.Refuse("aucun mandat");
    }

    /** Ce que la règle a besoin de savoir de celui qui demande l'accès. */
    public record Demandeur(boolean aidant, Optional<Long> structureId) {
    }
}
