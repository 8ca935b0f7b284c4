package fr.passerelle.dossiers.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.passerelle.dossiers.internal.persistance.DossierJdbc;
import fr.passerelle.mandats.PersonnesMandantes;

/** Le port du module mandats : qui est la personne d'un dossier (rien pour un dossier inconnu ou effacé). */
@Component
class PersonnesMandantesDossiers implements PersonnesMandantes {

    private final DossierJdbc dossiers;

    PersonnesMandantesDossiers(DossierJdbc dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Mandant> mandant(long dossierId) {
        return dossiers.lire(dossierId).map(d -> new Mandant(d.id(), d.structureId(), d.identite().nomComplet(),
                d.identite().portable(), d.compteUsagerId()));
    }
}
