package fr.passerelle.remontees.internal.domaine;

import java.util.List;

/** Les administrations auxquelles on adresse les propositions : une liste fermée pour que l'agrégation tienne. */
public final class Administrations {

    public static final List<String> LISTE = List.of("CAF", "Assurance maladie (CPAM)", "France Travail",
            "Assurance retraite", "MSA", "Impôts (DGFiP)", "ANTS (titres d'identité, permis, carte grise)", "Préfecture",
            "Mairie ou CCAS", "Autre");

    public static final String NE_SAIT_PAS = "Je ne sais pas";

    private Administrations() {
    }
}
