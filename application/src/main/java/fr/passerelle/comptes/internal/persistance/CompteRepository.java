package fr.passerelle.comptes.internal.persistance;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface CompteRepository extends ListCrudRepository<CompteLigne, Long> {

    Optional<CompteLigne> findByEmail(String email);

    @Modifying
    @Query("UPDATE compte SET derniere_connexion = :instant WHERE id = :id")
    int noterConnexion(long id, Instant instant);
}
