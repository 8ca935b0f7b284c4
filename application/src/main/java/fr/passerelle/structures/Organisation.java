package fr.passerelle.structures;

import java.util.Objects;

/** Une organisation (administration, organisme de protection sociale…) à laquelle appartiennent des agents. */
public record Organisation(Long id, String nom, TypeOrganisation type, String territoire) {

    public Organisation {
        Objects.requireNonNull(nom, "nom");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(territoire, "territoire");
    }
}
