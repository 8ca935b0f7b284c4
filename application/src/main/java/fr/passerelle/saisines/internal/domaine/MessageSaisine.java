package fr.passerelle.saisines.internal.domaine;

import java.time.Instant;
import java.util.Objects;

/** Un message du fil (aidant ↔ agent). */
public record MessageSaisine(Long id, long saisineId, Auteur auteur, long auteurId, String auteurNom,
                             NatureMessage nature, String texte, Instant le) {

    public static final int LONGUEUR_MAX = 4000;

    public MessageSaisine {
        Objects.requireNonNull(auteur, "auteur");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(le, "le");
        if (texte == null || texte.isBlank()) {
            throw new SaisieRefusee("texte", "Écrivez le message : il est vide.");
        }
        texte = texte.strip();
        if (texte.length() > LONGUEUR_MAX) {
            throw new SaisieRefusee("texte", "Le message fait " + texte.length() + " caractères : " + LONGUEUR_MAX
                    + " au plus. Raccourcissez-le ou joignez un document.");
        }
    }
}
