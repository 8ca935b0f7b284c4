package fr.passerelle.dossiers.internal.domaine;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Qui est la personne : ce qu'il faut pour la reconnaître au guichet et la joindre. */
public record Identite(String nom, String prenom, LocalDate dateNaissance, String commune, Optional<String> portable,
                       Optional<String> courriel, Optional<Nir> nir) {

    public Identite {
        Objects.requireNonNull(nom, "nom");
        Objects.requireNonNull(prenom, "prenom");
        Objects.requireNonNull(dateNaissance, "dateNaissance");
        Objects.requireNonNull(commune, "commune");
        Objects.requireNonNull(portable, "portable");
        Objects.requireNonNull(courriel, "courriel");
        Objects.requireNonNull(nir, "nir");
    }

    public String nomComplet() {
        return prenom + " " + nom;
    }
}
