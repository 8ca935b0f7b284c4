package fr.passerelle.observatoire.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.passerelle.dossiers.DemarcheDuDossierModifiee;
import fr.passerelle.dossiers.DossierLieAUnCompte;
import fr.passerelle.dossiers.DroitDuDossierModifie;
import fr.passerelle.dossiers.EchangeEnregistre;
import fr.passerelle.dossiers.EchangeRetire;
import fr.passerelle.observatoire.internal.persistance.CumulsJdbc;
import fr.passerelle.observatoire.internal.persistance.RecalculDesCumuls;

/**
 * Tient les cumuls par jour de l'observatoire (ADR 0018) à partir des événements du module dossiers. Écouteur
 * synchrone : les cumuls s'écrivent dans la transaction qui écrit l'échange ou le droit, et sont annulés avec elle ;
 * aucun chiffre ne peut être compté deux fois ni manqué après une panne.
 */
@Component
class CumulsObservatoire {

    private final CumulsJdbc cumuls;

    CumulsObservatoire(CumulsJdbc cumuls) {
        this.cumuls = cumuls;
    }

    @EventListener
    void surEchangeEnregistre(EchangeEnregistre e) {
        cumuls.ajouterEchanges(RecalculDesCumuls.jourAParis(e.le()), e.structureId(), e.canal(), 1,
                e.regleAuPremierContact() ? 1 : 0);
    }

    @EventListener
    void surEchangeRetire(EchangeRetire e) {
        cumuls.ajouterEchanges(RecalculDesCumuls.jourAParis(e.le()), e.structureId(), e.canal(), -1,
                e.regleAuPremierContact() ? -1 : 0);
    }

    @EventListener
    void surDemarcheDuDossierModifiee(DemarcheDuDossierModifiee d) {
        d.avant().ifPresent(a -> cumuls.ajouterDemarches(RecalculDesCumuls.jourAParis(a.le()), d.structureId(), a.intitule(),
                a.statut(), -1));
        d.apres().ifPresent(a -> cumuls.ajouterDemarches(RecalculDesCumuls.jourAParis(a.le()), d.structureId(), a.intitule(),
                a.statut(), 1));
    }

    @EventListener
    void surDossierLieAUnCompte(DossierLieAUnCompte lien) {
        lien.ancienCompte().ifPresent(ancien -> cumuls.relireDroitsDemandes(ancien, java.util.Optional.empty()));
        cumuls.relireDroitsDemandes(lien.compte(), java.util.Optional.empty());
    }

    @EventListener
    void surDroitDuDossierModifie(DroitDuDossierModifie d) {
        cumuls.compteDuDossier(d.dossierId())
                .ifPresent(compte -> cumuls.relireDroitsDemandes(compte, java.util.Optional.of(d.code())));
        d.avant().ifPresent(a -> cumuls.ajouterDroits(RecalculDesCumuls.jourAParis(a.le()), d.structureId(), d.code(),
                a.libelle(), a.statut(), -1, a.montantAnnuel().negate()));
        d.apres().ifPresent(a -> cumuls.ajouterDroits(RecalculDesCumuls.jourAParis(a.le()), d.structureId(), d.code(),
                a.libelle(), a.statut(), 1, a.montantAnnuel()));
    }
}
