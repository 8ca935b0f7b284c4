package fr.passerelle.structures;

import java.util.List;
import java.util.Optional;

/** API publique du module : lecture et enregistrement (idempotent) des structures et organisations. */
public interface ReferentielStructures {

    Optional<Structure> structure(long id);

    Optional<Organisation> organisation(long id);

    /** Toutes les organisations, triées par nom (par exemple pour choisir le destinataire d'une saisine). */
    List<Organisation> organisations();

    /** Structures du même département que le code postal, celles de la commune exacte en premier. */
    List<Structure> structuresProches(String codePostal, Optional<TypeStructure> type);

    /** Enregistre la structure si aucune du même nom n'existe à ce code postal ; renvoie celle qui existe sinon. */
    Structure enregistrer(Structure structure);

    /** Enregistre l'organisation si aucune du même nom n'existe ; renvoie celle qui existe sinon. */
    Organisation enregistrer(Organisation organisation);
}
