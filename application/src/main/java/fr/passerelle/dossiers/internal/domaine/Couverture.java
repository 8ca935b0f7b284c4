package fr.passerelle.dossiers.internal.domaine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.passerelle.mandats.DecisionAcces;
import fr.passerelle.mandats.Perimetre;

/**
 * Ce que les mandats d'une personne envers la structure de l'aidant couvrent, maintenant : la décision du module
 * mandats pour chaque périmètre. La règle du dossier en découle : sans aucun périmètre couvert, rien au-delà de
 * l'en-tête ; les droits demandent les prestations sociales ; une démarche, son propre périmètre ; le reste, n'importe
 * quel mandat actif (ADR 0008).
 */
public record Couverture(Map<Perimetre, DecisionAcces> decisions) {

    public Couverture {
        if (decisions.size() != Perimetre.values().length) {
            throw new IllegalArgumentException("une décision par périmètre est attendue, " + decisions.size() + " reçues");
        }
        decisions = new EnumMap<>(decisions);
    }

    /** La décision pour ce besoin : un périmètre précis, ou n'importe quel mandat actif. */
    public DecisionAcces pour(Besoin besoin) {
        return besoin.perimetre().map(decisions::get).orElseGet(this::toutMandatActif);
    }

    /** Autorisé si un mandat actif couvre au moins un périmètre ; sinon la raison du premier refus (aucun, expiré, révoqué). */
    public DecisionAcces toutMandatActif() {
        return decisions.values().stream().filter(DecisionAcces.Autorise.class::isInstance).findFirst()
                .orElseGet(() -> decisions.get(Perimetre.values()[0]));
    }

    public boolean couvre(Perimetre perimetre) {
        return decisions.get(perimetre) instanceof DecisionAcces.Autorise;
    }

    /** La raison du refus pour ce périmètre, s'il n'est pas couvert. */
    public Optional<String> refus(Perimetre perimetre) {
        return decisions.get(perimetre) instanceof DecisionAcces.Refuse r ? Optional.of(r.raison()) : Optional.empty();
    }

    /** Les démarches que l'aidant peut voir : celles dont le périmètre est couvert. */
    public List<DemarcheEnCours> visibles(List<DemarcheEnCours> demarches) {
        return demarches.stream().filter(d -> couvre(d.perimetre())).toList();
    }
}
