package fr.passerelle.comptes.internal.persistance;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface IdentiteExterneRepository extends ListCrudRepository<IdentiteExterneLigne, Long> {

    Optional<IdentiteExterneLigne> findByFournisseurAndSujet(String fournisseur, String sujet);
}
