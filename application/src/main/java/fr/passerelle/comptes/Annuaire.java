package fr.passerelle.comptes;

import java.util.Optional;

/** Lecture des comptes par les autres modules (par exemple : un aidant désigne un usager par son adresse). */
public interface Annuaire {

    /** Le compte usager de cette adresse électronique, s'il existe. */
    Optional<CompteConnecte> usagerParEmail(String email);

    /** Le compte professionnel (aidant, agent, coordinateur, administrateur) de cette adresse, s'il existe. */
    Optional<CompteConnecte> professionnelParEmail(String email);

    /** Le compte de cet identifiant, s'il existe. */
    Optional<CompteConnecte> parIdentifiant(long id);
}
