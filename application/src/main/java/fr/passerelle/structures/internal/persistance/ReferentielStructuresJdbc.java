package fr.passerelle.structures.internal.persistance;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.passerelle.structures.Organisation;
import fr.passerelle.structures.ReferentielStructures;
import fr.passerelle.structures.Structure;
import fr.passerelle.structures.TypeOrganisation;
import fr.passerelle.structures.TypeStructure;

/** Implémentation Spring Data JDBC du référentiel. */
@Service
@Transactional(readOnly = true)
class ReferentielStructuresJdbc implements ReferentielStructures {

    private final StructureRepository structures;
    private final OrganisationRepository organisations;
    private final Clock horloge;

    ReferentielStructuresJdbc(StructureRepository structures, OrganisationRepository organisations, Clock horloge) {
        this.structures = structures;
        this.organisations = organisations;
        this.horloge = horloge;
    }

    @Override
    public Optional<Structure> structure(long id) {
        return structures.findById(id).map(ReferentielStructuresJdbc::versDomaine);
    }

    @Override
    public Optional<Organisation> organisation(long id) {
        return organisations.findById(id).map(ReferentielStructuresJdbc::versDomaine);
    }

    @Override
    public List<Organisation> organisations() {
        return organisations.findAll().stream().map(ReferentielStructuresJdbc::versDomaine)
                .sorted(Comparator.comparing(Organisation::nom)).toList();
    }

    @Override
    public List<Structure> structuresProches(String codePostal, Optional<TypeStructure> type) {
        return structures.findByPrefixeCodePostal(codePostal.substring(0, 2) + "%").stream()
                .map(ReferentielStructuresJdbc::versDomaine)
                .filter(s -> type.map(t -> t == s.type()).orElse(true))
                .sorted(Comparator.comparing((Structure s) -> !s.codePostal().equals(codePostal))
                        .thenComparing(Structure::nom))
                .toList();
    }

    @Override
    @Transactional
    public Structure enregistrer(Structure s) {
        return versDomaine(structures.findByNomAndCodePostal(s.nom(), s.codePostal())
                .orElseGet(() -> structures.save(new StructureLigne(null, s.nom(), s.type().name(), s.commune(),
                        s.codePostal(), horloge.instant()))));
    }

    @Override
    @Transactional
    public Organisation enregistrer(Organisation o) {
        return versDomaine(organisations.findByNom(o.nom())
                .orElseGet(() -> organisations.save(new OrganisationLigne(null, o.nom(), o.type().name(),
                        o.territoire(), horloge.instant()))));
    }

    private static Structure versDomaine(StructureLigne l) {
        return new Structure(l.id(), l.nom(), TypeStructure.valueOf(l.type()), l.commune(), l.codePostal());
    }

    private static Organisation versDomaine(OrganisationLigne l) {
        return new Organisation(l.id(), l.nom(), TypeOrganisation.valueOf(l.type()), l.territoire());
    }
}
