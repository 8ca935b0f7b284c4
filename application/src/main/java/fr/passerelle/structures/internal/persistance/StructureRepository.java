package fr.passerelle.structures.internal.persistance;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface StructureRepository extends ListCrudRepository<StructureLigne, Long> {

    Optional<StructureLigne> findByNomAndCodePostal(String nom, String codePostal);

    @Query("SELECT * FROM structure WHERE code_postal LIKE :prefixe ORDER BY nom")
    List<StructureLigne> findByPrefixeCodePostal(String prefixe);
}
