package fr.passerelle.echeances.internal.domaine;

import java.time.LocalDateTime;

/** Rendez-vous ajouté par un aidant pour une personne. */
public record RendezVous(Long id, long personneId, LocalDateTime le, String lieu, String objet, String ajoutePar,
                         boolean confirme) {
}
