package fr.passerelle.dossiers.internal;

import fr.passerelle.echeances.EcheanceVue;

import java.util.List;
import java.util.Optional;

import fr.passerelle.dossiers.internal.domaine.DemarcheEnCours;
import fr.passerelle.dossiers.internal.domaine.Diagnostic;
import fr.passerelle.dossiers.internal.domaine.Dossier;
import fr.passerelle.dossiers.internal.domaine.DroitSuivi;
import fr.passerelle.dossiers.internal.domaine.Echange;
import fr.passerelle.dossiers.internal.domaine.PieceAReunir;
import fr.passerelle.mandats.MandatResume;

/**
 * Ce qu'un lecteur voit d'un dossier, déjà filtré par la politique d'accès : sans mandat, l'en-tête et la raison
 * du refus, rien d'autre ; avec un mandat, les rubriques que ses périmètres couvrent.
 *
 * @param droits            vide si le mandat ne couvre pas les prestations sociales
 * @param demarchesMasquees nombre de démarches d'un périmètre que le mandat ne couvre pas
 * @param echeances         les prochaines démarches de l'échéancier de la personne, si son compte est lié
 */
public record VueDossier(Dossier dossier, Optional<String> refus, Optional<List<DroitSuivi>> droits,
                         List<DemarcheEnCours> demarches, int demarchesMasquees, List<PieceAReunir> pieces,
                         List<Echange> echanges, Optional<Diagnostic> diagnostic, List<MandatResume> mandats,
                         List<EcheanceVue> echeances) {

    static VueDossier enTete(Dossier dossier, String refus, List<MandatResume> mandats) {
        return new VueDossier(dossier, Optional.of(refus), Optional.empty(), List.of(), 0, List.of(), List.of(),
                Optional.empty(), mandats, List.of());
    }

    public boolean sousMandat() {
        return refus.isEmpty();
    }

    /** Part des échanges réglés dès le premier contact, en pourcentage (objectif du terrain : 80 %). */
    public long partRegleeAuPremierContact() {
        return echanges.isEmpty() ? 0
                : Math.round(100.0 * echanges.stream().filter(Echange::regleAuPremierContact).count() / echanges.size());
    }
}
