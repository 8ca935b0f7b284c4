package fr.passerelle.dossiers.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.dossiers.DossierVu;
import fr.passerelle.dossiers.Dossiers;
import fr.passerelle.dossiers.DroitTrouve;
import fr.passerelle.dossiers.SuiviAFaire;
import fr.passerelle.mandats.Perimetre;

/**
 * L'API publique du module, distincte du service qu'utilisent les pages : un autre module peut la remplacer dans
 * ses tests sans priver les pages des dossiers de leur service. Tout passe par {@link ServiceDossiers} (mandat
 * exigé, journal).
 */
@Component
class DossiersApi implements Dossiers {

    private final ServiceDossiers service;

    DossiersApi(ServiceDossiers service) {
        this.service = service;
    }

    @Override
    public DossierVu ouvrir(CompteConnecte aidant, long dossierId, Perimetre perimetre, String action) {
        return service.ouvrir(aidant, dossierId, perimetre, action);
    }

    @Override
    public List<DossierVu> dePersonne(long compteUsagerId) {
        return service.dePersonne(compteUsagerId);
    }

    @Override
    public int joindreDroits(CompteConnecte aidant, long dossierId, List<DroitTrouve> droits) {
        return service.joindreDroits(aidant, dossierId, droits);
    }

    @Override
    public long creerSuivi(CompteConnecte aidant, long dossierId, SuiviAFaire suivi) {
        return service.creerSuivi(aidant, dossierId, suivi);
    }

    @Override
    public Set<Long> demarchesOuvertes(Collection<Long> demarcheIds) {
        return service.demarchesOuvertes(demarcheIds);
    }
}
