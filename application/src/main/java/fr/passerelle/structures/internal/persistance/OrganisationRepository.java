package fr.passerelle.structures.internal.persistance;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface OrganisationRepository extends ListCrudRepository<OrganisationLigne, Long> {

    Optional<OrganisationLigne> findByNom(String nom);
}
